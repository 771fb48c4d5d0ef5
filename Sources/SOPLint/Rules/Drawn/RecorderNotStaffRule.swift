import SOPCore
import SOPModel

/// `dicatat_oleh` names the staff role that records a non-staff actor's steps: it must be a
/// declared actor of kind `staf` (only staff run `sop`).
struct RecorderNotStaffRule: SOPRule {
    let description = RuleDescription(
        id: "recorder-not-staff", severity: .error, category: .actors,
        summary: Catalog.Flow.Summary.recorderNotStaff,
        triggering: [
            .sop(actors: """
                  - {id: petugas, nama: Petugas, jenis: staf}
                  - {id: aplikasi, nama: Aplikasi, jenis: sarana, dicatat_oleh: ↓pemohon}
                  - {id: pemohon, nama: Pemohon, jenis: eksternal}
                """, steps: """
                  - {uraian: Mengisi formulir, pelaksana: pemohon}
                  - {uraian: Memverifikasi data, pelaksana: aplikasi}
                  - {uraian: Mencetak bukti, pelaksana: petugas}
                """),
        ],
        nonTriggering: [
            .sop(actors: """
                  - {id: petugas, nama: Petugas, jenis: staf}
                  - {id: aplikasi, nama: Aplikasi, jenis: sarana, dicatat_oleh: petugas}
                """, steps: """
                  - {uraian: Memverifikasi data, pelaksana: aplikasi}
                  - {uraian: Mencetak bukti, pelaksana: petugas}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let written = file.sop.actors.compactMap(\.recordedBy) + file.sop.steps.compactMap(\.drawn.recordedBy)
        for recorder in written where file.sop.actor(recorder.value)?.kind.operatesSystem != true {
            findings.add(description, Catalog.Flow.recorderNotStaff(recorder.value), at: file.location(recorder))
        }
    }
}
