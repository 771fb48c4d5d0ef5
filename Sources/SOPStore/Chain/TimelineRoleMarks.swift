import SOPEngine

extension RoleMarks {
    /// The marks of a case's events, by the checks `sop db verify` makes: the roster's history
    /// (`RosterAudit.unheld`; nil: no roster to read) and the SOP revision the case follows, run by
    /// `engine` (`PinnedRevisionAudit.otherRole`).
    public init(_ events: [CaseEvent], engine: Engine, roster: [RosterEntry]?) {
        self.init(unheld: roster.map { RosterAudit(history: $0).unheld(events, sop: engine.sop.nomor) } ?? [],
                  otherRole: PinnedRevisionAudit(engine: engine).otherRole(events))
    }
}
