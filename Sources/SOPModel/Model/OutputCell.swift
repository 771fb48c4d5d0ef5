import SOPCore

/// An Output cell printed "-" (issue 10), as a Kelengkapan cell printed "-": held and printed
/// as written, and nothing is asked or recorded for it at the desk or on the web.
extension MutuBaku {
    /// The Output items the desk asks: none for a cell printed as a dash alone (`output: ["-"]`).
    public static func askedOutput(_ items: [Located<String>]) -> [Located<String>] {
        items.count == 1 && Kelengkapan.isDash(items[0].value) ? [] : items
    }
}

extension SOP {
    /// The Output items the desk asks for a step: its cell (or its row's), none for a "-" cell.
    public func askedOutput(of stepID: String) -> [Located<String>] {
        MutuBaku.askedOutput(output(of: stepID))
    }
}
