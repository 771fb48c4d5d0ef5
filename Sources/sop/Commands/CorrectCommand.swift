import ArgumentParser
import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// `sop correct CASE --kegiatan 1 --isian telepon=0813… --alasan "…"`: amends an answer of a
/// step, as its own event with a reason; the original stays in the history.
struct CorrectCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "correct",
            abstract: Help.text(id: "Koreksi jawaban sebuah kegiatan (dengan alasan); jawaban asli tetap tercatat.",
                                en: "Corrects an answer of a step (with a reason); the original stays recorded."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var desk: DeskOptions

    @Argument(help: Help.argument(id: "Id kasus, mis. 01-2026-000001.", en: "Case id, e.g. 01-2026-000001."))
    var caseID: String

    @Option(name: .customLong("kegiatan"), help: Help.argument(id: "Kegiatan yang jawabannya dikoreksi (no atau id).",
                                                               en: "The step whose answer is corrected (number or id)."))
    var step: String

    @Option(name: .customLong("isian"), help: Help.argument(id: "NAMA=NILAI: isian formulir.", en: "NAME=VALUE: a form field."))
    var field: String?

    @Option(name: .customLong("kelengkapan"), help: Help.argument(id: "BUTIR=ya|tidak.", en: "ITEM=ya|tidak."))
    var kelengkapan: String?

    @Option(name: .customLong("output"), help: Help.argument(id: "OUTPUT=TEKS atau OUTPUT=@berkas.", en: "OUTPUT=TEXT or OUTPUT=@file."))
    var output: String?

    @Option(name: .customLong("cabang"), help: Help.argument(id: Catalog.BranchCorrection.optionHelp.id, en: Catalog.BranchCorrection.optionHelp.en))
    var branch: String?

    @Option(name: .customLong("kunjungan"), help: Help.argument(id: Catalog.Visits.visitOptionHelp.id, en: Catalog.Visits.visitOptionHelp.en))
    var visit: Int?

    @Option(name: .customLong("alasan"), help: Help.argument(id: "Alasan koreksi (wajib).", en: "Reason for the correction (required)."))
    var reason: String

    func validate() throws {
        if let visit, visit < 1 { throw ValidationError(Catalog.Visits.visitPositive.text(global.language)) }
        let given = [field, kelengkapan, output].compactMap { $0 }
        if branch != nil, given.isEmpty, visit == nil { return }
        guard branch == nil, given.count == 1, given[0].contains("=") else {
            throw ValidationError(Catalog.ServiceDesk.correctionWhat.text(global.language))
        }
    }

    func run() throws {
        let language = global.language
        let (store, identity) = try desk.openDesk(language: language)
        let id = CaseID(caseID)
        if let branch { return try correctBranch(branch, store: store, identity: identity, id: id) }
        // "1#2", as `sop case` prints a row's second pass, names the row and the visit at once.
        var step = step, visit = visit
        if visit == nil, let hash = step.lastIndex(of: "#"), let number = Int(step[step.index(after: hash)...]), number > 0 {
            visit = number
            step = String(step[..<hash]).trimmingWhitespace()
        }
        let (target, pair): (CaseEvent.Correction.Target, String) =
            if let field { (.field, field) } else if let kelengkapan { (.kelengkapan, kelengkapan) } else { (.output, output ?? "") }
        let split = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(split[0]).trimmingWhitespace()
        var value = split.count > 1 ? String(split[1]) : ""
        var attachment: CaseEvent.Attachment?
        if target == .output, let path = CaseEvent.Attachment.path(typed: value) {
            switch LocalFiles().attach(path, to: store) {
            case .success(let saved): (attachment, value) = (saved, "")
            case .failure(.unreadable(let message)): throw CommandFailure(message, language: language, exitCode: 2)
            case .failure(.store(let error)): throw CommandFailure(error, language: language)
            }
        }
        let command = Command.correct(step: step, target: target, name: name, value: value, attachment: attachment, reason: reason,
                                      visit: visit)
        // Written in the role of the step it amends (the engine checked the operator plays it), as
        // every event of a step is: not merely the first role the operator holds; by a holder of
        // one of its joint roles only (`bersama`, F17), in that joint role.
        let written = try appendRetrying(command, to: id, store: store, identity: identity) { pinned, corrector, kinds in
            let stepRole = kinds.lazy.compactMap { kind -> String? in
                guard case .answerCorrected(let correction) = kind,
                      let visit = (pinned.state.active + pinned.state.completed).last(where: { $0.step == correction.step && $0.visit == correction.visit })
                else { return nil }
                return corrector.role(for: visit) ?? visit.role
            }.first
            return .some(stepRole ?? corrector.roles.first)
        }
        guard let (pinned, next, kinds) = written else { return }
        if desk.showPersonal {
            try PersonalUnmask.allow(case: id, sop: pinned.sop.nomor, command: "sop correct --show-personal", identity: identity,
                                     store: store, clock: desk.clock, language: language)
        }
        if case .answerCorrected(let done)? = kinds.first, let entry = next.corrections.last {
            let field = pinned.sop.step(done.step)?.form.first { $0.name.value == done.name }
            let show: (String) -> String = { value in
                field.map { $0.shown(value, showPersonal: desk.showPersonal, language: language) } ?? (desk.showPersonal ? value : PersonalEcho.quoted(value))
            }
            // A row the case passed several times: say which pass was corrected.
            let passes = (next.completed + next.active).filter { $0.step == done.step }.count
            let which = passes > 1 ? " " + Catalog.Visits.correctedVisit(done.visit, of: passes).text(language) : ""
            Console.write(Catalog.ServiceDesk.corrected(
                case: id.rawValue, name: field?.label ?? PrintedItem.inSentence(done.name), from: entry.previous.map(show) ?? "-",
                to: done.attachment?.name ?? show(done.value)).text(language) + which + "\n")
        }
    }

    /// Reads the case, has the engine turn `command` into events, writes them in the role `role`
    /// gives (`.none`: nothing to write) and appends them. Another desk may append between the
    /// read and the write: the case is read again and the command checked again on the new state,
    /// five times at most, then refused. Nil when nothing was written.
    private func appendRetrying(_ command: Command, to id: CaseID, store: any CaseStore, identity: DeskIdentity,
                                role: (PinnedCase, Operator, [CaseEvent.Kind]) -> String??) throws
        -> (pinned: PinnedCase, next: CaseState, kinds: [CaseEvent.Kind])?
    {
        let language = global.language
        for _ in 0..<5 {
            let pinned = try PinnedCase.load(id, store: store, global: global)
            let requested = try desk.resolveRoles(desk.roles, in: pinned.sop, language: language)
            let roles = try identity.actingRoles(requested, in: pinned.sop, language: language) ?? requested
            let engine = Engine(sop: pinned.sop, calendar: try global.workCalendar())
            let now = desk.clock.now().wholeMilliseconds
            let actor = Operator(name: identity.name, roles: roles)
            let kinds: [CaseEvent.Kind]
            do {
                kinds = try engine.execute(command, on: pinned.state, by: actor, at: now)
            } catch {
                throw CommandFailure(error.message, language: language, exitCode: 1)
            }
            guard case .some(let written) = role(pinned, actor, kinds) else { return nil }
            var next = pinned.state
            let events = kinds.enumerated().map { offset, kind in
                CaseEvent(sequence: pinned.state.lastSequence + 1 + offset, at: now, operatorName: identity.name, role: written, kind: kind)
            }
            events.forEach { next.apply($0) }
            guard let projection = next.projection(sop: pinned.sop) else { return nil }
            do {
                try store.append(events, to: id, projection: projection)
            } catch .stale {
                continue
            } catch {
                throw CommandFailure(error, language: language)
            }
            return (pinned, next, kinds)
        }
        throw CommandFailure(Catalog.ServiceDesk.correctionBusy(id.rawValue), language: language, exitCode: 1)
    }

    /// `--cabang`: the branch of the case's latest decision (tester 34, F3), written in the role
    /// that took it; the visits the wrong branch started are closed and the right target starts.
    private func correctBranch(_ branch: String, store: any CaseStore, identity: DeskIdentity, id: CaseID) throws {
        let language = global.language
        let written = try appendRetrying(.correctBranch(step: step, branch: branch, reason: reason), to: id, store: store,
                                         identity: identity) { pinned, actor, kinds in
            guard case .branchCorrected(let done)? = kinds.first,
                  let decision = pinned.state.completed.last(where: { $0.step == done.step && $0.visit == done.visit })
            else { return .none }
            return .some(actor.role(for: decision) ?? actor.roles.first)
        }
        guard let (pinned, next, kinds) = written, case .branchCorrected(let done)? = kinds.first else { return }
        let step = pinned.sop.step(done.step)
        func label(_ id: String) -> String { pinned.sop.step(id)?.number ?? id }
        func shown(_ label: String, _ target: String) -> String {
            let row = target == Target.endKeyword ? target : self.label(target, in: pinned.sop)
            return label.isEmpty ? row : "\(label) → \(row)"
        }
        var question = ""
        if case .decision(let asked)? = step?.flow { question = asked.question?.value ?? "" }
        let waiting = next.status == .completed ? [] : next.active.map { visit in
            "\(label(visit.step)) (\(pinned.sop.actor(visit.role)?.lineName ?? visit.role))"
        }
        Console.write(Catalog.BranchCorrection.corrected(
            case: id.rawValue, step: label(done.step), question: question, from: shown(done.previousLabel, done.previousTarget),
            to: shown(done.label, done.target), closed: done.closed.map(label),
            waiting: Catalog.BranchCorrection.nowWaiting(waiting).text(language)).text(language) + "\n")
    }

    private func label(_ target: String, in sop: SOP) -> String { sop.step(target)?.number ?? target }
}
