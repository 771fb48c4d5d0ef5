import Foundation
import Hummingbird
import SOPCore
import SOPEngine
import SOPModel
import SOPStore

/// /kasus/{id}…: the timeline, the step page and its submission, correction, pause, resume and
/// cancel. Every write checks, on the server, that the operator holds the role it is written in
/// (the roster, read now) before the engine and the store see it; the store checks again.
enum CaseRoutes {
    typealias Words = Catalog.Serve

    static func add(to router: some RouterMethods<DeskContext>, desk: Desk) {
        router.get("/kasus/{id}") { request, context -> Response in
            let pinned = try await loadForReading(context, desk: desk)
            let saved = request.uri.queryParameters.get("koreksi") == "disimpan"
            return HTMLPage.response(TimelinePage.render(pinned, context: context, time: desk.time(context.language), now: desk.clock.now(),
                                                         notice: saved ? Layout.notice(Words.correctionSaved.text(context.language)) : ""))
        }
        router.get("/kasus/{id}/langkah/{step}") { request, context -> Response in
            let (pinned, roster) = try await load(context, desk: desk)
            if pinned.state.status == .paused, pinned.state.visit(of: context.parameters.get("step") ?? "") != nil {
                return HTMLPage.response(PausedCase.stepPage(pinned, context: context))
            }
            if let page = gone(pinned, context: context, desk: desk) { return page }
            let (step, visit) = try waiting(context, pinned: pinned, roster: roster)
            var page = StepPage(pinned: pinned, step: step, visit: visit, context: context, now: desk.clock.now(), time: desk.time(context.language))
            page.notice = PausedCase.endedNotice(pinned, query: request.uri.queryParameters.get("jeda"), context: context)
            return HTMLPage.response(page.render())
        }
        router.post("/kasus/{id}/langkah/{step}") { _, context -> Response in
            try await submit(context, desk: desk)
        }
        router.post("/kasus/{id}/koreksi") { _, context -> Response in
            try await correct(context, desk: desk)
        }
        router.get("/kasus/{id}/jeda") { _, context -> Response in
            let (pinned, _) = try await load(context, desk: desk, action: true)
            guard RoleNeeded.mayAct(on: pinned, context: context) else { throw RoleNeeded.forCaseAction(pinned, context: context) }
            return HTMLPage.response(PausePage.render(pinned, context: context))
        }
        router.post("/kasus/{id}/jeda") { _, context -> Response in
            try await caseCommand(.pause, context: context, desk: desk)
        }
        router.post("/kasus/{id}/lanjut") { _, context -> Response in
            try await caseCommand(.resume, context: context, desk: desk)
        }
        router.get("/kasus/{id}/batal") { _, context -> Response in
            let (pinned, _) = try await load(context, desk: desk, action: true)
            guard RoleNeeded.mayAct(on: pinned, context: context) else { throw RoleNeeded.forCaseAction(pinned, context: context) }
            return HTMLPage.response(CancelPage.render(pinned, context: context))
        }
        router.post("/kasus/{id}/batal") { _, context -> Response in
            let reason = context.form.text("alasan")
            guard context.form["yakin"] == "ya" else {
                let (pinned, _) = try await load(context, desk: desk, action: true)
                return HTMLPage.response(CancelPage.render(pinned, context: context, reason: reason, error: Words.cancelNeedsConfirmation),
                                         status: .unprocessableContent)
            }
            return try await caseCommand(.cancel(reason: reason), context: context, desk: desk)
        }
    }

    /// The case in the path, and the roster now; 403 unless the operator holds a role of its SOP.
    /// Both as this request's first read found them (`SessionMiddleware`) when the desk kept them.
    /// `action`: for pausing, resuming or cancelling, whose refusal names the waiting steps' roles.
    static func load(_ context: DeskContext, desk: Desk, action: Bool = false) async throws -> (PinnedCase, Roster) {
        let raw = context.parameters.get("id") ?? ""
        guard !raw.isEmpty, raw.count <= 64 else { throw PageError.notFound }
        let pinned: PinnedCase
        if let kept = context.caseAtHead, kept.pinned.state.id.rawValue == raw {
            pinned = kept.pinned
        } else {
            pinned = try await desk.pinned(CaseID(raw))
        }
        let roster = try await desk.roster(for: context)
        guard !Desk.actor(context.operatorName ?? "", in: pinned.sop, roster: roster).roles.isEmpty else {
            if action { throw RoleNeeded.forCaseAction(pinned) }
            throw RoleNeeded.forCase(pinned, step: context.parameters.get("step"))
        }
        return (pinned, roster)
    }

    /// The step in the path, waiting in this case, in a role the operator holds (else 404/403).
    static func waiting(_ context: DeskContext, pinned: PinnedCase, roster: Roster) throws -> (Step, StepVisit) {
        let stepID = context.parameters.get("step") ?? ""
        guard let step = pinned.sop.step(stepID) else { throw PageError.notFound }
        guard let visit = pinned.state.visit(of: stepID), pinned.state.status == .open else {
            if pinned.state.status == .paused { throw PageError(.conflict, Catalog.PauseAndCancel.casePaused(pinned.state.id.rawValue)) }
            throw PageError(.conflict, Words.notWaiting)
        }
        guard actingRole(context.operatorName ?? "", on: visit, roster: roster, sop: pinned.sop) != nil else {
            throw RoleNeeded.forStep(step, role: visit.role, sop: pinned.sop, caseID: pinned.state.id.rawValue)
        }
        return (step, visit)
    }

    /// The role the operator answers the visit in: its own when they hold it, else the first of
    /// its joint roles (`bersama`, tester 28's F17) they hold; nil when none.
    static func actingRole(_ name: String, on visit: StepVisit, roster: Roster, sop: SOP) -> String? {
        visit.waitingRoles.first { roster.holds(name, $0, sop: sop.nomor) }
    }

    /// A step's answer. One whose session, roster and case were not read for this request
    /// (`DeskContext.unreadSession`) is tried on them as last read, its write checking the session
    /// in its own transaction; unless it is written so, nothing was, and it is decided again on
    /// what the store holds now (read as for any request), as if it had just arrived.
    static func submit(_ context: DeskContext, desk: Desk) async throws -> Response {
        guard let unread = context.unreadSession else { return try await answer(context, desk: desk) }
        do {
            return try await answer(context, desk: desk, quick: true)
        } catch is SessionEnded {
            desk.sessions.forget(unread)
        } catch {
            // Not written (refused, stale, invalid, or a page to show): decided again below.
        }
        var read = context
        try await SessionMiddleware.look(unread, caseID: CaseID(context.parameters.get("id") ?? ""), desk: desk, into: &read)
        guard read.session != nil else { throw PageError(.unauthorized, read.ended?.message ?? Words.loginTitle) }
        return try await answer(read, desk: desk)
    }

    /// Not written on the quick try: `submit` decides again.
    private struct NotWritten: Error {}

    /// `quick`: only a written answer is answered; anything else throws, nothing written.
    private static func answer(_ context: DeskContext, desk: Desk, quick: Bool = false) async throws -> Response {
        let (pinned, roster) = try await load(context, desk: desk)
        if let page = gone(pinned, context: context, desk: desk, form: context.form) {
            if quick { throw NotWritten() }
            return page
        }
        let (step, visit) = try waiting(context, pinned: pinned, roster: roster)
        if let cut = context.uploadCut {
            if quick { throw NotWritten() }
            // The file was past the limit: the form again, as typed, the message at the upload.
            var page = StepPage(pinned: pinned, step: step, visit: visit, context: context, now: desk.clock.now(), time: desk.time(context.language))
            page.form = context.form
            page.errors = [cut.hasPrefix("of.") ? "o." + cut.dropFirst(3) : cut:
                            Catalog.Serve.fileTooLarge(CSRFMiddleware.size(desk.configuration.maxUpload))]
            return HTMLPage.response(page.render(), status: .contentTooLarge)
        }
        let name = context.operatorName ?? "", form = context.form, stepID = step.id.value
        let actor = Desk.actor(name, in: pinned.sop, roster: roster)
        let seen = Int(form["versi"] ?? "")
        let clock = desk.clock
        let outcome = try await desk.commit(pinned.state.id, seen: seen, step: stepID, kept: context.caseAtHead,
                                            session: quick ? context.unreadSession : nil, build: { current, store in
            // On the case as stored now: the step must still wait in the same role.
            guard let now = current.state.visit(of: stepID), now.role == visit.role else {
                return .failure(ValidationFailure(messages: ["": Words.notWaiting]))
            }
            return try StepForm.build(form, step: step, pinned: current, actor: actor, now: clock.now().wholeMilliseconds) { bytes, file in
                do { return try store.saveAttachment(bytes, name: file) } catch let error as StoreError { throw PageError.store(error) }
            }
        }, role: { _ in actingRole(name, on: visit, roster: roster, sop: pinned.sop) ?? visit.role }, operatorName: name)
        let time = desk.time(context.language)
        if quick { guard case .written = outcome else { throw NotWritten() } }
        switch outcome {
        case .written(let state):
            return HTMLPage.redirect(WorklistRoutes.next(after: state, actor: actor))
        case .invalid(let failure):
            var page = StepPage(pinned: pinned, step: step, visit: visit, context: context, now: desk.clock.now(), time: time)
            page.form = form
            page.errors = failure.messages
            return HTMLPage.response(page.render(), status: failure.unsupportedType ? .unsupportedMediaType : .unprocessableContent)
        case .stale(let theirs, _):
            let fresh = try await desk.pinned(pinned.state.id)
            let banner = CaseActions.stale(theirs, me: name, language: context.language)
            guard let again = fresh.state.visit(of: stepID), fresh.state.status == .open else {
                return gone(fresh, context: context, desk: desk, form: form)
                    ?? HTMLPage.response(Layout.page(Words.staleTitle.text(context.language), context: context,
                                                     body: banner + CaseActions.render(fresh, context: context)),
                                         status: .conflict)
            }
            var page = StepPage(pinned: fresh, step: step, visit: again, context: context, now: desk.clock.now(), time: time)
            page.banner = banner
            // What the operator typed stays in the form (what the other desk gave is shown as given).
            page.form = form
            return HTMLPage.response(page.render(), status: .conflict)
        }
    }

    static func correct(_ context: DeskContext, desk: Desk) async throws -> Response {
        let (pinned, roster) = try await load(context, desk: desk)
        let form = context.form, name = context.operatorName ?? ""
        let actor = Desk.actor(name, in: pinned.sop, roster: roster)
        let (stepID, targetName, itemName, pass) = try CorrectionItem.parse(form)
        if stepID.isEmpty, targetName.isEmpty, itemName.isEmpty {
            // Sent on "pilih…" (a browser that ignores `required`, or a hand-made request): said at the choice.
            return HTMLPage.response(TimelinePage.render(pinned, context: context, time: desk.time(context.language), now: desk.clock.now(),
                                                         form: form, errors: ["butir": Catalog.WebCorrections.chooseAnswer]),
                                     status: .unprocessableContent)
        }
        let branch = targetName == "cabang"
        guard branch || CaseEvent.Correction.Target(rawValue: targetName) != nil else {
            throw PageError(.badRequest, Words.malformed)
        }
        let target = CaseEvent.Correction.Target(rawValue: targetName) ?? .field
        // The role of the visit corrected (the pass chosen, else the step's latest): the role the
        // correction is written in. A pass the case did not make is refused by the engine below,
        // in the words of `sop correct --kunjungan`.
        let visits = pinned.state.active + pinned.state.completed
        let visit = pass.map { pass in visits.first { $0.step == stepID && $0.visit == pass } }
            ?? pinned.state.active.last(where: { $0.step == stepID }) ?? pinned.state.completed.last(where: { $0.step == stepID })
        // Its own role, or one of its joint roles (`bersama`, F17) the operator holds: that one.
        let correctingRole = visit.flatMap { actingRole(name, on: $0, roster: roster, sop: pinned.sop) }
        if let visit, correctingRole == nil {
            throw RoleNeeded.forCorrection(visit, sop: pinned.sop)
        }
        for (key, limit) in [("nilai", TextLimit.field), ("alasan", TextLimit.text)] {
            let given = (form[key] ?? "").count
            guard given > limit else { continue }
            return HTMLPage.response(TimelinePage.render(pinned, context: context, time: desk.time(context.language), now: desk.clock.now(),
                                                         form: form, errors: [key: Catalog.WebForms.tooLong(limit: limit, given: given)]),
                                     status: .unprocessableContent)
        }
        let value = form["nilai"] ?? ""
        let command: @Sendable (String) -> Command = { reason in
            branch ? .correctBranch(step: stepID, branch: value, reason: reason)
                : .correct(step: stepID, target: target, name: itemName, value: value, attachment: nil, reason: reason, visit: pass)
        }
        let outcome = try await desk.commit(pinned.state.id, seen: nil, step: nil, build: { current, _ in
            let at = desk.clock.now().wholeMilliseconds
            do {
                // A form sent twice, or a value already recorded, is refused by the engine (under Nilai baru).
                return .success(try current.engine.execute(command(form.text("alasan")), on: current.state, by: actor, at: at))
            } catch {
                return .failure(ValidationFailure(messages: Self.correctionProblems(form, engine: current.engine, state: current.state, actor: actor,
                                                                                    at: at, command: command)))
            }
        }, role: { _ in correctingRole ?? visit?.role }, operatorName: name)
        switch outcome {
        case .written:
            // Post/Redirect/Get: a reload of the page that follows sends nothing again.
            return HTMLPage.redirect("/kasus/\(segment(pinned.state.id.rawValue))?koreksi=disimpan")
        case .invalid(let failure):
            return HTMLPage.response(TimelinePage.render(pinned, context: context, time: desk.time(context.language), now: desk.clock.now(),
                                                         form: form, errors: failure.messages),
                                     status: .unprocessableContent)
        case .stale:
            throw PageError(.conflict, Words.staleTitle)
        }
    }

    /// Every refusal of a correction at once, each at the control it is about, in the engine's
    /// own words (`sop correct`'s): the engine checks the choice (step, pass, answer, role)
    /// before the reason and the reason before the value, so the form is tried without a
    /// reason (what it refuses then, other than the missing reason, is the choice) and with one
    /// (what it refuses then is the value).
    static func correctionProblems(_ form: FormData, engine: Engine, state: CaseState, actor: Operator, at: Date,
                                   command: (String) -> Command) -> [String: Localized] {
        func refusal(_ reason: String) -> Localized? {
            do {
                _ = try engine.execute(command(reason), on: state, by: actor, at: at)
                return nil
            } catch {
                return error.message
            }
        }
        let needsReason = Catalog.ServiceDesk.correctionNeedsReason
        if let choice = refusal(""), choice != needsReason { return ["butir": Catalog.WebRefusals.web(choice)] }
        var problems: [String: Localized] = [:]
        let reason = form.text("alasan")
        if reason.isEmpty { problems["alasan"] = Catalog.WebRefusals.web(needsReason) }
        if let value = refusal(reason.isEmpty ? "-" : reason) { problems["nilai"] = Catalog.WebRefusals.web(value) }
        return problems
    }

    /// Pause, resume, cancel: only by whoever holds the role of a step waiting in the case, in
    /// that role, as at the terminal (where they are done from the step being worked on). A
    /// holder of another role of the SOP is refused (403), even with a hand-made request.
    static func caseCommand(_ command: Command, context: DeskContext, desk: Desk) async throws -> Response {
        let (pinned, roster) = try await load(context, desk: desk, action: true)
        let name = context.operatorName ?? ""
        var acting = Desk.actor(name, in: pinned.sop, roster: roster)
        guard let active = pinned.state.active.first(where: { acting.plays($0.role) }) else {
            // A joint row's other role (`bersama`) is told that this stays with the step's own role.
            if let joint = pinned.engine.jointRoleStopRefusal(pinned.state, by: acting) { throw PageError(.forbidden, joint) }
            throw RoleNeeded.forCaseAction(pinned)
        }
        acting.roles = [active.role] + acting.roles.filter { $0 != active.role }
        let actor = acting, clock = desk.clock
        let outcome = try await desk.commit(pinned.state.id, seen: nil, step: nil, build: { current, _ in
            do {
                return .success(try current.engine.execute(command, on: current.state, by: actor, at: clock.now().wholeMilliseconds))
            } catch let error as EngineError {
                return .failure(ValidationFailure(messages: ["": Catalog.WebRefusals.web(error.message)]))
            }
        }, role: { _ in actor.roles.first }, operatorName: name)
        switch outcome {
        case .written(let state):
            if case .resume = command {
                let next = WorklistRoutes.next(after: state, actor: actor)
                return HTMLPage.redirect(next + (next.contains("?") ? "&" : "?") + PausedCase.resumedQuery)
            }
            return HTMLPage.redirect("/kasus/\(segment(state.id.rawValue))")
        case .invalid(let failure):
            if case .cancel(let reason) = command {
                return HTMLPage.response(CancelPage.render(pinned, context: context, reason: reason, error: failure.messages[""]),
                                         status: .unprocessableContent)
            }
            throw PageError(.conflict, failure.messages[""] ?? Words.notWaiting)
        case .stale:
            throw PageError(.conflict, Words.staleTitle)
        }
    }
}
