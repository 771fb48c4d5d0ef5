import SOPCore
import SOPEngine
import SOPModel

/// A 403 that says which role the refused page or write needs, by the name the SOP prints for
/// it, and that the operator does not hold it (never the generic refusal, never a role id).
enum RoleNeeded {
    typealias Words = Catalog.WebRoles

    /// The SOP's name for a role (its id when the SOP does not list it).
    static func name(_ role: String, in sop: SOP) -> String { sop.actor(role)?.lineName ?? role }

    static func label(_ step: Step) -> String { step.number ?? step.id.value }

    /// A case's pages for someone holding no staff role of its SOP; on a step's page, that
    /// step's role.
    static func forCase(_ pinned: PinnedCase, step stepID: String?) -> PageError {
        let sop = pinned.sop
        if let stepID, let step = sop.step(stepID), let visit = pinned.state.visit(of: stepID) {
            return forStep(step, role: visit.role, sop: sop)
        }
        let staff = sop.actors.filter(\.kind.operatesSystem).map(\.lineName)
        return PageError(.forbidden, Words.caseNeedsRole(staff, nomor: sop.nomor))
    }

    /// `caseID`: the case of a colleague's step, whose timeline the operator may read (they hold
    /// another role of its SOP): the page says whose step it is and links to the case (tester 20's
    /// finding 14: "Tidak dapat dilayani" with only the way back to the worklist).
    static func forStep(_ step: Step, role: String, sop: SOP, caseID: String? = nil) -> PageError {
        guard let caseID else { return PageError(.forbidden, Words.stepNeedsRole(name(role, in: sop), step: label(step))) }
        var error = PageError(.forbidden, Words.colleaguesStep(name(role, in: sop), step: label(step), case: caseID))
        error.title = Words.colleaguesStepTitle
        error.link = ("/kasus/\(segment(caseID))", Words.readCase(caseID))
        return error
    }

    static func toStart(_ sop: SOP, role: String?) -> PageError {
        PageError(.forbidden, Words.startNeedsRole(role.map { name($0, in: sop) } ?? "-", nomor: sop.nomor))
    }

    static func forCorrection(_ visit: StepVisit, sop: SOP) -> PageError {
        let step = sop.step(visit.step).map(label) ?? visit.step
        return PageError(.forbidden, Words.correctionNeedsRole(name(visit.role, in: sop), step: step))
    }

    static func forCaseAction(_ pinned: PinnedCase) -> PageError {
        var roles: [String] = []
        for visit in pinned.state.active where !roles.contains(name(visit.role, in: pinned.sop)) {
            roles.append(name(visit.role, in: pinned.sop))
        }
        return PageError(.forbidden, Words.caseActionNeedsRole(roles))
    }

    /// The same, for the operator of `context`: one who works a waiting step only in one of its
    /// joint roles (`bersama`, F17) is told that this stays with the step's own role.
    static func forCaseAction(_ pinned: PinnedCase, context: DeskContext) -> PageError {
        if let roster = context.roster,
           let joint = pinned.engine.jointRoleStopRefusal(pinned.state, by: Desk.actor(context.operatorName ?? "", in: pinned.sop, roster: roster)) {
            return PageError(.forbidden, joint)
        }
        return forCaseAction(pinned)
    }

    /// Whether the operator may pause, resume or cancel the case: they hold the role of a step
    /// waiting in it (what `CaseRoutes.caseCommand` checks).
    static func mayAct(on pinned: PinnedCase, context: DeskContext) -> Bool {
        guard let roster = context.roster else { return false }
        let actor = Desk.actor(context.operatorName ?? "", in: pinned.sop, roster: roster)
        return pinned.state.active.contains { actor.plays($0.role) }
    }
}
