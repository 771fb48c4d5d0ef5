import Foundation
import SOPCore
import SOPModel

/// A printed waktu that says calendar and working time at once ("3 hari kalender kerja",
/// tester 12's F19): it has two readings that differ by the weekends and holidays between. The
/// cell is counted as calendar time until the writer chooses with `waktu_baku`, as for any cell
/// whose standard is not one clear duration; this warning names both readings.
struct WaktuBasisContradictoryRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-basis-contradictory", severity: .warning, category: .mutuBaku,
        summary: Catalog.Waktu.waktuBasisSummary,
        triggering: [
            .sop(steps: "  - {uraian: Memverifikasi berkas, pelaksana: petugas, mutu_baku: {waktu: ↓3 hari kalender kerja}}"),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {uraian: Memverifikasi berkas, pelaksana: petugas, mutu_baku: {waktu: 3 hari kerja}}
                  - {uraian: Memeriksa berkas, pelaksana: petugas, mutu_baku: {waktu: 3 hari kalender kerja, waktu_baku: 3 hari kerja}}
                  - {uraian: Menerbitkan izin, pelaksana: petugas, mutu_baku: {waktu: 1 minggu kerja}}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard let waktu = step.mutuBaku.waktu, waktu.stated == nil, waktu.conditional == nil,
                let readings = Self.readings(waktu.text.value)
            else { continue }
            findings.add(description, Catalog.Waktu.waktuBasis(waktu.text.value, calendar: readings.calendar, working: readings.working),
                         at: file.location(waktu.text),
                         notes: [.init(Catalog.Waktu.waktuBasisFix(calendar: readings.calendar, working: readings.working))])
        }
    }

    /// The two readings of a waktu that says "kalender" (or "berjalan") and "kerja" after one
    /// unit; nil for any other.
    static func readings(_ text: String) -> (calendar: String, working: String)? {
        // Cells without both words are nearly all of them: no pattern is compiled for those.
        let lowered = text.lowercased()
        guard lowered.contains("kerja"), lowered.contains("kalender") || lowered.contains("berjalan") else { return nil }
        let amount = #"(\d+(?:[.,]\d+)?(?:\s*-\s*\d+(?:[.,]\d+)?)?)\s*(?:\([^)]*\)\s*)?"#
        let unit = #"(hari|jam|menit|minggu|pekan)\s+(?:(?:kalender|berjalan)\s+kerja|kerja\s+(?:kalender|berjalan))\b"#
        guard let pattern = try? NSRegularExpression(pattern: "(?i)" + amount + unit),
            let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let number = Range(match.range(at: 1), in: text), let word = Range(match.range(at: 2), in: text)
        else { return nil }
        let base = String(text[number]) + " " + text[word].lowercased()
        return (base + " kalender", base + " kerja")
    }
}
