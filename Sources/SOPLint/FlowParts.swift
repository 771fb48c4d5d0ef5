import SOPYAML

/// Which structural problems leave the flow knowable (issue 10): a problem inside a step's cells,
/// form or text (an unknown key under `mutu_baku`, a list where text belongs in `keterangan`)
/// drops nothing the flow is made of, so the rules that follow the flow still run and their
/// findings come in the same run as the loader's. A problem in a step's number, id, row kind or
/// flow keys, or one that drops a whole step, makes the flow unknowable: those rules wait.
enum FlowParts {
    /// Keys of a step whose problems cannot change the flow.
    static let flowFreeStepKeys: Set<String> = [
        "uraian", "bagian", "pelaksana", "terlibat", "bersama", "simbol", "mutu_baku", "keterangan", "formulir",
        "dicatat_oleh", "label_lanjut", "hasil_akhir",
    ]
    /// Keys of a table (`tabel:`) whose problems cannot change the flow.
    static let flowFreeTableKeys: Set<String> = ["judul", "catatan", "nama_kolom", "pelaksana"]

    /// Whether a problem on `line` of the steps' section lies where it cannot change the flow.
    static func isFlowFree(line: Int, root: Mapping) -> Bool {
        if let steps = root["kegiatan"]?.sequence { return inStep(line, steps) ?? false }
        guard let tables = root["tabel"]?.sequence else { return false }
        for table in tables.items {
            guard let mapping = table.mapping, let key = keyHolding(line, in: mapping, until: nil) else { continue }
            if key == "kegiatan", let steps = mapping["kegiatan"]?.sequence { return inStep(line, steps) ?? false }
            return flowFreeTableKeys.contains(key)
        }
        return false
    }

    /// Whether the line lies in a flow-free key of one of the steps; nil when in none of them.
    private static func inStep(_ line: Int, _ steps: Sequence) -> Bool? {
        for (index, item) in steps.items.enumerated() {
            let next = steps.items.dropFirst(index + 1).first?.mark.line
            guard item.mark.line <= line, next.map({ line < $0 }) ?? true else { continue }
            guard let mapping = item.mapping, let key = keyHolding(line, in: mapping, until: next) else { return false }
            return flowFreeStepKeys.contains(key)
        }
        return nil
    }

    /// The key of a mapping whose key or value spans the line.
    private static func keyHolding(_ line: Int, in mapping: Mapping, until end: Int?) -> String? {
        for (index, pair) in mapping.pairs.enumerated() {
            let next = mapping.pairs.dropFirst(index + 1).map(\.key.mark.line).first
            if pair.key.mark.line <= line, line < (next ?? end ?? Int.max) { return pair.key.value }
        }
        return nil
    }
}
