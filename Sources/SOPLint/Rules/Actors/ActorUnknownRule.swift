import SOPCore
import SOPModel

/// A step's pelaksana, or an actor in its `terlibat`, that `pelaksana` does not declare.
struct ActorUnknownRule: SOPRule {
    let description = RuleDescription(
        id: "actor-unknown", severity: .error, category: .actors,
        summary: Catalog.Lint.Summary.actorUnknown,
        triggering: [
            .sop(steps: """
                  - {uraian: Menerima berkas, pelaksana: petugas, terlibat: [↓kabid]}
                  - {uraian: Memeriksa berkas, pelaksana: ↓petugass}
                """),
        ],
        nonTriggering: [
            .sop(actors: """
                  - {id: petugas, nama: Petugas, jenis: staf}
                  - {id: kabid, nama: Kepala Bidang, jenis: staf}
                """,
                 steps: "  - {uraian: Menerima berkas, pelaksana: petugas, terlibat: [kabid]}"),
        ])

    var needs: Set<SOPSection> { [.pelaksana] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        var known = Set<String>()
        let declared = file.sop.actors.map(\.id.value).filter { known.insert($0).inserted }
        func report(_ reference: Located<String>, _ message: (String) -> Localized) {
            guard !reference.value.isEmpty, !known.contains(reference.value) else { return }
            let note = Suggestion.closest(to: reference.value, among: declared).map(Catalog.didYouMean)
                ?? Catalog.Lint.declaredActors(declared)
            findings.add(description, message(reference.value), at: file.location(reference), notes: [.init(note)])
        }
        // By index: a step is read in place, not copied whole.
        let steps = file.sop.steps
        for index in steps.indices {
            report(steps[index].performer, Catalog.Lint.actorUnknown)
            for involved in steps[index].involved { report(involved, Catalog.Lint.involvedUnknown) }
        }
    }
}
