import ArgumentParser
import SOPCore
import SOPEngine
import SOPStore

/// `sop roster pin [OPERATOR]`: sets a personal PIN, for a desk PC shared under one login.
/// Changing a PIN asks for the current one; a first PIN (or `--reset`) is enrolled by a roster
/// administrator, by the operator from their own login, or by anyone while the roster is empty.
struct RosterPINCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "pin", abstract: Help.text(
            id: "Mengatur PIN pribadi operator, untuk komputer loket yang memakai satu login bersama.",
            en: "Sets an operator's personal PIN, for a desk PC shared under one login."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Argument(help: Help.argument(id: "Operator (bawaan: --operator, lalu nama login).",
                                  en: "Operator (default: --operator, then the login name)."))
    var target: String?

    @Flag(name: .customLong("reset"), help: Help.argument(
        id: "Atur ulang PIN yang terlupa atau terkunci (pengelola peran).", en: "Reset a forgotten or locked PIN (roster administrator)."))
    var reset = false

    func run() throws {
        let language = global.language
        let name = target ?? desk.name
        guard RosterChange.validName(name) else { throw CommandFailure(Catalog.Roster.badName(name), language: language, exitCode: 2) }
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
            try save(name, by: user, store: rosterStore, language: language)
            return
        }
        let existing: PINRecord?
        do {
            existing = try rosterStore.pin(of: name)
        } catch {
            throw CommandFailure(error, language: language)
        }
        let by: String
        if let existing, !reset {
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
        try save(name, by: by, store: rosterStore, language: language)
    }

    /// Asks for the new PIN twice and stores its salted hash.
    private func save(_ name: String, by: String, store rosterStore: RosterStore, language: Language) throws {
        guard let pin = Secret.read(Catalog.Roster.newPINPrompt(name).text(language)),
            let again = Secret.read(Catalog.Roster.repeatPINPrompt.text(language))
        else {
            throw CommandFailure(Catalog.Roster.pinMissingInput, language: language, exitCode: 2)
        }
        guard pin.count >= 6 else { throw CommandFailure(Catalog.Roster.pinTooShort, language: language, exitCode: 2) }
        guard pin == again else { throw CommandFailure(Catalog.Roster.pinMismatch, language: language, exitCode: 2) }
        do {
            try rosterStore.savePIN(try PINHash.make(pin, operatorName: name, at: desk.clock.now(), by: by))
        } catch let error as StoreError {
            throw CommandFailure(error, language: language)
        }
        Console.write(Catalog.Roster.pinSaved(name).text(language) + "\n")
    }
}
