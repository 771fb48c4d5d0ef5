import SOPCore
import SOPModel

/// `nama_kolom` gives an actor column's heading as printed in one table: each key must be an
/// actor column of that table (its `pelaksana`, or, when that is not written, a declared actor).
struct TableColumnNameUnknownRule: SOPRule {
    let description = RuleDescription(
        id: "table-column-name-unknown", severity: .error, category: .actors,
        summary: Catalog.JointBoxes.Summary.columnNameUnknown,
        triggering: [
            RuleExample("""
                nomor: "01"
                judul: Contoh
                pelaksana:
                  - {id: ppk, nama: Proyek Keuangan/PPK, jenis: staf}
                  - {id: kpa, nama: KPA, jenis: staf}
                tabel:
                  - judul: Pengajuan Belanja Akun 524111
                    pelaksana: [ppk]
                    nama_kolom: {↓kpa: KPA/ PA}
                    kegiatan:
                      - {no: 1, uraian: Memeriksa SPBy, pelaksana: ppk}
                      - {no: 2, uraian: Menyetujui, pelaksana: ppk, bersama: [kpa]}
                """),
        ],
        nonTriggering: [
            RuleExample("""
                nomor: "01"
                judul: Contoh
                pelaksana:
                  - {id: ppk, nama: Proyek Keuangan/PPK, jenis: staf}
                tabel:
                  - judul: Pengajuan Belanja Akun 524111
                    pelaksana: [ppk]
                    nama_kolom: {ppk: Proyek Keuangan/ PPK}
                    kegiatan:
                      - {no: 1, uraian: Memeriksa SPBy, pelaksana: ppk}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let declared = file.sop.actors.map(\.id.value)
        for table in file.sop.tables {
            let columns = table.columns.isEmpty ? declared : table.columns.map(\.value)
            for (id, _) in table.columnNames where !columns.contains(id.value) {
                findings.add(description, Catalog.JointBoxes.columnNameUnknown(id.value, columns: columns), at: file.location(id))
            }
        }
    }
}
