import SOPCore
import SOPModel

/// `bersama` names the actors whose boxes are joined to the step's box by a plain line: each
/// must be declared, must not be the step's own performer, and is written once.
struct JointActorRule: SOPRule {
    let description = RuleDescription(
        id: "joint-actor", severity: .error, category: .actors,
        summary: Catalog.JointBoxes.Summary.jointActor,
        triggering: [
            .sop(actors: actors, steps: """
                  - {uraian: Menandatangani kontrak, pelaksana: ppk, bersama: [↓penyedi]}
                """),
            .sop(actors: actors, steps: """
                  - {uraian: Menandatangani kontrak, pelaksana: ppk, bersama: [↓ppk]}
                """),
            .sop(actors: actors, steps: """
                  - {uraian: Menandatangani kontrak, pelaksana: ppk, bersama: [penyedia, ↓penyedia]}
                """),
        ],
        nonTriggering: [
            .sop(actors: actors, steps: """
                  - {uraian: Menandatangani kontrak, pelaksana: ppk, bersama: [penyedia]}
                  - {uraian: Menerbitkan SPMK, pelaksana: ppk}
                """),
        ])

    static let actors = """
          - {id: ppk, nama: PPK, jenis: staf}
          - {id: penyedia, nama: Penyedia, jenis: eksternal}
        """

    func check(_ file: SOPFile, into findings: inout Findings) {
        let declared = Set(file.sop.actors.map(\.id.value))
        for step in file.sop.steps {
            var seen = Set<String>()
            for joint in step.drawn.jointWith {
                let message: Localized
                if !declared.contains(joint.value) {
                    message = Catalog.JointBoxes.jointUnknown(joint.value)
                } else if joint.value == step.performer.value {
                    message = Catalog.JointBoxes.jointIsPerformer(joint.value)
                } else if !seen.insert(joint.value).inserted {
                    message = Catalog.JointBoxes.jointTwice(joint.value)
                } else {
                    continue
                }
                findings.add(description, message, at: file.location(joint))
            }
        }
    }
}
