import SOPCore
import SOPModel

/// A kelengkapan or output item with no letter or digit ("-", "–", "."): an empty cell of the
/// printed table copied as an item. An empty list is `[]`, or the key left out. A Kelengkapan
/// or Output cell printed as a dash alone (`kelengkapan: ["-"]`, `output: ["-"]`) is what the unit
/// printed: it is printed "-" and nothing is asked at the desk, so it is not a finding.
struct MutuBakuEmptyItemRule: SOPRule {
    let description = RuleDescription(
        id: "mutu-baku-empty-item", severity: .warning, category: .mutuBaku,
        summary: Catalog.Lint.Summary.mutuBakuEmptyItem,
        triggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku:
                      kelengkapan: [KTP, ↓"-"]
                      output: [Berkas, ↓"–"]
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    mutu_baku:
                      kelengkapan: []
                      output: [Berkas (rangkap 2)]
                """),
            .sop(steps: """
                  - uraian: Membuat SK Tim
                    pelaksana: petugas
                    mutu_baku:
                      kelengkapan: ["-"]
                      output: [SK Tim]
                """),
            .sop(steps: """
                  - uraian: Meneruskan berkas
                    pelaksana: petugas
                    mutu_baku:
                      kelengkapan: [Berkas]
                      output: ["-"]
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        func check(_ item: Located<String>, _ key: String, into findings: inout Findings) {
            guard !Self.holdsSomething(item.value) else { return }
            findings.add(description, Catalog.Lint.emptyItem(item.value, key: key), at: file.location(item))
        }
        // By index: a step is read in place, not copied whole.
        let steps = file.sop.steps
        for index in steps.indices {
            let kelengkapan = steps[index].mutuBaku.kelengkapan
            // The cell printed "-" alone: held as printed, asked for nothing.
            if kelengkapan.count == 1, Kelengkapan.isDash(kelengkapan[0].text.value) {} else {
                for item in kelengkapan where !item.isIntro { check(item.text, "kelengkapan", into: &findings) }
            }
            let output = steps[index].mutuBaku.output
            // The Output cell printed "-" alone, likewise.
            if output.count == 1, Kelengkapan.isDash(output[0].value) { continue }
            for item in output { check(item, "output", into: &findings) }
        }
    }

    /// Whether the text has a letter or a digit (ASCII decided without Unicode tables).
    static func holdsSomething(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9": true
            case _ where scalar.isASCII: false
            default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            }
        }
    }
}
