import SOPCore
import SOPModel

/// `alur_tabel: pilihan` makes each table an alternative procedure; an SOP written as one table
/// (`kegiatan`, or a single `tabel`) has nothing to choose from.
struct TableChoiceSingleRule: SOPRule {
    let description = RuleDescription(
        id: "table-choice-single", severity: .warning, category: .flow,
        summary: Catalog.AlternativeTables.Summary.tableChoiceSingle,
        triggering: [
            RuleExample("""
                nomor: "01"
                judul: Contoh
                alur_tabel: ↓pilihan
                pelaksana:
                  - {id: petugas, nama: Petugas, jenis: staf}
                kegiatan:
                  - {no: 1, uraian: Menerima berkas, pelaksana: petugas}
                """),
        ],
        nonTriggering: [RuleExample(twoTables(alur: "alur_tabel: pilihan\n", firstRow: ""))])

    /// An SOP of two tables (account codes), for this rule's and `table-choice-crossing`'s examples.
    static func twoTables(alur: String, firstRow: String) -> String {
        """
        nomor: "01"
        judul: Contoh
        \(alur)pelaksana:
          - {id: petugas, nama: Petugas, jenis: staf}
        tabel:
          - judul: Akun 521211
            kegiatan:
              - {no: 1, uraian: Menyusun dokumen, pelaksana: petugas\(firstRow)}
          - judul: Akun 521213
            kegiatan:
              - {no: 1, uraian: Menyusun SK, pelaksana: petugas}

        """
    }

    func check(_ file: SOPFile, into findings: inout Findings) {
        guard file.sop.tablesAreAlternatives, file.sop.tables.count < 2,
            let value = file.root["alur_tabel"]?.scalar
        else { return }
        findings.add(description, Catalog.AlternativeTables.tableChoiceSingle, at: file.location(value.mark, length: value.length))
    }
}
