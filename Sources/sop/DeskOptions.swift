import ArgumentParser
import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPPostgres
import SOPStore
import SOPTerminal

/// Options of the commands that work on cases: the store, the roles played, the operator.
struct DeskOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: Help.argument(
        id: "Basis data kasus: berkas SQLite, atau postgres://pengguna@host:port/basisdata (bawaan: SOP_DB, lalu ~/.local/share/sop/sop.sqlite).",
        en: "Case database: a SQLite file, or postgres://user@host:port/dbname (default: SOP_DB, then ~/.local/share/sop/sop.sqlite)."))
    var database: String?

    @Option(name: .customLong("as"), help: Help.argument(
        id: "Peran staf yang Anda jalankan (id atau nama pelaksana); boleh diulang.",
        en: "Staff role you play (actor id or name); may be repeated."))
    var roles: [String] = []

    @Option(name: .customLong("operator"), help: Help.argument(
        id: "Nama operator yang dicatat (bawaan: nama login).", en: "Operator name recorded (default: the login name)."))
    var operatorName: String?

    @Flag(name: .customLong("show-personal"), help: Help.argument(
        id: "Tampilkan NIK dan nomor telepon tanpa disamarkan.", en: "Show NIK and phone numbers unmasked."))
    var showPersonal = false

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// `--operator` as given (trimmed), nil when not given: the hints that print a command repeat it.
    var operatorArgument: String? {
        operatorName.map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
    }

    var name: String {
        if let operatorName, !operatorName.trimmingWhitespace().isEmpty { return operatorName.trimmingWhitespace() }
        return loginName
    }

    /// Who is logged in to this computer: the process's user account (`OSLogin`), never an
    /// environment variable.
    var loginName: String { OSLogin.name }

    /// The system clock; SOP_FIXED_TIME (ISO 8601) stands it still, for demos and golden tests.
    var clock: Clock {
        FixedTime.date(environment).map { FixedClock($0) } ?? SystemClock()
    }

    func time(_ language: Language, _ calendar: WorkCalendar) -> TimeText {
        TimeText(language: language, timeZone: calendar.timeZone)
    }

    /// The store, for a command that does not need to know who is at the desk. `--operator`,
    /// when given, is checked all the same (`openDesk`): no command takes a name without its PIN.
    func openStore(language: Language, readOnly: Bool = false) throws(CommandFailure) -> CaseStore {
        guard operatorName == nil else { return try openDesk(language: language, readOnly: readOnly).store }
        return try openUncheckedStore(language: language, readOnly: readOnly)
    }

    /// The store and who is at the desk (`DeskIdentity.identify`): the one path every command
    /// that takes `--operator` goes through, so the name is taken only as `sop run` takes it
    /// (its PIN asked, wrong tries counted, the connected user on PostgreSQL). With `--operator`
    /// the store is opened for writing even by a reading command, to count a wrong PIN.
    func openDesk(language: Language, readOnly: Bool = false) throws(CommandFailure) -> (store: CaseStore, identity: DeskIdentity) {
        let store = try openUncheckedStore(language: language, readOnly: readOnly && operatorName == nil)
        return (store, try DeskIdentity.identify(self, store: store, language: language))
    }

    /// SQLite or PostgreSQL, as --db or SOP_DB says (StoreAddress decides, for every command).
    /// `readOnly` for the commands that only read (cases, case, tasks, report): a SQLite store
    /// is then opened without writing, and one that does not exist yet reads as empty.
    private func openUncheckedStore(language: Language, readOnly: Bool) throws(CommandFailure) -> CaseStore {
        let address = try StoreAddress.forCommand(database, language: language)
        if !readOnly { try FixedTime.checkWriting(environment, language: language) }
        do {
            if readOnly, case .sqlite(let path) = address, !FileManager.default.fileExists(atPath: path) {
                return try SQLiteCaseStore(inMemory: ())
            }
            let store = try address.open(readOnly: readOnly)
            if let postgres = store as? PostgresCaseStore { postgres.onRetry = Self.retryNotice(language) }
            return store
        } catch {
            throw CommandFailure(error, language: language)
        }
    }

    /// What a desk on PostgreSQL prints while it reconnects (on stderr, in the user's language).
    static func retryNotice(_ language: Language) -> @Sendable (Localized) -> Void {
        { message in Console.writeError("sop: " + message.text(language) + "\n") }
    }

    /// The steps waiting for the roles played (`--as`), as `sop tasks` lists them; nil, after
    /// saying so, when none waits.
    func worklist(_ store: CaseStore, global: GlobalOptions,
                  identity known: DeskIdentity? = nil) throws(CommandFailure) -> (tasks: [TaskEntry], view: TasksView)? {
        let language = global.language
        let identity: DeskIdentity
        if let known { identity = known } else { identity = try DeskIdentity.identify(self, store: store, language: language) }
        var waiting: [TaskEntry] = []
        do {
            if !roles.isEmpty { waiting = try store.tasks(roles: []) }
        } catch {
            throw CommandFailure(error, language: language)
        }
        let requested = try worklistRoles(global: global, waiting: waiting)
        let roles = try identity.worklistRoles(requested, language: language) ?? requested
        var tasks: [TaskEntry]
        do {
            tasks = try store.tasks(roles: roles)
        } catch {
            throw CommandFailure(error, language: language)
        }
        tasks = tasks.filter { identity.mayTake($0) }
        guard !tasks.isEmpty else {
            // The roles by their printed names, as every other message names them (tester 30, N4).
            Console.write(Catalog.Listing.noTasks(roleNames(roles, global: global, waiting: waiting).joined(separator: ", ")).text(language) + "\n")
            return nil
        }
        let calendar = try global.workCalendar(), now = clock.now()
        // Each case's step as the revision it follows names it (each revision parsed once, for
        // the paused cases' due times and the labels alike), not as the folder's YAML does now.
        let pinned = PinnedSOPs(store: store)
        tasks = PausedDeadlines(store: store, calendar: calendar, now: now, pinned: pinned).tasks(tasks)
        var view = TasksView(tasks: tasks, now: now, time: time(language, calendar), colour: global.stdout.colour)
        view.width = global.stdout.wrapWidth
        (view.printedLabels, view.performerLines) = PrintedStepLabels.of(tasks, pinned: pinned, language: language)
        return (tasks, view)
    }

    /// Role ids by the names desk officers know them by: from the steps waiting in the store, else
    /// from the staff roles of the SOP folder (read only for an id none of the steps names).
    func roleNames(_ ids: [String], global: GlobalOptions, waiting: [TaskEntry]) -> [String] {
        var known: [(id: String, name: String)] = waiting.map { ($0.entry.role, $0.entry.roleName) }
        if ids.contains(where: { id in !known.contains { $0.id == id } }) {
            for sop in ((try? global.loadAll()) ?? []).compactMap(\.sop) {
                known += sop.actors.filter(\.kind.operatesSystem).map { ($0.id.value, $0.lineName) }
            }
        }
        return RoleNaming.names(ids, among: known)
    }

    /// --as values (an actor's id or name, any case) as role ids, from the staff roles of the
    /// SOPs in the SOP folder and of the steps waiting in the store; a value that names none is
    /// an error listing the roles there are.
    func worklistRoles(global: GlobalOptions, waiting: [TaskEntry]) throws(CommandFailure) -> [String] {
        guard !roles.isEmpty else { return [] }
        // The roles of the steps waiting in the store first; the SOP folder is read only for a
        // value none of them names (a role with nothing waiting, or none at all).
        var known: [(id: String, name: String)] = waiting.map { ($0.entry.role, $0.entry.roleName) }
        var folderRead = false
        var ids: [String] = []
        for value in roles {
            var matches = RoleNaming.ids(value, among: known)
            if matches.isEmpty, !folderRead {
                folderRead = true
                // The folder's roles listed first, as the refusal names them.
                var folder: [(id: String, name: String)] = []
                for sop in ((try? global.loadAll()) ?? []).compactMap(\.sop) {
                    folder += sop.actors.filter(\.kind.operatesSystem).map { ($0.id.value, $0.lineName) }
                }
                known = folder + known
                matches = RoleNaming.ids(value, among: known)
            }
            guard !matches.isEmpty else {
                throw CommandFailure(Catalog.ServiceDesk.unknownRoleAnywhere(value, staff: RoleNaming.list(known)),
                                     language: global.language, exitCode: 2)
            }
            for id in matches where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// --as values as actor ids of staff roles of the SOP.
    func resolveRoles(_ values: [String], in sop: SOP, language: Language) throws(CommandFailure) -> [String] {
        let staff = sop.actors.filter(\.kind.operatesSystem).map { (id: $0.id.value, name: $0.lineName) }
        var ids: [String] = []
        for value in values {
            let matches = RoleNaming.ids(value, among: staff)
            guard matches.count == 1 else {
                throw CommandFailure(Catalog.CLI.unknownRole(value, staff: RoleNaming.list(staff), ambiguous: matches.count > 1),
                                     language: language, exitCode: 2)
            }
            if !ids.contains(matches[0]) { ids.append(matches[0]) }
        }
        return ids
    }
}

extension CommandFailure {
    init(_ error: StoreError, language: Language) {
        switch error {
        case .unavailable(let message):
            self.init(message, language: language, exitCode: 1)
        case .schema(let message):
            self.init(message, language: language, exitCode: CommandFailure.schemaMismatch)
        case .notFound(let id):
            self.init(Catalog.CLI.caseNotFound(id.rawValue), language: language, exitCode: 2)
        case .stale(let id, _, _):
            self.init(Catalog.CLI.caseNotFound(id.rawValue), language: language, exitCode: 1)
        }
    }
}
