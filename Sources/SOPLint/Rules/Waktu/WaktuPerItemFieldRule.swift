import SOPCore
import SOPModel

/// A standard per item (`waktu_baku: {per: jumlah, tiap: 2 jam}`) counts the items from a
/// number field the case answers at this step or an earlier one (tester 22, finding 2).
struct WaktuPerItemFieldRule: SOPRule {
    let description = RuleDescription(
        id: "waktu-per-item-field", severity: .error, category: .mutuBaku,
        summary: Catalog.WaktuFromCase.Summary.perItemField,
        triggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Menerima permohonan
                    pelaksana: petugas
                    formulir: [{nama: lokasi, jenis: teks}]
                  - no: 2
                    uraian: Menguji setiap alat
                    pelaksana: petugas
                    mutu_baku: {waktu: 2 jam/alat, waktu_baku: {per: ↓lokasi, tiap: 2 jam}}
                  - no: 3
                    uraian: Menguji ulang
                    pelaksana: petugas
                    mutu_baku: {waktu: 1 jam/alat, waktu_baku: {per: ↓jumlah_alat, tiap: 1 jam}}
                  - no: 4
                    uraian: Menyegel
                    pelaksana: petugas
                    mutu_baku: {waktu: 10 menit/alat, waktu_baku: {per: ↓segel, tiap: 10 menit}}
                  - no: 5
                    uraian: Mencatat segel
                    pelaksana: petugas
                    formulir: [{nama: segel, jenis: angka}]
                """),
        ],
        nonTriggering: [
            .sop(steps: """
                  - no: 1
                    uraian: Menerima permohonan
                    pelaksana: petugas
                    formulir: [{nama: jumlah, jenis: angka}]
                  - no: 2
                    uraian: Menguji setiap alat
                    pelaksana: petugas
                    mutu_baku: {waktu: 2 jam/alat, waktu_baku: {per: jumlah, tiap: 2 jam}}
                  - no: 3
                    uraian: Menyegel
                    pelaksana: petugas
                    formulir: [{nama: segel, jenis: angka}]
                    mutu_baku: {waktu: 10 menit/segel, waktu_baku: {per: segel, tiap: 10 menit}}
                """),
        ])

    var needs: Set<SOPSection> { [.kegiatan] }

    func check(_ file: SOPFile, into findings: inout Findings) {
        let steps = file.sop.steps
        for (index, step) in steps.enumerated() {
            guard let perItem = step.mutuBaku.waktu?.perItem,
                let problem = CaseFieldReference.problem(perItem.field.value, key: "per", kind: .angka, at: index, in: steps)
            else { continue }
            findings.add(description, problem, at: file.location(perItem.field))
        }
    }
}
