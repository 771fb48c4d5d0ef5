import SOPCore
import SOPModel

/// `kasus:` names a form field or a step that the SOP does not have: the case title would
/// stay empty, the receipt would miss a field it should print (`isian_tanda_terima`), no step
/// would issue the receipt, or list what the applicant handed in.
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
            .sop(identity: "kasus: {isian_tanda_terima: [↓noregister]}", steps: """
                  - uraian: Mencatat register
                    pelaksana: petugas
                    formulir:
                      - {nama: no_register, label: Nomor register, jenis: teks}
                """),
            .sop(identity: "kasus: {kelengkapan_diterima: [↓9]}"),
            .sop(identity: "cetak: {total_waktu: 1 hari kerja}\nkasus: {batas_layanan: total, di_luar_batas_layanan: [↓8]}"),
        ],
        nonTriggering: [
            .sop(identity: "kasus: {judul: [nama], tanda_terima: 1, kelengkapan_diterima: [1], isian_tanda_terima: [nama]}", steps: """
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
        let named = settings.titleFields.map { ($0, Catalog.Lint.caseUnknownField) }
            + settings.receiptFields.map { ($0, Catalog.Lint.receiptUnknownField) }
        for (name, message) in named where !fields.contains(name.value) {
            let suggestion = Suggestion.closest(to: name.value, among: fields)
            findings.add(description, message(name.value, fields), at: file.location(name),
                         notes: suggestion.map { [.init(Catalog.didYouMean($0))] } ?? [])
        }
        for row in settings.receivedRows + settings.outsideServiceLimitRows where !file.sop.steps.contains(where: { $0.id.value == row.value || $0.number == row.value }) {
            let ids = file.sop.steps.map(\.id.value)
            findings.add(description, Catalog.Lint.caseUnknownStep(row.value, known: ids), at: file.location(row),
                         notes: Suggestion.closest(to: row.value, among: ids).map { [.init(Catalog.didYouMean($0))] } ?? [])
        }
        if let step = settings.receiptStep, file.sop.step(step.value) == nil {
            let ids = file.sop.steps.map(\.id.value)
            let suggestion = Suggestion.closest(to: step.value, among: ids)
            findings.add(description, Catalog.Lint.caseUnknownStep(step.value, known: ids), at: file.location(step),
                         notes: suggestion.map { [.init(Catalog.didYouMean($0))] } ?? [])
        }
    }
}
