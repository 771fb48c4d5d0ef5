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

    /// Keys of a step whose problems leave the flow unknown only where the step goes next: the
    /// rest of the flow stays knowable (not `id`, `no` or `baris`, which other steps and rows
    /// refer to).
    static let ownFlowStepKeys: Set<String> = [
        "lanjut", "keputusan", "paralel", "menunggu", "berhenti", "opsional", "panah", "penghubung", "garis_pendek",
        "keluar_lewat",
    ]

    /// The step (its index among all the file's steps, tables in order) whose own flow key holds
    /// `line`; nil when the line lies elsewhere.
    static func stepWithOwnFlow(line: Int, root: Mapping) -> Int? {
        let lists: [Sequence]
        if let steps = root["kegiatan"]?.sequence {
            lists = [steps]
        } else {
            lists = (root["tabel"]?.sequence?.items ?? []).compactMap { $0.mapping?["kegiatan"]?.sequence }
        }
        var offset = 0
        for (number, steps) in lists.enumerated() {
            let end = lists.dropFirst(number + 1).first?.mark.line
            for (index, item) in steps.items.enumerated() {
                let next = steps.items.dropFirst(index + 1).first?.mark.line ?? end
                guard item.mark.line <= line, next.map({ line < $0 }) ?? true else { continue }
                guard let mapping = item.mapping, let key = keyHolding(line, in: mapping, until: next),
                    ownFlowStepKeys.contains(key)
                else { return nil }
                return offset + index
            }
            offset += steps.items.count
        }
        return nil
    }

    /// How many steps the file writes (tables in order).
    static func writtenStepCount(root: Mapping) -> Int {
        if let steps = root["kegiatan"]?.sequence { return steps.items.count }
        return (root["tabel"]?.sequence?.items ?? []).reduce(0) { $0 + ($1.mapping?["kegiatan"]?.sequence?.items.count ?? 0) }
    }

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
