import SOPCore
import SOPModel

/// A printed waktu read from one part of its text while another part is a number with a
/// misspelt unit: `10 menit – 15 mnt` is timed as 10 minutes and the `15 mnt` that alone is an
/// error (`waktu-format`) would pass with only a note (tester 12, F19). The language's rule
/// ("a cell that looks like a duration never leaves a step silently without a standard") says
/// the misspelt half is mistyped data, not text around the standard: a warning, so `--strict`
/// fails, with the cell as it likely was meant. The note `waktu-read-from-text` is then not given.
struct WaktuPartUnreadableRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-part-unreadable", severity: .warning, category: .mutuBaku,
        summary: Catalog.Waktu.Summary.waktuPartUnreadable,
        triggering: [
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: ↓10 menit – 15 mnt}}"),
            .sop(steps: "  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: ↓Paling lambat 2 jm setelah 1 hari kerja}}"),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 10 menit – 15 menit}}
                  - {uraian: Memeriksa berkas, pelaksana: petugas, mutu_baku: {waktu: "Pada jam kerja, paling lambat 30 menit untuk 2 berkas", waktu_baku: 30 menit}}
                  - {uraian: Menyerahkan, pelaksana: petugas, mutu_baku: {waktu: 10 menit – 15 mnt, waktu_baku: 10 menit}}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard let waktu = step.mutuBaku.waktu, let typo = Self.misspeltPart(of: waktu) else { continue }
            findings.add(description, Catalog.Waktu.waktuPartUnreadable(typo.part, read: typo.read, suggestion: typo.suggestion),
                         at: file.location(waktu.text))
        }
    }

    /// The part of a waktu read from text (no `waktu_baku` beside it) that is a number with a
    /// misspelt unit, the part read, and the whole cell with that part corrected.
    static func misspeltPart(of waktu: Waktu) -> (part: String, read: String, suggestion: String)? {
        guard waktu.stated == nil, waktu.conditional == nil, let read = waktu.readFrom else { return nil }
        let text = waktu.text.value
        guard let range = text.range(of: read) else { return nil }
        for part in [text[..<range.lowerBound], text[range.upperBound...]] {
            guard case .unreadable(let corrected?) = WaktuParser.read(String(part)) else { continue }
            let shown = Self.trimmed(part), fixed = Self.trimmed(Substring(corrected))
            guard !shown.isEmpty, !fixed.isEmpty, let at = part.range(of: shown) else { continue }
            var suggestion = text
            suggestion.replaceSubrange(at, with: fixed)
            return (shown, read, suggestion)
        }
        return nil
    }

    /// Without the punctuation and spaces that join it to the part read ("– 15 mnt" → "15 mnt").
    private static func trimmed(_ part: Substring) -> String {
        let isJoin: (Character) -> Bool = { !$0.isLetter && !$0.isNumber }
        return String(part.drop(while: isJoin).reversed().drop(while: isJoin).reversed())
    }
}
