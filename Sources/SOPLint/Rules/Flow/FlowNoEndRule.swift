import SOPCore
import SOPModel

/// No step leads to the end: not to `selesai`, and the last row does not fall off the table.
struct FlowNoEndRule: SOPRule {
    let description = RuleDescription(
        id: "flow-no-end", severity: .error, category: .flow,
        summary: Catalog.Lint.Summary.flowNoEnd,
        triggering: [
            RuleExample(RuleExample.sopText(marking: "kegiatan", steps: """
                  - {no: 1, uraian: Menerima berkas, pelaksana: petugas}
                  - {no: 2, uraian: Memeriksa berkas, pelaksana: petugas, lanjut: 1}
                """)),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerima berkas, pelaksana: petugas}
                  - {no: 2, uraian: Memeriksa berkas, pelaksana: petugas, lanjut: selesai}
                """),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard !file.sop.steps.isEmpty, !file.graph.reachesEnd(assumingUnknown: true).contains(true), !file.reachesUnreadableFlow,
            let key = file.keyLocation("kegiatan")
        else { return }
        findings.add(description, Catalog.Lint.noEnd, at: key)
    }
}
