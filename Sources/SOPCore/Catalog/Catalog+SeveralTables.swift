/// The names of an SOP printed as several tables: a table by its number and title, a row by its
/// table and the table's own numbering.
extension Catalog {
    public enum SeveralTables {}
}

extension Catalog.SeveralTables {
    /// The run screen's title in an SOP of several tables: the table and its own row numbering.
    public static func tableRow(_ table: String, _ row: Int, _ total: Int) -> Localized {
        Localized(id: "\(table) · Kegiatan \(row) dari \(total)", en: "\(table) · Step \(row) of \(total)")
    }

    public static func tableNumber(_ number: Int) -> Localized {
        Localized(id: "Tabel \(number)", en: "Table \(number)")
    }

    /// The table of an SOP printed as several: "Tabel 5 · Pengajuan Belanja Akun 522151".
    public static func table(_ number: Int, title: String?) -> Localized {
        Localized(id: "Tabel \(number)" + (title.map { " · " + $0 } ?? ""), en: "Table \(number)" + (title.map { " · " + $0 } ?? ""))
    }
}
