import SOPCore
import SOPModel

/// A Kelengkapan item ending in ':' followed by more items ("Penelitian data administratif :",
/// then "a. …", "b. …") reads as the cell's intro line, yet written as a plain item the desk asks
/// it as a requirement. The rule does not guess: it says so, and `{pengantar: …}` is the form
/// that prints the line as written and never asks it.
struct KelengkapanIntroAskedRule: SOPRule {
    let description = RuleDescription(
        id: "kelengkapan-intro-asked", severity: .warning, category: .mutuBaku,
        summary: Catalog.IntroLines.introAskedSummary,
        triggering: [
            .sop(steps: """
                  - uraian: Meneliti data administratif
                    pelaksana: petugas
                    mutu_baku:
                      kelengkapan:
                        - ↓"Penelitian data administratif :"
                        - a. data calon penerima Hibah;
                        - b. alasan menghibahkan BMN.
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - uraian: Meneliti data administratif
                    pelaksana: petugas
                    mutu_baku:
                      kelengkapan:
                        - {pengantar: "Penelitian data administratif :"}
                        - a. data calon penerima Hibah;
                        - b. alasan menghibahkan BMN.
                """),
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku:
                      kelengkapan: ["Surat pengantar: asli"]
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            let items = step.mutuBaku.kelengkapan
            for (index, item) in items.enumerated() where !item.isIntro && index < items.count - 1 {
                let text = item.text.value.trimmingWhitespace()
                guard text.hasSuffix(":") else { continue }
                findings.add(description, Catalog.IntroLines.introAsked(text), at: file.location(item.text))
            }
        }
    }
}
