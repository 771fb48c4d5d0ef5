extension Roster {
    /// The read-only role of heads of unit and auditors: reads the cases, timelines and reports
    /// of its SOPs (all of the unit's, or one SOP's when granted for one), acts in no step and
    /// grants nothing. Like `pengelola-peran` it is no SOP actor: an event in it is refused
    /// where events are written (SQLite's check, PostgreSQL's trigger).
    public static let readerRole = "pimpinan"

    /// The roles that are no SOP actor: nobody acts in them.
    public static let deskRoles: Set<String> = [adminRole, readerRole]

    /// Whether the operator may read a case of the SOP `nomor` without acting in it: the roster
    /// administrator reads every case, `pimpinan` the cases of the SOPs it holds.
    public func reads(_ operatorName: String, sop nomor: String?) -> Bool {
        isAdmin(operatorName) || holds(operatorName, Self.readerRole, sop: nomor)
    }

    /// Whether the operator holds `pimpinan` for any SOP (the desk lets them in to read).
    public func readsAnySOP(_ operatorName: String) -> Bool {
        holdings.contains { $0.operatorName == operatorName && $0.role == Self.readerRole }
    }

    /// The SOPs the operator reads as `pimpinan` (nil in the set: every SOP of the unit).
    public func readerSOPs(_ operatorName: String) -> [String?] {
        holdings.filter { $0.operatorName == operatorName && $0.role == Self.readerRole }.map(\.sop)
    }
}

extension Roster {
    /// Whether the web desk lets the operator in: a role to act in, the roster administrator, or
    /// `pimpinan`. Who holds none of them is refused at login and, holding a session, logged out
    /// at their next request (`SessionMiddleware`).
    public func mayUseDesk(_ operatorName: String) -> Bool {
        !roles(of: operatorName, sop: nil).isEmpty || isAdmin(operatorName) || readsAnySOP(operatorName)
    }
}
