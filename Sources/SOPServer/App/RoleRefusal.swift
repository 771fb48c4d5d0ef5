import SOPCore
import SOPEngine
import SOPModel

extension PageError {
    /// A store failure of a write: when the store's own roster check refused it (a role
    /// revoked between the page's check and the write, or never held), 403 in the page's own
    /// words; anything else as `store(_:)` says.
    static func refused(_ error: StoreError, operatorName: String, role: String?, steps: [String], sop: SOP) -> PageError {
        if case .unavailable(let message) = error {
            let role = role ?? ""
            let refusals = [Catalog.Roster.writeRefused(operatorName, role: role)]
                + steps.map { Catalog.Roster.notStepRole(operatorName, role: role, step: $0) }
            if refusals.contains(message) {
                if let step = steps.first.flatMap(sop.step) { return RoleNeeded.forStep(step, role: role, sop: sop) }
                return PageError(.forbidden, Catalog.WebRoles.caseActionNeedsRole([RoleNeeded.name(role, in: sop)]))
            }
        }
        return store(error)
    }
}
