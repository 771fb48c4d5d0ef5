import ArgumentParser
import Foundation
import SOPCore
import SOPEngine
import SOPStore
import SOPModel
import SOPTerminal

/// `sop roster`: who holds which role (and, with --history, every grant and revocation).
struct RosterCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "roster",
            abstract: Help.text(id: "Daftar peran: operator mana memegang peran apa; memberi, mencabut, PIN.",
                                en: "The roster: which operator holds which role; grant, revoke, PINs."),
            subcommands: [Show.self, RosterGrantCommand.self, RosterRevokeCommand.self, RosterPINCommand.self, RosterTOTPCommand.self,
                          RosterNameCommand.self, RosterEndSessionsCommand.self],
            defaultSubcommand: Show.self)
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "show", abstract: Help.text(
                id: "Menampilkan daftar peran (--history: seluruh riwayatnya).", en: "Shows the roster (--history: its whole history)."))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var desk: DeskOptions

        @Flag(name: .customLong("history"), help: Help.argument(
            id: "Tampilkan setiap pemberian dan pencabutan, dengan siapa dan kapan.",
            en: "Show every grant and revocation, with who and when."))
        var history = false

        func run() throws {
            let language = global.language
            let store = try desk.openStore(language: language)
            guard let rosterStore = store as? RosterStore else { return }
            let roster: Roster
            do {
                roster = Roster(history: try RosterAudit.verified(try rosterStore.rosterHistory()))
            } catch {
                throw CommandFailure(error, language: language)
            }
            guard roster.isEnforced else {
                Console.write(Catalog.Roster.notInForce.text(language) + "\n")
                return
            }
            let time = TimeText(language: language, timeZone: (try? global.workCalendar())?.timeZone ?? WorkCalendar.jakarta)
            let words = Catalog.Roster.self
            let all = words.allSOPs.text(language)
            let width = global.stdout.wrapWidth
            if history {
                var table = TextTable(columns: [
                    .init("No", weight: 0), .init(words.columnAt.text(language), weight: 0),
                    .init(words.columnAction.text(language), weight: 0), .init(words.columnOperator.text(language), weight: 1),
                    .init(words.columnRole.text(language), weight: 1), .init(words.columnSOP.text(language), weight: 0),
                    .init(words.columnBy.text(language), weight: 1),
                ])
                for entry in roster.history {
                    let action = entry.action == .grant ? words.actionGrant : words.actionRevoke
                    table.add([[String(entry.sequence)], [time.dateTime(entry.at)], [action.text(language)], [entry.operatorName],
                               [entry.role], [entry.sop ?? all], [entry.by]])
                }
                Console.write(words.historyTitle.text(language) + "\n" + table.render(width: width, colour: global.stdout.colour))
                return
            }
            var table = TextTable(columns: [
                .init(words.columnOperator.text(language), weight: 1), .init(words.columnRole.text(language), weight: 1),
                .init(words.columnSOP.text(language), weight: 0), .init(words.columnBy.text(language), weight: 1),
                .init(words.columnSince.text(language), weight: 0), .init(words.columnPIN.text(language), weight: 0),
                .init(Catalog.OneTimeCodes.columnCode.text(language), weight: 0),
            ])
            let now = desk.clock.now()
            // Who gives a one-time code at login (names only); unknown to a user the store does not tell.
            let enrolled = try? (store as? OperatorAccessStore)?.totpEnrolled()
            var unknown = enrolled == nil
            for holding in roster.holdings.sorted(by: { ($0.operatorName, $0.role) < ($1.operatorName, $1.role) }) {
                // On PostgreSQL only a roster administrator (or the gateway) is told the PINs: to
                // anyone else the server refuses to say, which is `?`, never `-` ("no PIN").
                let pin = Self.pin(Result { () throws(StoreError) in try rosterStore.pin(of: holding.operatorName) }, now: now)
                unknown = unknown || pin == Catalog.OneTimeCodes.codeUnknown
                table.add([[holding.operatorName], [holding.role], [holding.sop ?? all], [holding.grantedBy],
                           [time.dateTime(holding.grantedAt)], [pin.text(language)],
                           [Self.code(holding.operatorName, enrolled: enrolled).text(language)]])
            }
            Console.write(words.holdingsTitle.text(language) + "\n" + table.render(width: width, colour: global.stdout.colour)
                          + (unknown ? words.unknownLegend.text(language) + "\n" : ""))
        }

        /// The PIN column: `ada`, `terkunci`, `-` (none), or `?` when the store would not say.
        static func pin(_ read: Result<PINRecord?, StoreError>, now: Date) -> Localized {
            guard case .success(let pin) = read else { return Catalog.OneTimeCodes.codeUnknown }
            guard let pin else { return Localized(verbatim: "-") }
            return (pin.lockedUntil.map { $0 > now } ?? false) ? Catalog.Roster.pinLocked : Catalog.Roster.pinSet
        }

        /// The one-time-code column: `ya`, `-`, or `?` when the store would not say.
        static func code(_ name: String, enrolled: [String]?) -> Localized {
            guard let enrolled else { return Catalog.OneTimeCodes.codeUnknown }
            return enrolled.contains(name) ? Catalog.OneTimeCodes.codeYes : Localized(verbatim: "-")
        }
    }
}

/// What grant and revoke share: the change checked against the roster here, then written (the
/// store checks it again in the same transaction).
struct RosterChange {
    let global: GlobalOptions
    let desk: DeskOptions

    /// OPERATOR ROLE [--sop 01], for grant and revoke.
    struct Arguments: ParsableArguments {
        @Argument(help: Help.argument(id: "Nama operator (login, atau pengguna basis data di PostgreSQL).",
                                      en: "Operator name (login, or database user on PostgreSQL)."))
        var operatorName: String

        @Argument(help: Help.argument(id: "Peran: id pelaksana staf, pengelola-peran, atau pimpinan (baca saja).",
                                      en: "Role: a staff actor id, pengelola-peran, or pimpinan (read only)."))
        var role: String

        @Option(name: .customLong("sop"), help: Help.argument(id: "Hanya untuk SOP ini (bawaan: semua SOP unit).",
                                                              en: "For this SOP only (default: every SOP of the unit)."))
        var sop: String?
    }

    static func validName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 63 && name.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-@".unicodeScalars.contains($0)
        }
    }

    func apply(_ action: RosterEntry.Action, operatorName: String, role: String, sop: String?) throws {
        let language = global.language
        guard Self.validName(operatorName) else {
            throw CommandFailure(Catalog.Roster.badName(operatorName), language: language, exitCode: 2)
        }
        let nomor = try action == .grant ? checkRole(role, sop: sop) : sop.map { try global.resolve($0).sop?.nomor ?? $0 }
        let identity = try desk.openDesk(language: language).identity
        // On PostgreSQL whoever changes the roster is the connected user, even before it is in force.
        let by = identity.store.authenticatedUser ?? identity.name
        let entry = RosterEntry(sequence: identity.roster.nextSequence, at: desk.clock.now(), by: by, action: action,
                                operatorName: operatorName, role: role, sop: nomor)
        if let refusal = identity.roster.refusal(of: entry) {
            throw CommandFailure(refusal.message(entry), language: language, exitCode: 1)
        }
        // Nor may the change leave the roster without an administrator who can act again.
        let lockout: Localized?
        do {
            if !identity.roster.isEnforced {
                lockout = try RosterLockout.firstGrant(entry, login: desk.loginName, store: identity.store)
            } else if action == .revoke, role == Roster.adminRole {
                lockout = try RosterLockout.afterChange(holders: RosterLockout.holders(identity.roster, except: operatorName),
                                                        login: desk.loginName, store: identity.store)
            } else {
                lockout = nil
            }
        } catch {
            throw CommandFailure(error, language: language)
        }
        if let lockout { throw CommandFailure(lockout, language: language, exitCode: 1) }
        do {
            try identity.store.appendRoster(entry)
        } catch {
            throw CommandFailure(error, language: language)
        }
        let done = action == .grant ? Catalog.Roster.granted(operatorName, role: role, sop: nomor)
            : Catalog.Roster.revoked(operatorName, role: role, sop: nomor)
        Console.write(done.text(language) + "\n")
    }

    /// The role must be the roster administrator or a staff actor of the SOP (of some SOP of the
    /// folder without --sop); returns the SOP's nomor.
    private func checkRole(_ role: String, sop: String?) throws -> String? {
        let language = global.language
        if role == Roster.adminRole { return sop }
        if role == Roster.readerRole { return try sop.map { try global.resolve($0).sop?.nomor ?? $0 } }
        let models: [SOP]
        if let sop {
            let result = try global.resolve(sop)
            guard let model = result.sop, !result.hasErrors else {
                global.check(result)
                throw CommandFailure.sopHasErrors(result.source.path, errors: result.diagnostics.errorCount, language: language)
            }
            models = [model]
        } else {
            models = try global.loadAll().compactMap(\.sop)
        }
        var known: [String] = []
        for model in models {
            for actor in model.actors where actor.kind.operatesSystem && !known.contains(actor.id.value) { known.append(actor.id.value) }
        }
        guard known.contains(role) else {
            throw CommandFailure(Catalog.Roster.unknownRole(role, known: known + [Roster.adminRole, Roster.readerRole]), language: language, exitCode: 2)
        }
        return models.count == 1 && sop != nil ? models[0].nomor : nil
    }
}
