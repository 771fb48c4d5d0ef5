import SOPCore

/// The loader's part for arrows as printed (issue 10, the drawn flow).
extension Constructor {
    /// `panah: tidak`: the step's plain arrow is not printed (the flow still goes on).
    func arrowHidden(_ view: ObjectView) -> Located<Bool>? {
        guard let node = view.node("panah") else { return nil }
        return Located(!view.boolean("panah", default: true), at: node.mark)
    }
}
