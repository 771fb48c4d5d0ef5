import SOPCore
import SOPModel

/// In an SOP of several tables, a step's symbol is drawn in its performer's column of its own
/// table: the table's `pelaksana` must list that actor.
struct TableActorMissingRule: SOPRule {
    let description = RuleDescription(
        id: "table-actor-missing", severity: .error, category: .actors,
        summary: Catalog.Flow.tableActorMissingSummary,
        triggering: [
            RuleExample("""
                nomor: "01"
                judul: Contoh
                pelaksana:
                  - {id: petugas, nama: Petugas, jenis: staf}
                  - {id: kabid, nama: Kepala Bidang, jenis: staf}
                tabel:
                  - judul: A. Penerimaan
                    pelaksana: [petugas]
                    kegiatan:
                      - {no: 1, uraian: Menerima berkas, pelaksana: petugas}
                      - {no: 2, uraian: Memaraf berkas, pelaksana: ↓kabid}
                """),
        ],
        nonTriggering: [
            RuleExample("""
                nomor: "01"
                judul: Contoh
                pelaksana:
                  - {id: petugas, nama: Petugas, jenis: staf}
                  - {id: kabid, nama: Kepala Bidang, jenis: staf}
                tabel:
                  - judul: A. Penerimaan
                    pelaksana: [petugas, kabid]
                    kegiatan:
                      - {no: 1, uraian: Menerima berkas, pelaksana: petugas}
                      - {no: 2, uraian: Memaraf berkas, pelaksana: kabid}
                """),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        for table in file.sop.tables where !table.columns.isEmpty {
            let columns = Set(table.columns.map(\.value))
            let name = table.title?.value ?? String(file.sop.tables.firstIndex { $0.steps == table.steps }.map { $0 + 1 } ?? 0)
            for step in file.sop.steps[table.steps] where !columns.contains(step.performer.value) {
                findings.add(description, Catalog.Flow.tableActorMissing(step.performer.value, table: name),
                             at: file.location(step.performer))
            }
        }
    }
}
