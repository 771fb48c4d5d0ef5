import SOPCore

extension CaseState {
    /// The case's status as the lists and the case's header say it: a case ended by an outcome (an
    /// exit's `hasil`, an end box's `hasil_akhir`) says which, "selesai: Tidak memenuhi syarat".
    public var statusWords: Localized {
        if status == .completed, let outcome { return Catalog.DecisionExits.statusEndedBy(outcome) }
        return Catalog.Listing.status(status.rawValue)
    }
}
