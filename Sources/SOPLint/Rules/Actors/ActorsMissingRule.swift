import SOPCore
import SOPModel

/// `pelaksana: []`: an SOP without actors has no columns to draw its steps in.
struct ActorsMissingRule: SOPRule {
    let description = RuleDescription(
        id: "actors-missing", severity: .error, category: .actors,
        summary: Catalog.Lint.Summary.actorsMissing,
        triggering: [
            RuleExample("""
                nomor: "01"
                judul: Contoh
                ↓pelaksana: []
                kegiatan:
                  - {uraian: Menerima berkas, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(),
        ])

    var needs: Set<SOPSection> { [.pelaksana] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard file.sop.actors.isEmpty, let key = file.keyLocation("pelaksana") else { return }
        findings.add(description, Catalog.Lint.noActors, at: key)
    }
}
