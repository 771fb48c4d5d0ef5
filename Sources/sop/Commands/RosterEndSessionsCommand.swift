import ArgumentParser
import SOPCore
import SOPEngine
import SOPStore

/// What the administrator's access commands share (`keluar`, `pin --hapus`, `totp`): the store,
/// opened as every command opens it (`--operator` with its PIN), whose user must hold
/// `pengelola-peran`; on PostgreSQL the server checks it again.
enum RosterAdmin {
    static func open(_ desk: DeskOptions, target: String, language: Language,
                     refusal: Localized) throws(CommandFailure) -> (access: OperatorAccessStore, store: CaseStore, admin: String, roster: Roster) {
        guard RosterChange.validName(target) else { throw CommandFailure(Catalog.Roster.badName(target), language: language, exitCode: 2) }
        let (store, identity) = try desk.openDesk(language: language)
        guard let access = store as? OperatorAccessStore else {
            throw CommandFailure(Catalog.WebSessions.accessUnsupported, language: language, exitCode: 2)
        }
        guard identity.roster.isAdmin(identity.name) else { throw CommandFailure(refusal, language: language, exitCode: 1) }
        return (access, store, identity.name, identity.roster)
    }

    /// After a command that found nothing to end or remove for `target`: a name the roster has
    /// never seen (no role ever given or taken, no PIN, no one-time code; it had no session
    /// either) is a typo, refused (exit 1) with the nearest name the roster knows; a known name
    /// with nothing to do is the command's plain sentence.
    static func refuseUnknown(_ target: String, store: CaseStore, roster: Roster, language: Language) throws(CommandFailure) {
        let seen = roster.history.flatMap { [$0.operatorName, $0.by] }
        if seen.contains(target) { return }
        let pin = try run(language) { () throws(StoreError) in try (store as? RosterStore)?.pin(of: target) }
        let code = try run(language) { () throws(StoreError) in try (store as? TOTPStore)?.totp(of: target) }
        guard pin == nil, code == nil else { return }
        let enrolled = (try? (store as? OperatorAccessStore)?.totpEnrolled()) ?? []
        let suggestion = Suggestion.closest(to: target, among: Set(seen + enrolled).sorted())
        throw CommandFailure(Catalog.Roster.unknownOperator(target, suggestion: suggestion), language: language, exitCode: 1)
    }

    /// Runs a store call of an access command, its failure as the command's.
    static func run<T>(_ language: Language, _ body: () throws(StoreError) -> T) throws(CommandFailure) -> T {
        do { return try body() } catch { throw CommandFailure(error, language: language) }
    }
}

/// `sop roster keluar NAME`: ends every web desk session of an operator at once (a leaver, a
/// stolen phone); the browser is asked to log in again at its next request. Only a roster
/// administrator; on PostgreSQL the server checks it (`sop_end_web_sessions`).
struct RosterEndSessionsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "keluar", abstract: Help.text(
            id: "Mengakhiri seketika setiap sesi meja web seorang operator (pengelola peran).",
            en: "Ends every web desk session of an operator at once (roster administrator)."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Argument(help: Help.argument(id: "Operator.", en: "Operator."))
    var target: String

    func run() throws {
        let language = global.language
        let (access, store, _, roster) = try RosterAdmin.open(desk, target: target, language: language,
                                                              refusal: Catalog.WebSessions.endSessionsNeedsAdmin(target))
        let count = try RosterAdmin.run(language) { () throws(StoreError) in try access.endWebSessions(of: target) }
        if count == 0 { try RosterAdmin.refuseUnknown(target, store: store, roster: roster, language: language) }
        Console.write(Catalog.WebSessions.sessionsEnded(target, count: count).text(language) + "\n")
    }
}
