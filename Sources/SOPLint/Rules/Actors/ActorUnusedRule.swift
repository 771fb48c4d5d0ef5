import SOPCore
import SOPModel

/// An actor no step is performed by or involves: a column of the table that stays empty.
struct ActorUnusedRule: SOPRule {
    let description = RuleDescription(
        id: "actor-unused", severity: .warning, category: .actors,
        summary: Catalog.Lint.Summary.actorUnused,
        triggering: [
            .sop(actors: """
                  - {id: petugas, nama: Petugas, jenis: staf}
                  - {id: ↓kabid, nama: Kepala Bidang, jenis: staf}
                """),
        ],
        nonTriggering: [
            .sop(actors: """
                  - {id: petugas, nama: Petugas, jenis: staf}
                  - {id: kabid, nama: Kepala Bidang, jenis: staf}
                """,
                 steps: "  - {uraian: Menerima berkas, pelaksana: petugas, terlibat: [kabid]}"),
            .sop(actors: """
                  - {id: petugas, nama: Petugas, jenis: staf}
                  # sop-lint: disable-next-line actor-unused -- kolomnya tetap dicetak seperti pada dokumen asli
                  - {id: kabid, nama: Kepala Bidang, jenis: staf}
                """),
        ])

    var needs: Set<SOPSection> { [.pelaksana, .kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        var used = Set<String>()
        // By index: a step is read in place, not copied whole.
        let steps = file.sop.steps
        for index in steps.indices {
            used.insert(steps[index].performer.value)
            steps[index].involved.forEach { used.insert($0.value) }
            steps[index].drawn.jointWith.forEach { used.insert($0.value) }
        }
        var seen = Set<String>()
        for actor in file.sop.actors where seen.insert(actor.id.value).inserted && !used.contains(actor.id.value) {
            findings.add(description, Catalog.Lint.actorUnused(actor.id.value), at: file.location(actor.id))
        }
    }
}
