/// Identity sections printed as tables (`cetak.kolom`) and the identity block's rows beyond the
/// form's (`cetak.baris_tambahan`).
extension Catalog {
    public enum IdentityTables {}
}

extension Catalog.IdentityTables {
    public enum Summary {
        public static let sectionTable = Localized(
            id: "bagian identitas yang dicetak sebagai tabel: judul kolom dan jumlah sel tiap baris",
            en: "identity section printed as a table: its headings and each row's cells")
    }
}

extension Catalog.IdentityTables {
    public static func rowsWithoutColumns(_ key: String) -> Localized {
        Localized(id: "butir '\(key)' ditulis sebagai baris sel (tabel) tetapi judul kolomnya tidak ada; tulis 'cetak: {kolom: {\(key): [judul kolom seperti dicetak, …]}}'",
                  en: "items of '\(key)' are written as rows of cells (a table) but it has no column headings; write 'cetak: {kolom: {\(key): [headings as printed, …]}}'")
    }

    public static func cellCount(_ key: String, cells: Int, columns: [String]) -> Localized {
        Localized(id: "baris ini punya \(cells) sel, tabel '\(key)' punya \(columns.count) kolom (\(columns.joined(separator: ", "))); tulis satu sel per kolom, \"\" untuk sel yang dicetak kosong",
                  en: "this row has \(cells) cells, the table '\(key)' has \(columns.count) columns (\(columns.joined(separator: ", "))); write one cell per column, \"\" for a cell printed empty")
    }

    public static func noColumns(_ key: String) -> Localized {
        Localized(id: "'kolom' untuk '\(key)' tanpa judul kolom", en: "'kolom' for '\(key)' has no headings")
    }

    public static func tableAndParagraph(_ key: String) -> Localized {
        Localized(id: "'\(key)' ditulis sebagai tabel ('kolom') dan juga sebagai paragraf ('paragraf'): dicetak yang mana?",
                  en: "'\(key)' is written as a table ('kolom') and as a paragraph ('paragraf'): which one is printed?")
    }
}
