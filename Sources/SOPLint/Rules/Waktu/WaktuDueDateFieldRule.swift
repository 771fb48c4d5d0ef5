import SOPCore
import SOPModel

/// A standard due on a date the case recorded (`waktu_baku: {sampai: tanggal_jadwal}`) reads
/// a date field answered at this step or before it, and its hour (`jam`) likewise (tester 22,
/// finding 5). A date answered at the step itself sets the due once answered (tester 26,
/// finding 1: "paling lambat 2 bulan sebelum periode" on the first row).
struct WaktuDueDateFieldRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-due-date-field", severity: .error, category: .mutuBaku,
        summary: Catalog.WaktuFromCase.Summary.dueDateField,
        triggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Menetapkan jadwal
                    pelaksana: petugas
                    formulir: [{nama: jadwal, jenis: teks}, {nama: tanggal_jadwal, jenis: tanggal}]
                  - no: 2
                    uraian: Datang ke lokasi
                    pelaksana: petugas
                    mutu_baku: {waktu: sesuai jadwal, waktu_baku: {sampai: ↓jadwal}}
                  - no: 3
                    uraian: Menguji
                    pelaksana: petugas
                    mutu_baku: {waktu: pada tanggal yang dijadwalkan, waktu_baku: {sampai: ↓tanggal_uji}}
                  - no: 4
                    uraian: Menyerahkan
                    pelaksana: petugas
                    formulir: [{nama: tanggal_uji, jenis: tanggal}]
                    mutu_baku: {waktu: sesuai jadwal, waktu_baku: {sampai: tanggal_jadwal, jam: ↓jam_serah}}
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Menetapkan jadwal
                    pelaksana: petugas
                    formulir: [{nama: tanggal_jadwal, jenis: tanggal}, {nama: jam_jadwal, jenis: teks}]
                  - no: 2
                    uraian: Datang ke lokasi
                    pelaksana: petugas
                    mutu_baku: {waktu: sesuai jadwal, waktu_baku: {sampai: tanggal_jadwal, jam: jam_jadwal}}
                """),
            // The date answered at the row itself, the due set before it (tester 26, finding 1).
            .sop(steps: """
                  - no: 1
                    uraian: Menyampaikan berkas usul
                    pelaksana: petugas
                    formulir: [{nama: tmt_periode, jenis: tanggal}]
                    mutu_baku:
                      waktu: Paling lambat 2 (dua) bulan sebelum periode kenaikan pangkat
                      waktu_baku: {sampai: tmt_periode, sebelum: 2 bulan}
                """),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps
        for (index, step) in steps.enumerated() {
            guard let dueBy = step.mutuBaku.waktu?.dueBy else { continue }
            let fields: [(Located<String>, String, FormField.FieldType?)] =
                [(dueBy.dateField, "sampai", .tanggal)] + (dueBy.timeField.map { [($0, "jam", nil)] } ?? [])
            for (field, key, kind) in fields {
                guard let problem = CaseFieldReference.problem(field.value, key: key, kind: kind, at: index, in: steps)
                else { continue }
                findings.add(description, problem, at: file.location(field))
            }
        }
    }
}
