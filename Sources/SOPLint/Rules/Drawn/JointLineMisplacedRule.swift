import SOPCore
import SOPModel

/// `garis_pendek` and `keluar_lewat` say how a `bersama` box is printed: its line short, or
/// the step's arrows to that actor's steps leaving from it. Both name actors of the step's
/// `bersama`; `keluar_lewat` also needs an arrow to a step of that actor.
struct JointLineMisplacedRule: SOPRule {
    let description = RuleDescription(
        id: "joint-line-misplaced", severity: .error, category: .actors,
        summary: Catalog.TableConnectors.Summary.jointLineMisplaced,
        triggering: [
            .sop(actors: actors, steps: """
                  - {no: 1, uraian: Pemeriksaan bersama, pelaksana: ppk, bersama: [penyedia], garis_pendek: [↓kpa]}
                  - {no: 2, uraian: Menutup berkas, pelaksana: ppk}
                """),
            .sop(actors: actors, steps: """
                  - {no: 1, uraian: Pemeriksaan bersama, pelaksana: ppk, bersama: [penyedia], keluar_lewat: [↓penyedia]}
                  - {no: 2, uraian: Menutup berkas, pelaksana: ppk}
                """),
        ],
        nonTriggering: [
            .sop(actors: actors, steps: """
                  - no: 1
                    uraian: Pemeriksaan bersama
                    pelaksana: ppk
                    bersama: [penyedia, kpa]
                    garis_pendek: [kpa]
                    keluar_lewat: [penyedia]
                    paralel: [ppk-2, penyedia-2]
                  - {no: 2, id: ppk-2, baris: terpisah, uraian: Pengawasan, pelaksana: ppk, lanjut: 3}
                  - {no: 2, id: penyedia-2, uraian: Pengawasan, pelaksana: penyedia, berhenti: ya}
                  - {no: 3, uraian: Menutup berkas, pelaksana: ppk}
                """),
        ])

    static let actors = """
          - {id: ppk, nama: PPK, jenis: staf}
          - {id: kpa, nama: KPA, jenis: staf}
          - {id: penyedia, nama: Penyedia, jenis: eksternal, dicatat_oleh: ppk}
        """

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps
        guard steps.contains(where: { !$0.drawn.shortLines.isEmpty || !$0.drawn.exitThrough.isEmpty }) else { return }
        let graph = FlowGraph(file.sop)
        for (index, step) in steps.enumerated() {
            let joint = Set(step.drawn.jointWith.map(\.value))
            for (key, ids) in [("garis_pendek", step.drawn.shortLines), ("keluar_lewat", step.drawn.exitThrough)] {
                for id in ids where !joint.contains(id.value) {
                    findings.add(description, Catalog.TableConnectors.jointLineNotJoint(key, id.value), at: file.location(id))
                }
            }
            for id in step.drawn.exitThrough where joint.contains(id.value) {
                let reaches = graph.successors(of: index).contains { edge in
                    guard case .step(let to)? = edge.node else { return false }
                    return steps[to].performer.value == id.value
                }
                if !reaches { findings.add(description, Catalog.TableConnectors.exitThroughWithoutArrow(id.value), at: file.location(id)) }
            }
        }
    }
}
