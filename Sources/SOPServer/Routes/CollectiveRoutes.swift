import Foundation
import Hummingbird
import SOPCore
import SOPEngine
import SOPModel
import SOPStore

/// /kolektif/{kode}/{step}: `sop kolektif` on the web (tester 28, F6). The cases of an SOP
/// waiting at one step for a role the operator holds, ticked; the step's Kelengkapan and Output
/// answered once; a confirmation; then the step completed in each ticked case with its own
/// events, one case after another (`Desk.completeCollectively`: the terminal's `CollectiveRun`).
/// Nothing the browser sends is trusted: every post reads the waiting cases, the roster and the
/// answers again, and a case id not among those waiting refuses the whole post.
enum CollectiveRoutes {
    typealias Words = Catalog.Collective

    static func add(to router: some RouterMethods<DeskContext>, desk: Desk) {
        router.get("/kolektif/{kode}/{step}") { _, context -> Response in
            let target = try await CollectiveTarget.read(context, desk: desk)
            return HTMLPage.response(CollectivePage(target: target, context: context, time: desk.time(context.language)).choose())
        }
        router.post("/kolektif/{kode}/{step}") { _, context -> Response in
            try await submit(context, desk: desk)
        }
    }

    /// The form's three posts: without `yakin`, checked and shown for confirmation (or again with
    /// what is wrong); with `ubah`, the form again as chosen; with `yakin` = `ya`, checked again
    /// and done.
    private static func submit(_ context: DeskContext, desk: Desk) async throws -> Response {
        let target = try await CollectiveTarget.read(context, desk: desk)
        let form = context.form
        var page = CollectivePage(target: target, context: context, time: desk.time(context.language), form: form)
        if form["ubah"] == "ya" { return HTMLPage.response(page.choose()) }
        if let cut = context.uploadCut {
            // The file was past the limit: the form again, as posted, the message at the upload.
            page.errors = [cut.hasPrefix("of.") ? "o." + cut.dropFirst(3) : cut:
                            Catalog.Serve.fileTooLarge(CSRFMiddleware.size(desk.configuration.maxUpload))]
            return HTMLPage.response(page.choose(), status: .contentTooLarge)
        }
        let confirmed = form["yakin"] == "ya"
        var errors: [String: Localized] = [:]
        var answers = target.answers(form, errors: &errors)
        let chosen = try await target.chosen(form, confirmed: confirmed, desk: desk, errors: &errors)
        guard errors.isEmpty else {
            var refused = page
            refused.errors = errors
            return HTMLPage.response(refused.choose(), status: errors.keys.contains(where: { $0.hasPrefix("o.") })
                                        && target.unsupportedUpload(form) ? .unsupportedMediaType : .unprocessableContent)
        }
        // An output's file, uploaded: stored once everything else holds, as `sop kolektif` stores
        // an `@file` (`AttachmentSource.attach`), and named by its SHA-256 in every case's event.
        for (index, item, file) in target.uploads(form) {
            let attachment: CaseEvent.Attachment = try await desk.gateway.run(writing: true) { store in
                switch UploadedFile(file).attach(file.filename.isEmpty ? "berkas" : file.filename, to: store) {
                case .success(let saved): return saved
                case .failure(.store(let error)): throw PageError.store(error)
                case .failure(.unreadable(let message)): throw PageError(.unprocessableContent, message)
                }
            }
            answers.outputs[item] = CollectiveOutput(text: "", attachment: attachment)
            page.staged[index] = attachment
        }
        guard confirmed else { return HTMLPage.response(page.confirm(chosen, answers: answers)) }
        // Every case stamped with the same time, the moment the run began (as at the terminal);
        // a store failure stops the run: the cases after it are not tried.
        let now = desk.clock.now().wholeMilliseconds
        var results: [CollectiveRun.CaseResult] = []
        for choice in chosen {
            let result = await desk.completeCollectively(target.step.id.value, in: choice.id, answers: answers, actor: target.actor, at: now)
            results.append(result)
            if case .failed = result { break }
        }
        return HTMLPage.response(page.result(results, chosen: chosen))
    }
}

/// A case ticked on the collective page: its id and title.
struct CollectiveChoiceMade: Sendable {
    let id: CaseID
    let title: String
}

/// The SOP and step a collective page is about, read for each request: the folder's SOP as it
/// is now (its step, whether it may be completed collectively, what it asks), the operator's
/// roles of it from the roster, and the cases waiting at the step in those roles.
struct CollectiveTarget: Sendable {
    let code: String
    let sop: SOP
    let engine: Engine
    let step: Step
    let label: String
    /// The role the step waits in (its name as the SOP prints it).
    let roleName: String
    let actor: Operator
    let waiting: [TaskEntry]
    let now: Date

    static func read(_ context: DeskContext, desk: Desk) async throws -> CollectiveTarget {
        let code = context.parameters.get("kode") ?? "", typed = context.parameters.get("step") ?? ""
        guard code.count <= 200, typed.count <= 64 else { throw PageError.notFound }
        guard let sop = try WorklistRoutes.named(code, desk: desk).sop else { throw PageError.notFound }
        let engine = Engine(sop: sop, calendar: desk.calendar)
        // The step as `sop kolektif --kegiatan` takes it: its number as printed, or its id.
        guard let step = sop.steps.first(where: { $0.id.value == typed || RowNumber.same($0.number ?? $0.id.value, typed) }) else {
            throw PageError(.notFound, Catalog.Collective.unknownStep(typed, sop: sop.nomor))
        }
        if let refusal = engine.collectiveRefusal(of: step.id.value) { throw PageError(.conflict, refusal) }
        let name = context.operatorName ?? ""
        let roster = try await desk.roster(for: context)
        let actor = Desk.actor(name, in: sop, roster: roster)
        let roles = actor.roles, nomor = sop.nomor, stepID = step.id.value
        let tasks: [TaskEntry] = roles.isEmpty ? [] : try await desk.gateway.run { store in
            do { return try store.tasks(roles: roles) } catch let error as StoreError { throw PageError.store(error) }
        }
        let now = desk.clock.now()
        // The roster is checked for each case: the role its step waits in, for this SOP.
        let waiting = WorklistPage.ordered(tasks.filter {
            $0.nomor == nomor && $0.entry.step == stepID && $0.status == .open && roster.holds(name, $0.entry.role, sop: nomor)
        }, now: now)
        let stepRole = engine.handlingRole(of: step, previousRole: "")
        if waiting.isEmpty, !roster.holds(name, stepRole, sop: nomor) {
            throw RoleNeeded.forStep(step, role: stepRole, sop: sop)
        }
        return CollectiveTarget(code: code, sop: sop, engine: engine, step: step, label: engine.label(step),
                                roleName: RoleNeeded.name(stepRole, in: sop), actor: actor, waiting: waiting, now: now,
                                sessionKey: context.session?.csrf ?? "")
    }

    var action: String { "/kolektif/\(segment(code))/\(segment(step.number ?? step.id.value))" }

    var questions: (kelengkapan: [Kelengkapan], outputs: [String]) { engine.collectiveQuestions(of: step.id.value) }

    /// The answers given once (`k.<index>`: `ada`, `tidak` or `tb`; `o.<index>`: the text), with
    /// what is missing or refused by field.
    func answers(_ form: FormData, errors: inout [String: Localized]) -> CollectiveAnswers {
        var answers = CollectiveAnswers()
        let (kelengkapan, outputs) = questions
        for (index, item) in kelengkapan.enumerated() {
            let key = "k.\(index)", text = item.text.value
            switch form[key] ?? "" {
            case "ada": answers.kelengkapan[text] = true
            case "tidak" where item.requiredToProceed:
                errors[key] = Catalog.Collective.requiredMissing(PrintedItem.inSentence(text))
            case "tidak": answers.kelengkapan[text] = false
            case "tb" where item.isConditional: answers.notApplicable.insert(text)
            default: errors[key] = Catalog.Collective.webKelengkapanMissing(PrintedItem.inSentence(text))
            }
        }
        for (index, item) in outputs.enumerated() {
            let key = "o.\(index)", text = form.text(key)
            // A file uploaded now (stored once the whole post holds: `uploads`), else the text,
            // else a file stored by an earlier post of this form (`StagedUpload`).
            if let file = form.files["of.\(index)"] {
                if let problem = Upload.problem(file) { errors[key] = problem }
            } else if text.isEmpty, let staged = StagedUpload.read(form, index: index, action: action, session: sessionKey) {
                answers.outputs[item] = CollectiveOutput(text: "", attachment: staged)
            } else if text.isEmpty {
                errors[key] = Catalog.Collective.webOutputMissing(PrintedItem.inSentence(PrintedItem.withoutDash(item)))
            } else if text.count > TextLimit.text {
                errors[key] = Catalog.WebForms.tooLong(limit: TextLimit.text, given: text.count)
            } else {
                answers.outputs[item] = CollectiveOutput(text: text)
            }
        }
        return answers
    }

    /// The uploaded outputs' files that pass `Upload.problem`: (index, item, file), in order.
    func uploads(_ form: FormData) -> [(index: Int, item: String, file: FormData.File)] {
        questions.outputs.enumerated().compactMap { index, item in
            guard let file = form.files["of.\(index)"], Upload.problem(file) == nil else { return nil }
            return (index, item, file)
        }
    }

    /// Whether an uploaded output is of a kind not accepted (415, as on the step form).
    func unsupportedUpload(_ form: FormData) -> Bool {
        questions.outputs.indices.contains { index in form.files["of.\(index)"].map { Upload.problem($0) != nil } ?? false }
    }

    /// The key a staged upload's reference is signed with: the session's own CSRF token.
    var sessionKey: String

    /// The ticked cases (`kasus`, repeated), each waiting now at the step in a role the operator
    /// holds; in the list's order. When `confirmed`, a case that no longer waits but did wait
    /// here for them (done meanwhile at another desk, paused, cancelled) is kept: the engine
    /// refuses it with its reason and the others go on, as at the terminal. Any other id (not
    /// of this SOP or step, a role not held, unknown) refuses the whole post: nothing is written.
    func chosen(_ form: FormData, confirmed: Bool, desk: Desk, errors: inout [String: Localized]) async throws -> [CollectiveChoiceMade] {
        var typed: [String] = []
        for id in form.fields["kasus"] ?? [] where !typed.contains(id) { typed.append(id) }
        guard !typed.isEmpty else {
            errors["kasus"] = Catalog.Collective.webNoneTicked
            return []
        }
        var chosen = waiting.filter { typed.contains($0.caseID.rawValue) }.map { CollectiveChoiceMade(id: $0.caseID, title: $0.title) }
        for id in typed where !chosen.contains(where: { $0.id.rawValue == id }) {
            if confirmed, let title = try await waitedHere(id, desk: desk) {
                chosen.append(CollectiveChoiceMade(id: CaseID(id), title: title))
                continue
            }
            errors["kasus"] = Catalog.Collective.notListed(String(id.prefix(64)), step: label)
            return []
        }
        return chosen
    }

    /// A case of this SOP that went through this step in a role the operator holds: its title;
    /// nil for any other id.
    private func waitedHere(_ id: String, desk: Desk) async throws -> String? {
        guard !id.isEmpty, id.count <= 64 else { return nil }
        let pinned: PinnedCase
        do { pinned = try await desk.pinned(CaseID(id)) } catch let error as PageError where error.status == .notFound { return nil }
        guard pinned.sop.nomor == sop.nomor else { return nil }
        let stepID = step.id.value
        let visited = (pinned.state.active + pinned.state.completed).contains { $0.step == stepID && actor.works($0) }
        return visited ? pinned.state.title(sop: pinned.sop) : nil
    }
}
