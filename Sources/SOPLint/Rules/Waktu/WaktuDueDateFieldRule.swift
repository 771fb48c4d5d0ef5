import SOPCore
import SOPModel

/// A standard due on a date the case recorded (`waktu_baku: {sampai: tanggal_jadwal}`) reads
/// a date field answered before the step starts, and its hour (`jam`) from a field answered
/// before it too (tester 22, finding 5).
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
                    formulir: [{nama: tanggal_uji, jenis: tanggal}]
                    mutu_baku: {waktu: pada tanggal yang dijadwalkan, waktu_baku: {sampai: ↓tanggal_uji}}
                  - no: 4
                    uraian: Menyerahkan
                    pelaksana: petugas
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
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps
        for (index, step) in steps.enumerated() {
            guard let dueBy = step.mutuBaku.waktu?.dueBy else { continue }
            let fields: [(Located<String>, String, FormField.FieldType?)] =
                [(dueBy.dateField, "sampai", .tanggal)] + (dueBy.timeField.map { [($0, "jam", nil)] } ?? [])
            for (field, key, kind) in fields {
                guard let problem = CaseFieldReference.problem(field.value, key: key, kind: kind, at: index, in: steps,
                                                               atThisStep: false)
                else { continue }
                findings.add(description, problem, at: file.location(field))
            }
        }
    }
}
