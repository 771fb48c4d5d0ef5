import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPStore

/// Who is at the desk, and the roster they act under.
///
/// - SQLite: the OS login. `--operator NAME` for another name (a shared desk login) is taken only
///   with NAME's personal PIN, asked without echo, when NAME has one; once the roster is in force
///   a name other than the login must have one. Five wrong PINs in a row lock the name for 15
///   minutes.
/// - PostgreSQL: the connected database user, once the roster is in force (the server refuses
///   events written under any other name).
struct DeskIdentity {
    let name: String
    let roster: Roster
    let store: RosterStore
    /// `--operator` was given (SQLite): the name is not the login's.
    var operatorGiven = false

    static func identify(_ desk: DeskOptions, store: CaseStore, language: Language) throws(CommandFailure) -> DeskIdentity {
        guard let rosterStore = store as? RosterStore else {
            return DeskIdentity(name: desk.name, roster: Roster(history: []), store: NoRoster())
        }
        let roster: Roster
        do {
            roster = Roster(history: try RosterAudit.verified(try rosterStore.rosterHistory()))
        } catch {
            throw CommandFailure(error, language: language)
        }
        let claimed = desk.operatorName.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        if let user = rosterStore.authenticatedUser {
            guard roster.isEnforced else { return DeskIdentity(name: desk.name, roster: roster, store: rosterStore) }
            if let claimed, claimed != user {
                throw CommandFailure(Catalog.Roster.notDatabaseUser(claimed, user: user), language: language, exitCode: 1)
            }
            return DeskIdentity(name: user, roster: roster, store: rosterStore)
        }
        let login = desk.loginName
        let name = claimed ?? login
        if name != login {
            let record: PINRecord?
            do {
                record = try rosterStore.pin(of: name)
            } catch {
                throw CommandFailure(error, language: language)
            }
            if let record {
                try checkPIN(of: name, record, store: rosterStore, clock: desk.clock, language: language)
            } else if roster.isEnforced {
                throw CommandFailure(Catalog.Roster.noPIN(name, login: login), language: language, exitCode: 1)
            }
        }
        return DeskIdentity(name: name, roster: roster, store: rosterStore, operatorGiven: claimed != nil)
    }

    /// Asks for the PIN (without echo on a terminal), checks it, and counts the attempt.
    static func checkPIN(of name: String, _ record: PINRecord, store: RosterStore, clock: Clock,
                         language: Language) throws(CommandFailure) {
        let now = clock.now()
        if let until = record.lockedUntil, until > now { throw locked(name, until: until, language: language) }
        guard let pin = Secret.read(Catalog.Roster.pinPrompt(name).text(language)) else {
            throw CommandFailure(Catalog.Roster.pinMissingInput, language: language, exitCode: 2)
        }
        let matches = PINHash.verify(pin, against: record)
        let after: PINRecord?
        do {
            after = try store.recordPINAttempt(of: name, success: matches, at: now)
        } catch {
            throw CommandFailure(error, language: language)
        }
        if matches { return }
        if let until = after?.lockedUntil, until > now { throw locked(name, until: until, language: language) }
        throw CommandFailure(Catalog.Roster.pinWrong(name, left: PINRecord.maxFailures - (after?.failures ?? 0)),
                             language: language, exitCode: 1)
    }

    private static func locked(_ name: String, until: Date, language: Language) -> CommandFailure {
        CommandFailure(Catalog.Roster.pinLockedUntil(name, until: TimeText(language: language).dateTime(until)),
                       language: language, exitCode: 1)
    }
}

/// A store without a roster (none today; kept so that every store works with the desk).
private final class NoRoster: RosterStore {
    var authenticatedUser: String? { nil }
    func rosterHistory() throws(StoreError) -> [RosterEntry] { [] }
    func storedHoldings() throws(StoreError) -> [String] { [] }
    func appendRoster(_ entry: RosterEntry) throws(StoreError) { throw .unavailable(Localized(verbatim: "no roster")) }
    func pin(of operatorName: String) throws(StoreError) -> PINRecord? { nil }
    func savePIN(_ record: PINRecord) throws(StoreError) -> Int { throw .unavailable(Localized(verbatim: "no roster")) }
    func recordPINAttempt(of operatorName: String, success: Bool, at time: Date) throws(StoreError) -> PINRecord? { nil }
}

/// A line typed without echo on a terminal; from standard input as it comes otherwise.
enum Secret {
    static func read(_ prompt: String) -> String? {
        guard isatty(STDIN_FILENO) != 0 else { return readLine(strippingNewline: true) }
        Console.writeError(prompt + " › ")
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            Console.writeError("\n")
        }
        return readLine(strippingNewline: true)
    }
}
