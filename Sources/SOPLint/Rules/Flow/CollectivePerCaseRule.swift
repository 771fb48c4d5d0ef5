import SOPCore
import SOPModel

/// A row marked `kolektif: ya` (done once for many cases) that asks what each case answers for
/// itself: a form, a decision's branch, or a non-staff actor's step (tester 28, F6). Collective
/// completion would refuse it; the row is then done case by case.
struct CollectivePerCaseRule: SOPRule {
    let description = RuleDescription(
        id: "kolektif-per-kasus", severity: .warning, category: .flow,
        summary: Catalog.Collective.lintSummary,
        triggering: [
            .sop(steps: """
                  - uraian: Kepala Bidang menyetujui daftar penerbitan
                    pelaksana: petugas
                    kolektif: ↓ya
                    formulir:
                      - {nama: nomor_daftar, label: Nomor daftar, jenis: teks}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - uraian: Kepala Bidang menyetujui daftar penerbitan
                    pelaksana: petugas
                    kolektif: ya
                    mutu_baku:
                      kelengkapan: [Daftar penerbitan]
                      output: [Daftar penerbitan disetujui]
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for step in file.sop.steps {
            guard let mark = step.drawn.collective, mark.value else { continue }
            let label = step.number ?? step.id.value
            let at = file.location(mark.mark, length: 2)
            if step.isDecision {
                findings.add(description, Catalog.Collective.lintDecision(label), at: at, notes: [.init(Catalog.Collective.lintFix)])
            } else if !step.form.isEmpty {
                findings.add(description, Catalog.Collective.lintForm(label, fields: step.form.map(\.label)), at: at,
                             notes: [.init(Catalog.Collective.lintFix)])
            } else if let actor = file.sop.actor(step.performer.value), !actor.kind.operatesSystem {
                findings.add(description, Catalog.Collective.lintExternal(label, actor: actor.lineName), at: at,
                             notes: [.init(Catalog.Collective.lintFix)])
            }
        }
    }
}
