import ArgumentParser
import SOPCore
import SOPEngine
import SOPStore

/// What the administrator's access commands share (`keluar`, `pin --hapus`, `totp`): the store,
/// opened as every command opens it (`--operator` with its PIN), whose user must hold
/// `pengelola-peran`; on PostgreSQL the server checks it again.
enum RosterAdmin {
    static func open(_ desk: DeskOptions, target: String, language: Language,
                     refusal: Localized) throws(CommandFailure) -> (access: OperatorAccessStore, store: CaseStore, admin: String) {
        guard RosterChange.validName(target) else { throw CommandFailure(Catalog.Roster.badName(target), language: language, exitCode: 2) }
        let (store, identity) = try desk.openDesk(language: language)
        guard let access = store as? OperatorAccessStore else {
            throw CommandFailure(Catalog.Web12.accessUnsupported, language: language, exitCode: 2)
        }
        guard identity.roster.isAdmin(identity.name) else { throw CommandFailure(refusal, language: language, exitCode: 1) }
        return (access, store, identity.name)
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
        let access = try RosterAdmin.open(desk, target: target, language: language,
                                          refusal: Catalog.Web12.endSessionsNeedsAdmin(target)).access
        let count = try RosterAdmin.run(language) { () throws(StoreError) in try access.endWebSessions(of: target) }
        Console.write(Catalog.Web12.sessionsEnded(target, count: count).text(language) + "\n")
    }
}
