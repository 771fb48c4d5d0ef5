import SOPCore

/// The loader's part for arrows and joint lines as printed: a hidden plain arrow (`panah: tidak`),
/// short joint lines (`garis_pendek`) and exits through a box (`keluar_lewat`).
extension Constructor {
    /// `panah: tidak`: the step's plain arrow is not printed (the flow still goes on).
    func arrowHidden(_ view: ObjectView) -> Located<Bool>? {
        guard let node = view.node("panah") else { return nil }
        return Located(!view.boolean("panah", default: true), at: node.mark)
    }

    /// `garis_pendek` and `keluar_lewat`: lists of actor ids, like `bersama`.
    func drawnJoints(_ view: ObjectView, into drawn: inout DrawnFlow) {
        for key in ["garis_pendek", "keluar_lewat"] {
            guard let items = view.list(key) else { continue }
            let ids = items.compactMap { context.text($0, key: key, required: true).flatMap(context.identifier) }
            if key == "garis_pendek" { drawn.shortLines = ids } else { drawn.exitThrough = ids }
        }
    }
}
