import ArgumentParser
import SOPCore
import SOPEngine
import SOPStore

/// `sop roster pin [OPERATOR]`: sets a personal PIN (the web desk's login, `--operator` at a desk
/// PC shared under one login). An operator changing their own PIN gives the current one; a roster
/// administrator sets another's without it (they cannot know it: that is how a forgotten or
/// locked PIN is replaced), and is told so; a first PIN is enrolled by a roster administrator, by
/// the operator from their own login, or by anyone while the roster is empty. `--reset` replaces
/// one's own forgotten PIN from one's own login (or as an administrator); `--hapus` removes an
/// operator's PIN (administrator: a leaver).
struct RosterPINCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "pin", abstract: Help.text(
            id: "Mengatur (atau dengan --hapus menghapus) PIN pribadi operator: masuk ke meja web, --operator di komputer loket bersama.",
            en: "Sets (or with --hapus removes) an operator's personal PIN: the web desk's login, --operator at a shared desk PC."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Argument(help: Help.argument(id: "Operator (bawaan: --operator, lalu nama login).",
                                  en: "Operator (default: --operator, then the login name)."))
    var target: String?

    @Flag(name: .customLong("reset"), help: Help.argument(
        id: "Ganti PIN sendiri yang terlupa tanpa PIN lama (dari login sendiri, atau pengelola peran). Pengelola peran mengganti PIN orang lain tanpa opsi ini.",
        en: "Replace one's own forgotten PIN without the old one (from one's own login, or a roster administrator). An administrator replaces another's PIN without this flag."))
    var reset = false

    @Flag(name: .customLong("hapus"), help: Help.argument(
        id: "Hapus PIN operator (pengelola peran), mis. pegawai yang keluar: nama itu tidak dapat masuk lagi sampai diberi PIN baru.",
        en: "Remove an operator's PIN (roster administrator), e.g. a leaver: the name cannot log in until given a new PIN."))
    var remove = false

    func run() throws {
        let language = global.language
        let name = target ?? desk.name
        guard RosterChange.validName(name) else { throw CommandFailure(Catalog.Roster.badName(name), language: language, exitCode: 2) }
        if remove {
            guard !reset else { throw CommandFailure(Catalog.Roster.notTogether("--hapus", "--reset"), language: language, exitCode: 2) }
            let (access, store, _, roster) = try RosterAdmin.open(desk, target: name, language: language,
                                                                  refusal: Catalog.PINs.pinRemoveNeedsAdmin(name))
            // Removing the PIN of the last administrator who can prove who they are here locks the roster.
            if roster.isAdmin(name), let rosterStore = store as? RosterStore {
                let lockout = try RosterAdmin.run(language) { () throws(StoreError) in
                    try RosterLockout.afterChange(holders: RosterLockout.holders(roster), losingPIN: name,
                                                  login: desk.loginName, store: rosterStore)
                }
                if let lockout { throw CommandFailure(lockout, language: language, exitCode: 1) }
            }
            let removed = try RosterAdmin.run(language) { () throws(StoreError) in try access.removePIN(of: name) }
            if !removed { try RosterAdmin.refuseUnknown(name, store: store, roster: roster, language: language) }
            Console.write(Catalog.PINs.pinRemoved(name, removed: removed).text(language) + "\n")
            return
        }
        // --operator is checked here, as by every command (its PIN, when it has one).
        let (store, identity) = try desk.openDesk(language: language)
        guard let rosterStore = store as? RosterStore else {
            throw CommandFailure(Catalog.Roster.pinOnPostgres, language: language, exitCode: 2)
        }
        if let user = rosterStore.authenticatedUser {
            // PostgreSQL: PINs are for the web desk (sop serve); a roster administrator connected
            // as themself sets them (the server checks it again).
            let roster: Roster
            do { roster = Roster(history: try RosterAudit.verified(try rosterStore.rosterHistory())) } catch { throw CommandFailure(error, language: language) }
            guard roster.isAdmin(user) else { throw CommandFailure(Catalog.Roster.pinNeedsAdmin(name), language: language, exitCode: 1) }
            let existing: PINRecord?
            do { existing = try rosterStore.pin(of: name) } catch { throw CommandFailure(error, language: language) }
            try save(name, by: user, replacing: existing != nil && name != user, store: rosterStore, language: language)
            return
        }
        let existing: PINRecord?
        do {
            existing = try rosterStore.pin(of: name)
        } catch {
            throw CommandFailure(error, language: language)
        }
        let by: String
        // An administrator setting someone else's PIN is not asked the current one: they cannot know it.
        let replacing = existing != nil && identity.name != name && identity.roster.isAdmin(identity.name)
        if let existing, !reset, !replacing {
            // The current PIN proves who is changing it (already asked when it is --operator's).
            if !(desk.operatorName != nil && identity.name == name && name != desk.loginName) {
                try DeskIdentity.checkPIN(of: name, existing, store: rosterStore, clock: desk.clock, language: language)
            }
            by = name
        } else if name == desk.loginName, desk.operatorName == nil {
            // From their own login: the computer has already checked who this is.
            by = name
        } else {
            let bootstrap = !identity.roster.isEnforced && existing == nil
            guard bootstrap || identity.roster.isAdmin(identity.name) else {
                throw CommandFailure(Catalog.Roster.pinNeedsAdmin(name), language: language, exitCode: 1)
            }
            by = identity.name
        }
        try save(name, by: by, replacing: existing != nil && by != name, store: rosterStore, language: language)
    }

    /// Asks for the new PIN twice and stores its salted hash, ending the operator's web sessions;
    /// `replacing`: an administrator replaced someone else's PIN, which the message says, as it
    /// says how many sessions ended.
    private func save(_ name: String, by: String, replacing: Bool, store rosterStore: RosterStore, language: Language) throws {
        guard let pin = Secret.read(Catalog.Roster.newPINPrompt(name).text(language)),
            let again = Secret.read(Catalog.Roster.repeatPINPrompt.text(language))
        else {
            throw CommandFailure(Catalog.Roster.pinMissingInput, language: language, exitCode: 2)
        }
        guard pin.count >= 6 else { throw CommandFailure(Catalog.Roster.pinTooShort, language: language, exitCode: 2) }
        guard pin == again else { throw CommandFailure(Catalog.Roster.pinMismatch, language: language, exitCode: 2) }
        // The operator's open web sessions end with it, in the same transaction: whoever held one
        // (a stolen phone, a shared computer) logs in with the new PIN.
        let ended: Int
        do {
            ended = try rosterStore.savePIN(try PINHash.make(pin, operatorName: name, at: desk.clock.now(), by: by))
        } catch let error as StoreError {
            throw CommandFailure(error, language: language)
        }
        let sessions = ended > 0 ? " " + Catalog.WebSessions.sessionsEnded(name, count: ended).text(language) : ""
        Console.write((replacing ? Catalog.PINs.pinReplaced(name, by: by) : Catalog.PINs.pinSaved(name)).text(language) + sessions + "\n")
    }
}
