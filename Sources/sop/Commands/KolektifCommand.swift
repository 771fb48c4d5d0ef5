import ArgumentParser
import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPStore
import SOPTerminal

/// `sop kolektif 12 --kegiatan 9`: one waiting step completed for several cases at once
/// (tester 28, F6). Lists the cases waiting at the step for a role the operator holds, takes
/// all or some, asks the step's Kelengkapan and Output once, and completes the step in each
/// case with its own events (`CollectiveRun`), saying each case as it is written.
struct KolektifCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "kolektif",
            abstract: Help.text(
                id: "Menyelesaikan satu kegiatan sekaligus untuk beberapa kasus yang menunggunya (mis. daftar disetujui, cetak kolektif).",
                en: "Completes one step at once for several cases waiting at it (e.g. a list approved, a collective print run)."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Argument(help: Help.argument(id: "Nomor SOP.", en: "SOP number."))
    var sop: String

    @Option(name: .customLong("kegiatan"), help: Help.argument(id: "Kegiatan yang diselesaikan (no atau id).", en: "Step to complete (number or id)."))
    var step: String

    @Option(name: .customLong("kasus"), help: Help.argument(
        id: "Kasus yang diselesaikan (boleh diulang); tanpa ini dan tanpa --semua, dipilih dari daftar.",
        en: "Case to complete (may be repeated); without it and --semua, chosen from the list."))
    var cases: [String] = []

    @Flag(name: .customLong("semua"), help: Help.argument(id: "Semua kasus yang menunggu, tanpa ditanya.", en: "Every waiting case, without asking."))
    var all = false

    func validate() throws {
        if all, !cases.isEmpty { throw ValidationError(Catalog.Collective.allOrCases.text(global.language)) }
    }

    func run() throws {
        let language = global.language
        let (store, identity) = try desk.openDesk(language: language)
        if let sqlite = store as? SQLiteCaseStore, let reason = sqlite.writeBlocked() {
            throw CommandFailure(Catalog.Backup.cannotWrite(reason, command: nil), language: language, exitCode: 1)
        }
        let result = try global.resolve(sop)
        guard let model = result.sop else {
            throw CommandFailure(Catalog.CLI.refuseStart(result.source.path, errors: result.diagnostics.errorCount), language: language, exitCode: 1)
        }
        let calendar = try global.workCalendar()
        let engine = Engine(sop: model, calendar: calendar)
        guard let target = model.steps.first(where: { $0.id.value == step || RowNumber.same($0.number ?? $0.id.value, step) }) else {
            throw CommandFailure(Catalog.Collective.unknownStep(step, sop: model.nomor), language: language, exitCode: 2)
        }
        let label = engine.label(target)
        if let refusal = engine.collectiveRefusal(of: target.id.value) { throw CommandFailure(refusal, language: language, exitCode: 1) }
        var roles = try desk.resolveRoles(desk.roles, in: model, language: language)
        let stepRole = engine.handlingRole(of: target, previousRole: "")
        roles = try identity.actingRoles(roles, in: model, preferred: stepRole, language: language) ?? (roles.isEmpty ? [stepRole] : roles)
        let actor = Operator(name: identity.name, roles: roles)
        var waiting: [TaskEntry]
        do {
            waiting = try store.tasks(roles: roles)
        } catch {
            throw CommandFailure(error, language: language)
        }
        waiting = waiting.filter { $0.nomor == model.nomor && $0.entry.step == target.id.value && $0.status == .open && identity.mayTake($0) }
        let roleNames = roles.map { model.actor($0)?.lineName ?? $0 }.joined(separator: ", ")
        Console.write("SOP \(model.nomor) · \(model.judul)\n"
                      + Catalog.Collective.heading(label, role: model.actor(stepRole)?.lineName ?? stepRole).text(language) + "\n"
                      + target.uraian.value + "\n")
        guard !waiting.isEmpty else {
            Console.write(Catalog.Collective.noneWaiting(label, roles: roleNames).text(language) + "\n")
            return
        }
        let chosen = try choose(from: waiting, step: label, store: store, calendar: calendar)
        let answers = try askAnswers(engine.collectiveQuestions(of: target.id.value), store: store)
        guard all || !cases.isEmpty || confirmed(label, count: chosen.count, role: roleNames, operatorName: actor.name) else {
            Console.write(Catalog.Collective.notConfirmed.text(language) + "\n")
            return
        }
        try complete(target, label: label, cases: chosen, answers: answers, actor: actor, store: store, engine: engine)
    }

    // MARK: Choosing

    private func choose(from waiting: [TaskEntry], step label: String, store: CaseStore, calendar: WorkCalendar) throws -> [TaskEntry] {
        let language = global.language
        if all { return waiting }
        if !cases.isEmpty {
            return try cases.map { typed in
                let id = Lookup.caseID(typed, store: store)
                guard let task = waiting.first(where: { $0.caseID == id }) else {
                    throw CommandFailure(Catalog.Collective.notListed(id.rawValue, step: label), language: language, exitCode: 2)
                }
                return task
            }
        }
        let now = desk.clock.now()
        var view = TasksView(tasks: PausedDeadlines(store: store, calendar: calendar, now: now).tasks(waiting), now: now,
                             time: desk.time(language, calendar), colour: global.stdout.colour)
        view.width = global.stdout.wrapWidth.map { $0 - 4 }
        Console.write(Catalog.Collective.waitingList(label, count: waiting.count).text(language) + "\n")
        for (index, block) in view.blocks().enumerated() {
            for (position, line) in block.split(separator: "\n").enumerated() {
                let number = index == 0 || position > 0 ? "" : "\(index)."
                Console.write(number + String(repeating: " ", count: max(1, 4 - number.count)) + line + "\n")
            }
        }
        while true {
            guard let line = ask(Catalog.Collective.pickCases(waiting.count).text(language)) else {
                throw CommandFailure(Catalog.Collective.notConfirmed, language: language, exitCode: 2)
            }
            if let picked = CollectiveChoice.parse(line, ids: waiting.map(\.caseID.rawValue)) { return picked.map { waiting[$0] } }
            Console.write("✗ " + Catalog.Collective.notAChoice(line.trimmingWhitespace(), count: waiting.count).text(language) + "\n")
        }
    }

    // MARK: The answers, once

    private func askAnswers(_ questions: (kelengkapan: [Kelengkapan], outputs: [String]), store: CaseStore) throws -> CollectiveAnswers {
        let language = global.language
        var answers = CollectiveAnswers()
        for item in questions.kelengkapan {
            let text = item.text.value
            let prompt = item.isConditional
                ? Catalog.ConditionalItems.conditionalPrompt(text, required: item.requiredToProceed)
                : Catalog.Desk.kelengkapanPrompt(text, required: item.requiredToProceed)
            while true {
                guard let line = ask(prompt.text(language)) else { throw CommandFailure(Catalog.Collective.notConfirmed, language: language, exitCode: 2) }
                if item.isConditional, CaseSession.notApplicable(line) {
                    answers.notApplicable.insert(text)
                    break
                }
                guard let present = CaseSession.yesNo(line) else {
                    let hint = item.isConditional ? Catalog.ConditionalItems.answerYesNoNotApplicable : Catalog.Session.answerYesNo
                    Console.write("✗ " + hint.text(language) + "\n")
                    continue
                }
                if item.requiredToProceed, !present {
                    Console.write("✗ " + Catalog.Collective.requiredMissing(PrintedItem.inSentence(text)).text(language) + "\n")
                    continue
                }
                answers.kelengkapan[text] = present
                break
            }
        }
        for item in questions.outputs {
            while true {
                guard let line = ask(Catalog.Collective.outputPrompt(item).text(language)) else {
                    throw CommandFailure(Catalog.Collective.notConfirmed, language: language, exitCode: 2)
                }
                let trimmed = line.trimmingWhitespace()
                guard !trimmed.isEmpty else {
                    Console.write("✗ " + Catalog.Run.emptyOutput(item).text(language) + "\n")
                    continue
                }
                guard let path = CaseEvent.Attachment.path(typed: trimmed) else {
                    answers.outputs[item] = CollectiveOutput(text: trimmed)
                    break
                }
                // A file named once is stored once; every case's event names it by its SHA-256.
                switch LocalFiles().attach(path, to: store) {
                case .success(let attachment): answers.outputs[item] = CollectiveOutput(text: "", attachment: attachment)
                case .failure(.unreadable(let message)):
                    Console.write("✗ " + message.text(language) + "\n")
                    continue
                case .failure(.store(let error)): throw CommandFailure(error, language: language)
                }
                break
            }
        }
        return answers
    }

    private func confirmed(_ step: String, count: Int, role: String, operatorName: String) -> Bool {
        while true {
            guard let line = ask(Catalog.Collective.confirm(step, count: count, role: role, operatorName: operatorName).text(global.language)) else {
                return false
            }
            if let yes = CaseSession.yesNo(line) { return yes }
            Console.write("✗ " + Catalog.Session.answerYesNo.text(global.language) + "\n")
        }
    }

    // MARK: Completing

    private func complete(_ target: Step, label: String, cases chosen: [TaskEntry], answers: CollectiveAnswers, actor: Operator,
                          store: CaseStore, engine: Engine) throws {
        let calendar = engine.calendar
        let language = global.language
        var engines: [String: Engine] = [:]
        let run = CollectiveRun(store: store, clock: desk.clock, actor: actor) { state in
            let hash = state.started?.revision ?? ""
            if let known = engines[hash] { return .success(known) }
            do throws(StoreError) {
                guard let revision = try store.pinnedRevision(hash, of: state.id) else {
                    return .failure(EngineError(Catalog.CLI.revisionMissing(hash)))
                }
                let loaded = SOPLoader.load(bytes: revision.content, path: revision.path)
                guard let model = loaded.sop, !loaded.hasErrors else {
                    return .failure(EngineError(Catalog.CLI.refuseStart(revision.path, errors: loaded.diagnostics.errorCount)))
                }
                let engine = Engine(sop: model, calendar: calendar)
                engines[hash] = engine
                return .success(engine)
            } catch {
                return .failure(EngineError(Localized(verbatim: "\(error)")))
            }
        }
        let titles = Dictionary(chosen.map { ($0.caseID, $0.title) }, uniquingKeysWith: { first, _ in first })
        let again = "sop kolektif \(sop) --kegiatan \(step)" + Catalog.Desk.deskArguments(roles: desk.roles, operatorName: desk.operatorArgument)
        let sqlite = store as? SQLiteCaseStore
        let progress = CollectiveProgress()
        InterruptHint.shared.install(output: { @Sendable text in Console.write(text) }, beforeExit: { _ = try? sqlite?.checkpoint() })
        InterruptHint.shared.set(Catalog.Collective.interrupted(done: 0, of: chosen.count, again: again).text(language) + "\n")
        let results = run.run(step: target.id.value, cases: chosen.map(\.caseID), answers: answers) { result in
            switch result {
            case .done(let id, let events):
                let next = CollectiveRun.next(after: events, engine: engine)?.text(language)
                Console.write(Catalog.Collective.done(id.rawValue, step: label, title: titles[id] ?? "", next: next).text(language) + "\n")
                let done = progress.add()
                InterruptHint.shared.set(Catalog.Collective.interrupted(done: done, of: chosen.count, again: again).text(language) + "\n")
            case .refused(let id, let reason):
                Console.write(Catalog.Collective.refusedCase(id.rawValue, reason: reason.text(language)).text(language) + "\n")
            case .failed(let id, let error):
                Console.write(Catalog.Collective.failedCase(id.rawValue, reason: CommandFailure(error, language: language).message).text(language) + "\n")
            }
        }
        let done = results.filter { if case .done = $0 { true } else { false } }.count
        let refused = results.filter { if case .refused = $0 { true } else { false } }.count
        let failed = results.count - done - refused
        Console.write(Catalog.Collective.summary(done: done, of: chosen.count, refused: refused, notTried: chosen.count - results.count).text(language) + "\n")
        if refused + failed > 0 || results.count < chosen.count {
            throw CommandFailure(Catalog.Collective.failedSome(chosen.count - done), language: language, exitCode: 1)
        }
    }

    /// A line typed at the terminal; echoed when read from a pipe, as `sop run` does.
    private func ask(_ prompt: String) -> String? {
        Console.write(prompt + " › ")
        guard let line = readLine(strippingNewline: true) else {
            Console.write("\n")
            return nil
        }
        Console.write(isatty(STDIN_FILENO) == 0 ? line + "\n" : "")
        return line
    }
}

/// How many cases are done so far, read by the Ctrl-C handler on another thread.
private final class CollectiveProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() -> Int { lock.withLock { count += 1; return count } }
}
