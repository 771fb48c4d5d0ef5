import SOPCore

/// The name staff read for a step (desk5, an outside tester's finding 5): its row's printed
/// `no`, or for a row printed without one "tanpa nomor (sesudah 3)"; never its internal id,
/// which only the YAML and answers files use.
extension SOP {
    /// The step's row as printed, in both languages (see `printedRowLabel(of:_:)`).
    public func printedLabel(ofStep id: String) -> Localized? {
        stepIndex(id).map { Localized(id: printedRowLabel(of: $0, .id), en: printedRowLabel(of: $0, .en)) }
    }
}
