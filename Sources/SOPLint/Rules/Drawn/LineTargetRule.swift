import SOPCore
import SOPModel

/// `garis_ke` draws a line from a box on to another box of its table (a line printed on past
/// its turn, joined there by another arrow). It must name a step of the SOP, in the same table;
/// `selesai` is no box.
struct LineTargetRule: SOPRule {
    let description = RuleDescription(
        id: "line-target", severity: .error, category: .flow,
        summary: Catalog.DrawnLines.Summary.lineTarget,
        triggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menyusun dokumen, pelaksana: petugas, garis_ke: ↓9}
                  - {no: 2, uraian: Mengesahkan dokumen, pelaksana: petugas}
                """),
            .sop(steps: """
                  - {no: 1, uraian: Menyusun dokumen, pelaksana: petugas, garis_ke: ↓selesai}
                  - {no: 2, uraian: Mengesahkan dokumen, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menyusun dokumen, pelaksana: petugas, garis_ke: 3}
                  - {no: 2, uraian: Mengesahkan dokumen, pelaksana: petugas}
                  - {no: 3, uraian: Melengkapi dokumen, pelaksana: petugas}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        // By index: a step is read in place, not copied whole.
        let steps = file.sop.steps
        for index in steps.indices {
            guard let line = steps[index].drawn.lineTo else { continue }
            let sop = file.sop, step = steps[index]
            guard case .step(let id) = line.value else {
                findings.add(description, Catalog.DrawnLines.lineTargetElsewhere, at: file.location(line))
                continue
            }
            guard let target = sop.stepIndex(id) else {
                let known = sop.steps.map(\.id.value).joined(separator: ", ")
                findings.add(description, Catalog.DrawnLines.lineTargetUnknown(id, known: known), at: file.location(line))
                continue
            }
            if sop.steps[target].drawn.table != step.drawn.table {
                findings.add(description, Catalog.DrawnLines.lineTargetElsewhere, at: file.location(line))
            }
        }
    }
}
