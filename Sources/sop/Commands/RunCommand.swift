import ArgumentParser
import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPStore
import SOPTerminal

/// `sop run 01`: run a case through an SOP, step by step, every answer saved before the next
/// question. `sop run --case ID` continues one; with neither, choose from the worklist.
struct RunCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "run",
            abstract: Help.text(
                id: "Menjalankan kasus baru menurut SOP, atau melanjutkan kasus (--case).",
                en: "Runs a new case through an SOP, or continues one (--case)."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Argument(help: Help.argument(id: "Nomor SOP untuk kasus baru.", en: "SOP number for a new case."))
    var sop: String?

    @Option(name: .customLong("case"), help: Help.argument(id: "Kasus yang dilanjutkan.", en: "Case to continue."))
    var caseID: String?

    @Option(name: .customLong("answers"), help: Help.argument(
        id: "Berkas jawaban (YAML atau JSON) untuk berjalan tanpa terminal.",
        en: "Answers file (YAML or JSON) to run without a terminal."))
    var answers: String?

    @Flag(name: .customLong("json"), help: Help.argument(
        id: "Cetak setiap kejadian sebagai satu baris JSON (teks lain ke stderr).",
        en: "Print every event as one JSON line (other text to stderr)."))
    var json = false

    func validate() throws {
        if sop != nil, caseID != nil {
            throw ValidationError(Catalog.CLI.sopOrCase.text(global.language))
        }
    }

    func run() throws {
        let language = global.language
        let (store, identity) = try desk.openDesk(language: language)
        // A store that cannot take an answer is said before the first question, not after it.
        if let sqlite = store as? SQLiteCaseStore, let reason = sqlite.writeBlocked() {
            let command = caseID.map {
                Catalog.Desk.runCommand(case: Lookup.caseID($0, store: store).rawValue, roles: desk.roles, operatorName: desk.operatorArgument)
            }
            throw CommandFailure(Catalog.Backup.cannotWrite(reason, command: command), language: language, exitCode: 1)
        }
        let script = try answers.map(loadScript)
        let outcome: Outcome
        if let sop {
            outcome = try startCase(sop, store: store, script: script, identity: identity)
        } else if let caseID {
            outcome = try continueCase(Lookup.caseID(caseID, store: store), store: store, script: script, identity: identity)
        } else {
            guard let picked = try pickFromWorklist(store, identity: identity) else { return }
            outcome = try continueCase(picked, store: store, script: script, identity: identity)
        }
        switch outcome {
        case .failed(let step, let reason):
            // A failure of no one step (answers left over in the file) names none: no "kegiatan -:".
            let message = step == "-" ? Catalog.StoppedRuns.runFailed(reason.text(language))
                : Catalog.CLI.stepFailed(step, reason: reason.text(language))
            throw CommandFailure(message, language: language, exitCode: 1)
        case .storeFailed(let message), .refused(let message):
            throw CommandFailure(message, language: language, exitCode: 1)
        case .schemaRefused(let message):
            throw CommandFailure(message, language: language, exitCode: CommandFailure.schemaMismatch)
        case .completed, .cancelled, .paused, .waiting, .stopped:
            return
        }
    }

    // MARK: Starting and continuing

    private func startCase(_ reference: String, store: CaseStore, script: AnswerScript?, identity: DeskIdentity) throws -> Outcome {
        let language = global.language
        let result = try global.resolve(reference)
        let findings = global.checkAtDesk(result)
        guard let model = result.sop, !findings.hasErrors else {
            throw CommandFailure(Catalog.CLI.refuseStart(result.source.path, errors: findings.errorCount),
                                 language: language, exitCode: 1)
        }
        let calendar = try global.workCalendar()
        let engine = Engine(sop: model, calendar: calendar)
        var roles = try desk.resolveRoles(desk.roles.isEmpty ? script?.roles ?? [] : desk.roles, in: model, language: language)
        var firstRole: String?
        if let first = model.steps.first, let staff = model.actors.first(where: \.kind.operatesSystem) {
            firstRole = engine.handlingRole(of: first, previousRole: staff.id.value)
        }
        if let held = try identity.actingRoles(roles, in: model, preferred: firstRole, language: language) {
            roles = held
        } else if roles.isEmpty, let firstRole {
            roles = [firstRole]
        }
        let clock = desk.clock
        let revision = SOPRevision(
            content: result.source.bytes, nomor: model.nomor, judul: model.judul,
            revisionDate: SOPDate.printed(model.identity.dates.revisi), path: result.source.path, savedAt: clock.now())
        let casePrompter = prompter(for: model, store: store, script: script, clock: clock, calendar: calendar, identity: identity)
        let table = try TableChoosing.choose(in: model, script: script, prompter: casePrompter, clock: clock, language: language)
        let session: CaseSession
        do {
            session = try CaseSession.start(revision: revision, engine: engine, store: store, clock: clock,
                                            prompter: casePrompter,
                                            attachments: LocalFiles(), actor: Operator(name: identity.name, roles: roles),
                                            table: table)
        } catch {
            throw CommandFailure(error, language: language)
        }
        session.resumeRoles = desk.roles.isEmpty ? script?.roles ?? [] : desk.roles
        session.resumeOperator = desk.operatorArgument
        return Self.walk(session)
    }

    /// Runs the session; answers left in the script when the walk ends are an error.
    static func walk(_ session: CaseSession, resumed: Bool = false) -> Outcome {
        let outcome = session.run(resumed: resumed)
        if outcome == .waiting || outcome == .completed, let problem = (session.prompter as? ScriptedPrompter)?.leftover {
            return .failed(step: "-", reason: problem)
        }
        return outcome
    }

    private func continueCase(_ id: CaseID, store: CaseStore, script: AnswerScript?, identity: DeskIdentity) throws -> Outcome {
        let language = global.language
        let pinned = try PinnedCase.load(id, store: store, global: global)
        let state = pinned.state, model = pinned.sop
        var roles = try desk.resolveRoles(desk.roles.isEmpty ? script?.roles ?? [] : desk.roles, in: model, language: language)
        // Once the roster is in force: only roles held, whatever step waits.
        if let held = try identity.actingRoles(roles, in: model, preferred: state.active.first?.role, language: language) {
            roles = held
        } else if roles.isEmpty, let first = state.active.first {
            roles = [first.role]
        }
        // Earlier answers are printed unmasked under --json --show-personal: checked and recorded.
        if json, desk.showPersonal {
            try PersonalUnmask.allow(case: id, sop: model.nomor, command: "sop run --case --json --show-personal", identity: identity,
                                     store: store, clock: desk.clock, language: language)
        }
        let clock = desk.clock
        let calendar = try global.workCalendar()
        do {
            let session = try CaseSession(
                caseID: id, engine: Engine(sop: model, calendar: calendar), store: store, clock: clock,
                prompter: prompter(for: model, store: store, script: script, clock: clock, calendar: calendar, identity: identity), attachments: LocalFiles(),
                actor: Operator(name: identity.name, roles: roles))
            session.resumeRoles = desk.roles.isEmpty ? script?.roles ?? [] : desk.roles
            session.resumeOperator = desk.operatorArgument
            return Self.walk(session, resumed: true)
        } catch {
            throw CommandFailure(error, language: language)
        }
    }

    /// With neither an SOP nor a case: show the worklist of the roles played and ask which step.
    private func pickFromWorklist(_ store: CaseStore, identity: DeskIdentity) throws -> CaseID? {
        let language = global.language
        guard let (tasks, found) = try desk.worklist(store, global: global, identity: identity) else { return nil }
        var view = found
        view.width = global.stdout.wrapWidth.map { $0 - 4 }
        // Each task numbered on its first line; a row wrapped to the terminal keeps its lines together.
        for (index, block) in view.blocks().enumerated() {
            for (position, line) in block.split(separator: "\n").enumerated() {
                let number = index == 0 || position > 0 ? "" : "\(index)."
                Console.write(number + String(repeating: " ", count: 4 - number.count) + line + "\n")
            }
        }
        // A typo asks again; only the end of input (Ctrl-D) leaves without a choice.
        while true {
            Console.write(Catalog.CLI.pickTask(tasks.count).text(language) + " › ")
            guard let line = readLine() else { throw CommandFailure(Catalog.CLI.noTaskChosen, language: language, exitCode: 2) }
            if let choice = Int(line.trimmingWhitespace()), tasks.indices.contains(choice - 1) { return tasks[choice - 1].caseID }
            Console.write(Catalog.ServiceDesk.notATask(line.trimmingWhitespace(), count: tasks.count).text(language) + "\n")
        }
    }

    // MARK: Input and output

    private func loadScript(_ path: String) throws -> AnswerScript {
        let language = global.language
        let bytes: [UInt8]
        switch FileReader.read(path, limit: 1 << 20) {
        case .success(let read): bytes = read
        case .failure(let failure):
            throw CommandFailure(failure.message(path: path, limit: 1 << 20, what: .answers), language: language, exitCode: 2)
        }
        switch AnswerScript.parse(bytes: bytes, path: path) {
        case .success(let script):
            return script
        case .failure(let problems):
            let formatter = DiagnosticFormatter(language: language, colour: global.stderr.colour,
                                                sources: [path: problems.source])
            Console.writeError(formatter.format(problems.diagnostics))
            throw CommandFailure(Catalog.CLI.answersUnreadable(path), language: language, exitCode: 2)
        }
    }

    /// The terminal's text (on stdout, or stderr under --json), events as JSON lines under
    /// --json, and answers from the script when one is given.
    private func prompter(for sop: SOP, store: CaseStore, script: AnswerScript?, clock: Clock, calendar: WorkCalendar,
                          identity: DeskIdentity) -> Prompter {
        let language = global.language
        let text: (String) -> Void = json ? { Console.writeError($0) } : { Console.write($0) }
        if script == nil, isatty(STDIN_FILENO) != 0 {
            let toStderr = json
            // Ctrl-C ends the process at once: on SQLite the answers saved are first moved from the
            // `-wal` into the store's file (the desk's connection is idle at a prompt), as on any
            // other end, so that the file alone holds them.
            let sqlite = identity.store as? SQLiteCaseStore
            InterruptHint.shared.install(output: { @Sendable text in
                if toStderr { Console.writeError(text) } else { Console.write(text) }
            }, beforeExit: { _ = try? sqlite?.checkpoint() })
        }
        let terminal = TerminalPrompter(
            language: language, colour: json ? global.stderr.colour : global.stdout.colour, clock: clock,
            time: desk.time(language, calendar), echo: isatty(STDIN_FILENO) == 0, input: { readLine(strippingNewline: true) },
            output: text)
        terminal.width = (json ? global.stderr : global.stdout).wrapWidth
        // The roles the answers file's `sebagai:` gave, when no --as did (tester 33).
        terminal.resumeRoles = desk.roles.isEmpty ? script?.roles ?? [] : desk.roles
        terminal.resumeOperator = desk.operatorArgument
        // A collective row other cases wait at too: the command that completes them all (tester 30, N1).
        let (nomor, reference) = (sop.nomor, sop.shortCode ?? sop.nomor)
        let arguments = Catalog.Desk.deskArguments(roles: desk.roles, operatorName: desk.operatorArgument)
        terminal.collectiveHint = { step, caseID in
            guard let waiting = try? store.tasks(roles: []) else { return nil }
            let others = waiting.filter {
                $0.nomor == nomor && $0.entry.step == step.id.value && $0.status == .open && $0.caseID.rawValue != caseID && identity.mayTake($0)
            }
            guard !others.isEmpty else { return nil }
            let label = step.number ?? step.id.value
            return Catalog.Collective.runHint(label, others: others.count, command: "sop kolektif \(reference) --kegiatan \(label)" + arguments)
        }
        // The SOP the last step hands the work on to, when the folder holds it (tester 31 F8).
        let folder = global.folder
        terminal.handOff = { state in
            guard let last = state.completed.last, let step = sop.steps.first(where: { $0.id.value == last.step }) else { return nil }
            let texts = HandOff.texts(of: step)
            guard texts.contains(where: { !HandOff.mentions(in: $0).isEmpty }), let all = try? folder.loadAll() else { return nil }
            let sops = all.compactMap { $0.sop.map { HandOff.Target(nomor: $0.nomor, judul: $0.judul) } }
            guard let next = HandOff.target(in: texts, among: sops, excluding: sop.nomor) else { return nil }
            let reference = all.first { $0.sop?.nomor == next.nomor }.flatMap { ShortCode.of(path: $0.source.path) } ?? next.nomor
            return Catalog.Flow.continuedBySOP(next.nomor, judul: next.judul, command: "sop run \(reference)")
        }
        if identity.roster.isEnforced {
            let (roster, name, nomor) = (identity.roster, identity.name, sop.nomor)
            terminal.mayActAs = { roster.holds(name, $0, sop: nomor) }
        }
        var display: Prompter = terminal
        if json {
            display = JSONEventsDisplay(sop: sop, showPersonal: desk.showPersonal, output: { Console.write($0) },
                                        other: terminal)
        }
        guard let script else { return display }
        return ScriptedPrompter(script: script, display: display)
    }
}

/// Output files named at a prompt ("@surat.pdf"), read from the local disk (at most 20 MiB).
struct LocalFiles: AttachmentSource {
    func read(_ path: String) -> Result<[UInt8], AttachmentProblem> {
        let expanded = (path as NSString).expandingTildeInPath
        switch FileReader.read(expanded, limit: 20 << 20) {
        case .success(let bytes):
            return .success(bytes)
        case .failure(let failure):
            return .failure(AttachmentProblem(failure.message(path: path, limit: 20 << 20, what: .attachment)))
        }
    }
}
