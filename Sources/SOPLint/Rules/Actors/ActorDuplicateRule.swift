import SOPCore
import SOPModel

/// Two actors with one id: steps could not say which column they belong to.
struct ActorDuplicateRule: SOPRule {
    let description = RuleDescription(
        id: "actor-duplicate", severity: .error, category: .actors,
        summary: Catalog.Lint.Summary.actorDuplicate,
        triggering: [
            .sop(actors: """
                  - {id: petugas, nama: Petugas, jenis: staf}
                  - {id: ↓petugas, nama: Petugas Loket, jenis: staf}
                """),
        ],
        nonTriggering: [
            .sop(actors: """
                  - {id: petugas, nama: Petugas, jenis: staf}
                  - {id: petugas-loket, nama: Petugas Loket, jenis: staf}
                """,
                 steps: "  - {uraian: Menerima berkas, pelaksana: petugas-loket, terlibat: [petugas]}"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        var first: [String: Located<String>] = [:]
        for actor in file.sop.actors {
            if let earlier = first[actor.id.value] {
                findings.add(description, Catalog.Lint.actorDuplicate(actor.id.value), at: file.location(actor.id),
                             notes: [.init(Catalog.Lint.firstDeclaredHere, at: file.location(earlier))])
            } else {
                first[actor.id.value] = actor.id
            }
        }
    }
}
