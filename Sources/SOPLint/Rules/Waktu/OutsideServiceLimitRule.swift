import SOPCore
import SOPModel

/// A row whose time is left out of the case's service limit (`di_luar_batas_layanan`: "Waktu
/// tidak termasuk waktu pembayaran retribusi oleh pemohon", tester 29, F1) in an SOP whose cases
/// have no service limit (`kasus: batas_layanan`): the key changes nothing, the case's due time
/// being the rows' longest path. Also a row said twice, on the row and in `kasus:`.
struct OutsideServiceLimitRule: SOPRule {
    let description = RuleDescription(
        id: "outside-service-limit", severity: .warning, category: .mutuBaku,
        summary: Catalog.ApplicantTime.ruleSummary,
        triggering: [
            .sop(steps: """
                  - {no: 1, uraian: Menerbitkan SKRD, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}
                  - {no: 2, uraian: Membayar retribusi, pelaksana: petugas, mutu_baku: {waktu: "-", di_luar_batas_layanan: ↓ya}}
                """),
            .sop(identity: "kasus: {di_luar_batas_layanan: [↓2]}", steps: """
                  - {no: 1, uraian: Menerbitkan SKRD, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}
                  - {no: 2, uraian: Membayar retribusi, pelaksana: petugas, mutu_baku: {waktu: "-"}}
                """),
            .sop(identity: "cetak: {total_waktu: 1 hari kerja}\nkasus: {batas_layanan: total, di_luar_batas_layanan: [↓2]}", steps: """
                  - {no: 1, uraian: Menerbitkan SKRD, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}
                  - {no: 2, uraian: Membayar retribusi, pelaksana: petugas, mutu_baku: {waktu: "-", di_luar_batas_layanan: ya}}
                """),
        ],
        nonTriggering: [
            // A printed total of working days and minutes is a service limit (tester 31, F2).
            .sop(identity: "cetak: {total_waktu: 9 (sembilan) hari kerja 35 menit}\nkasus: {batas_layanan: total, di_luar_batas_layanan: [3]}",
                 steps: """
                  - {no: 1, uraian: Menerima berkas, pelaksana: petugas, mutu_baku: {waktu: 35 menit}}
                  - {no: 2, uraian: Menerbitkan SKRD, pelaksana: petugas, mutu_baku: {waktu: 9 hari kerja}}
                  - {no: 3, uraian: Membayar retribusi, pelaksana: petugas, mutu_baku: {waktu: "-"}}
                """),
            .sop(identity: "cetak: {total_waktu: 1 hari kerja}\nkasus: {batas_layanan: total}", steps: """
                  - {no: 1, uraian: Menerbitkan SKRD, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}
                  - no: 2
                    uraian: Membayar retribusi
                    pelaksana: petugas
                    mutu_baku: {waktu: "-", waktu_baku: 30 hari, dihitung_sejak: 1, di_luar_batas_layanan: ya}
                """),
            .sop(identity: "cetak: {total_waktu: 1 hari kerja}\nkasus: {batas_layanan: total, di_luar_batas_layanan: [2]}", steps: """
                  - {no: 1, uraian: Menerbitkan SKRD, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja}}
                  - {no: 2, uraian: Membayar retribusi, pelaksana: petugas, mutu_baku: {waktu: "-"}}
                """),
            .sop(steps: """
                  - {no: 1, uraian: Menerbitkan SKRD, pelaksana: petugas, mutu_baku: {waktu: 1 hari kerja, di_luar_batas_layanan: tidak}}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let sop = file.sop
        let written = sop.steps.compactMap(\.mutuBaku.outsideServiceLimit) + sop.caseSettings.outsideServiceLimitRows
        guard !written.isEmpty else { return }
        if sop.caseSettings.serviceStandard == nil {
            // A batas_layanan written but unreadable is an error of its own, saying what to
            // write: telling to write one would ask for what is already written (tester 31, F2).
            guard sop.caseSettings.serviceStandardWritten == nil else { return }
            for place in written {
                findings.add(description, Catalog.ApplicantTime.withoutServiceLimit, at: file.location(place),
                             notes: [.init(Catalog.ApplicantTime.withoutServiceLimitFix)])
            }
            return
        }
        for row in sop.caseSettings.outsideServiceLimitRows {
            if let step = sop.steps.first(where: { ($0.id.value == row.value || $0.number == row.value) && $0.mutuBaku.outsideServiceLimit != nil }) {
                findings.add(description, Catalog.ApplicantTime.namedTwice(step.number ?? step.id.value), at: file.location(row))
            }
        }
    }
}
