import SOPCore
import SOPModel
import SOPYAML

/// In a list written inline, YAML splits at every comma: `[Berkas A, B]` is two items, "Berkas A"
/// and "B". An item of one character, or one that starts with a lower-case joining word, after
/// a comma, following an item of several words, is most likely half of a cell the official
/// meant as one (a list of codes such as `[A, B]` is not). So is an item that starts in lower
/// case after one of several words that starts in upper case, the rest of a sentence:
/// `[Menyerahkan nota perbaikan, mengambil pc/laptop]` (a list written all in lower case,
/// `[formulir isian, surat pengantar]`, is not).
struct ListSplitAtCommaRule: SOPRule {
    let description = RuleDescription(
        id: "list-split-at-comma", severity: .note, category: .structure,
        summary: Catalog.Flow.Summary.listSplitAtComma,
        triggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku: {kelengkapan: [Berkas A, ↓B]}
                """),
            .sop(steps: """
                  - uraian: Menyerahkan hasil perbaikan
                    pelaksana: petugas
                    mutu_baku: {output: [Menyerahkan nota perbaikan, ↓mengambil pc/laptop]}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku: {kelengkapan: [KTP, KK, "Berkas A, B"]}
                """),
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku: {kelengkapan: [formulir isian, surat pengantar], output: [Nota perbaikan, PC/laptop]}
                """),
        ])

    static let joiningWords = ["dan ", "atau ", "serta ", "dll", "dsb", "dst"]

    func check(_ file: SOPFile, into findings: inout Findings) {
        visit(.mapping(file.root), file: file, findings: &findings)
    }

    private func visit(_ node: Node, file: SOPFile, findings: inout Findings) {
        switch node {
        case .scalar: return
        case .mapping(let mapping):
            for pair in mapping.pairs { visit(pair.value, file: file, findings: &findings) }
        case .sequence(let sequence):
            for (position, item) in sequence.items.enumerated() {
                // The cheap tests first: the source line is read only for a likely half cell.
                guard position > 0, let scalar = item.scalar, scalar.style == .plain,
                    let previous = sequence.items[position - 1].scalar, previous.value.contains(" "),
                    scalar.value.count == 1 || Self.joiningWords.contains(where: { scalar.value.hasPrefix($0) })
                        || Self.continuesASentence(scalar.value, after: previous.value),
                    afterComma(scalar.mark, in: file)
                else {
                    visit(item, file: file, findings: &findings)
                    continue
                }
                findings.add(description, Catalog.Flow.listSplitAtComma(previous.value, scalar.value),
                             at: file.location(scalar.mark, length: scalar.length))
            }
        }
    }

    /// An item in lower case after one starting in upper case: the rest of the same sentence.
    static func continuesASentence(_ item: String, after previous: String) -> Bool {
        guard let first = item.first, let start = previous.first else { return false }
        return first.isLowercase && start.isUppercase
    }

    /// Whether the text before the mark, past spaces, is a comma on the same line.
    private func afterComma(_ mark: Mark, in file: SOPFile) -> Bool {
        guard let line = file.source.line(mark.line) else { return false }
        let before = Array(line.unicodeScalars.prefix(max(0, mark.column - 1)))
        return before.last(where: { $0 != " " }) == ","
    }
}
