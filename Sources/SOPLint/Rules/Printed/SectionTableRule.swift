import SOPCore
import SOPModel
import SOPYAML

/// An identity section the unit printed as a table (Pencatatan dan Pendataan as "No | Jenis
/// Catatan | Disimpan di") is written as rows of cells under the headings of `cetak.kolom`:
/// rows without headings, a row with more or fewer cells than the headings, headings without
/// any, or a section both a table and a paragraph cannot be printed as signed.
struct SectionTableRule: SOPRule {
    let description = RuleDescription(
        id: "section-table", severity: .error, category: .identity,
        summary: Catalog.IdentityTables.Summary.sectionTable,
        triggering: [
            .sop(identity: "pencatatan_pendataan:\n  - ↓[\"1\", Buku register, Front Office]"),
            .sop(identity: "pencatatan_pendataan:\n  - [\"1\", Buku register, Front Office]\n  - ↓[\"2\", Arsip izin]\ncetak: {kolom: {pencatatan_pendataan: [No, Jenis Catatan, Disimpan di]}}"),
            .sop(identity: "pencatatan_pendataan: [Arsip]\ncetak: {kolom: {↓pencatatan_pendataan: []}}"),
            .sop(identity: "peringatan: [[Izin terlambat]]\ncetak: {kolom: {peringatan: [Akibat]}, paragraf: [↓peringatan]}"),
        ],
        nonTriggering: [
            .sop(identity: "pencatatan_pendataan:\n  - [\"1\", Buku register, Front Office]\n  - [\"2\", Arsip izin, \"\"]\ncetak: {kolom: {pencatatan_pendataan: [No, Jenis Catatan, Disimpan di]}}"),
            .sop(identity: "pencatatan_pendataan: [Buku register, Arsip izin]\ncetak: {kolom: {pencatatan_pendataan: [Jenis Catatan]}}"),
            .sop(identity: "pencatatan_pendataan: [Buku register, Arsip izin]"),
        ])

    func check(_ file: SOPFile, into findings: inout Findings) {
        let identity = file.sop.identity
        let printing = identity.printing
        // Most SOPs print no section as a table: nothing to check.
        guard !printing.columns.isEmpty || !identity.tableRows.isEmpty else { return }
        for key in Printing.listKeys {
            let columns = printing.columns[key]
            if let columns, columns.isEmpty {
                findings.add(description, Catalog.IdentityTables.noColumns(key), at: file.printingKey("kolom", key))
                continue
            }
            if columns != nil, printing.paragraphs.contains(key) {
                findings.add(description, Catalog.IdentityTables.tableAndParagraph(key), at: file.printingItem("paragraf", key))
            }
            guard let columns else {
                // Rows of cells need headings; plain texts are the usual numbered list.
                if identity.tableRows[key] != nil,
                   let row = file.root[key]?.sequence?.items.first(where: { $0.sequence != nil }) {
                    findings.add(description, Catalog.IdentityTables.rowsWithoutColumns(key), at: file.location(row.mark, length: row.length))
                }
                continue
            }
            let items = identity.list(key) ?? []
            for (index, row) in identity.rows(of: key).enumerated() where row.count != columns.count && items.indices.contains(index) {
                findings.add(description, Catalog.IdentityTables.cellCount(key, cells: row.count, columns: columns.map(\.value)),
                             at: file.location(items[index]))
            }
        }
    }
}
