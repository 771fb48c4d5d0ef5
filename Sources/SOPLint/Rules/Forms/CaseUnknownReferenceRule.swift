import SOPCore
import SOPModel

/// `kasus:` names a form field or a step that the SOP does not have: the case title would
/// stay empty, or no step would issue the receipt.
struct CaseUnknownReferenceRule: SOPRule {
    let description = RuleDescription(
        id: "case-unknown-reference", severity: .error, category: .forms,
        summary: Catalog.Lint.Summary.caseUnknownReference,
        triggering: [
            .sop(identity: "kasus: {judul: [↓nama_pelapor]}", steps: """
                  - uraian: Menerima berkas
                    pelaksana: petugas
                    formulir:
                      - {nama: nama, label: Nama pemohon, jenis: teks}
                """),
            .sop(identity: "kasus: {tanda_terima: ↓7}"),
        ],
        nonTriggering: [
            .sop(identity: "kasus: {judul: [nama], tanda_terima: 1}", steps: """
                  - no: 1
                    uraian: Menerima berkas
                    pelaksana: petugas
                    formulir:
                      - {nama: nama, label: Nama pemohon, jenis: teks}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let settings = file.sop.caseSettings
        let fields = file.sop.steps.flatMap { $0.form.map(\.name.value) }
        for name in settings.titleFields where !fields.contains(name.value) {
            let suggestion = Suggestion.closest(to: name.value, among: fields)
            findings.add(description, Catalog.Lint.caseUnknownField(name.value, known: fields), at: file.location(name),
                         notes: suggestion.map { [.init(Catalog.didYouMean($0))] } ?? [])
        }
        if let step = settings.receiptStep, file.sop.step(step.value) == nil {
            let ids = file.sop.steps.map(\.id.value)
            let suggestion = Suggestion.closest(to: step.value, among: ids)
            findings.add(description, Catalog.Lint.caseUnknownStep(step.value, known: ids), at: file.location(step),
                         notes: suggestion.map { [.init(Catalog.didYouMean($0))] } ?? [])
        }
    }
}
