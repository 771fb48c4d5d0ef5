import SOPCore
import SOPModel

/// Two steps with one id. A step without `id` takes its printed number, so two steps sharing
/// a `no` (parallel work drawn in one row) each need an `id`.
struct StepDuplicateIDRule: SOPRule {
    let description = RuleDescription(
        id: "step-duplicate-id", severity: .error, category: .flow,
        summary: Catalog.Lint.Summary.stepDuplicateID,
        triggering: [
            .sop(steps: """
                  - {id: terima, uraian: Menerima berkas, pelaksana: petugas}
                  - {id: ↓terima, uraian: Memeriksa berkas, pelaksana: petugas}
                """),
            .sop(steps: """
                  - {no: 1, uraian: Membagi tugas, pelaksana: petugas, paralel: [2, 3]}
                  - {no: 2, uraian: Mencatat berkas, pelaksana: petugas, lanjut: 3}
                  - {no: ↓2, uraian: Memeriksa berkas, pelaksana: petugas, lanjut: 3}
                  - {no: 3, uraian: Menyerahkan berkas, pelaksana: petugas, menunggu: [2]}
                """),
        ],
        nonTriggering: [
            .sop(steps: RuleExample.splitAndJoin),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        var first = [String: Int](minimumCapacity: file.sop.steps.count)
        // By index: a step is read in place, not copied whole (only a duplicate is).
        for index in file.sop.steps.indices {
            guard let earlierIndex = first[file.sop.steps[index].id.value] else {
                first[file.sop.steps[index].id.value] = index
                continue
            }
            let step = file.sop.steps[index]
            let earlier = file.sop.steps[earlierIndex]
            var notes: [Diagnostic.Note] = [.init(Catalog.Lint.firstDeclaredHere, at: file.location(earlier.id))]
            if !step.idIsExplicit || !earlier.idIsExplicit { notes.append(.init(Catalog.Lint.sharedNumberNeedsIDs)) }
            findings.add(description, Catalog.Lint.stepDuplicate(step.id.value), at: file.location(step.id), notes: notes)
        }
    }
}
