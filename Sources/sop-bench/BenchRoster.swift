import Foundation
import SOPEngine

/// SOP_BENCH_ROSTER=1: the cases run with the roster in force, so that every event passes the
/// store's role check (the trigger in SQLite, the server's on PostgreSQL). The operator is the
/// database user on PostgreSQL ("bench" on SQLite), granted every staff role once.
enum BenchRoster {
    static var enabled: Bool { ProcessInfo.processInfo.environment["SOP_BENCH_ROSTER"] == "1" }

    /// The operator name to run as, after granting it the roles if the roster lacks them.
    static func prepare(_ store: any CaseStore, roles: [String]) throws -> String {
        guard enabled, let roster = store as? RosterStore else { return "bench" }
        let name = roster.authenticatedUser ?? "bench"
        var current = Roster(history: try roster.rosterHistory())
        for role in [Roster.adminRole] + roles where !current.holds(name, role, sop: nil) {
            let entry = RosterEntry(sequence: current.nextSequence, at: Date(), by: name, action: .grant, operatorName: name,
                                    role: role, sop: nil)
            try roster.appendRoster(entry)
            current.apply(entry)
        }
        return name
    }
}
