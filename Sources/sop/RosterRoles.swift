import SOPCore
import SOPEngine
import SOPModel

/// The roles an operator acts in, once the roster is in force: `--as` only for roles held,
/// otherwise every role held. The store checks the same again where it writes.
extension DeskIdentity {
    /// For one SOP: `requested` (actor ids) must all be held; none requested means every staff
    /// role held for this SOP, the one of `preferred` first. Nil while the roster is not in force.
    func actingRoles(_ requested: [String], in sop: SOP, preferred: String? = nil,
                     language: Language) throws(CommandFailure) -> [String]? {
        guard roster.isEnforced else { return nil }
        let staff = sop.actors.filter(\.kind.operatesSystem).map(\.id.value)
        let held = roster.roles(of: name, sop: sop.nomor).filter(staff.contains)
        for role in requested where !held.contains(role) {
            throw CommandFailure(Catalog.Roster.roleNotHeld(name, role: role, sop: sop.nomor, held: held,
                                                            otherHolders: otherHolders([role], sop: sop.nomor)),
                                 language: language, exitCode: 1)
        }
        if !requested.isEmpty { return requested }
        guard !held.isEmpty else {
            throw CommandFailure(Catalog.Roster.noRoleHeld(name, sop: sop.nomor, otherHolders: otherHolders(staff, sop: sop.nomor)),
                                 language: language, exitCode: 1)
        }
        guard let preferred, held.contains(preferred) else { return held }
        return [preferred] + held.filter { $0 != preferred }
    }

    /// For worklists across SOPs: the roles asked for (each held for some SOP), else every role
    /// held; nil while the roster is not in force.
    func worklistRoles(_ requested: [String], language: Language) throws(CommandFailure) -> [String]? {
        guard roster.isEnforced else { return nil }
        let held = roster.roles(of: name, sop: nil)
        for role in requested where !held.contains(role) {
            throw CommandFailure(Catalog.Roster.roleNotHeld(name, role: role, sop: nil, held: held,
                                                            otherHolders: otherHolders([role], sop: nil)),
                                 language: language, exitCode: 1)
        }
        if !requested.isEmpty { return requested }
        if held.isEmpty, roster.isAdmin(name) || roster.readsAnySOP(name) {
            // A reading role: no worklist, but the cases (not "holds no role at all").
            let role = roster.isAdmin(name) ? Roster.adminRole : Roster.readerRole
            throw CommandFailure(Catalog.WebRoles.tasksReaderOnly(name, role: role), language: language, exitCode: 1)
        }
        guard !held.isEmpty else {
            let staff = Set(roster.holdings.map(\.role)).subtracting(Roster.deskRoles)
            throw CommandFailure(Catalog.Roster.noRoleHeld(name, sop: nil, otherHolders: otherHolders(Array(staff), sop: nil)),
                                 language: language, exitCode: 1)
        }
        return held
    }

    /// On a login that gave no `--operator` (SQLite: the name is the login's), how many other
    /// names hold one of `roles` for the SOP: a shared desk login, whose users each have their
    /// own name in the roster (tester 32, F5). Zero otherwise (PostgreSQL's user is who connects).
    func otherHolders(_ roles: [String], sop: String?) -> Int {
        guard !operatorGiven, store.authenticatedUser == nil else { return 0 }
        let names = roster.holdings.filter { holding in
            holding.operatorName != name && roles.contains(holding.role) && (sop == nil || holding.sop == nil || holding.sop == sop)
        }.map(\.operatorName)
        return Set(names).count
    }

    /// Whether a waiting step is one this operator may take (always, while the roster is not in force).
    func mayTake(_ task: TaskEntry) -> Bool {
        !roster.isEnforced || roster.holds(name, task.entry.role, sop: task.nomor)
    }
}
