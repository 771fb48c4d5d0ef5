/// What tables as alternative procedures say: the question that chooses one, answers that need a
/// table, branches that cross from one alternative to another, each alternative's total.
extension Catalog {
    public enum AlternativeTables {}
}

extension Catalog.AlternativeTables {
    public enum Summary {
        public static let tableChoiceSingle = Localized(
            id: "alur_tabel: pilihan pada SOP yang tidak punya dua tabel atau lebih",
            en: "alur_tabel: pilihan in an SOP without two tables or more")
        public static let tableChoiceCrossing = Localized(
            id: "alur berpindah ke tabel lain padahal tabel-tabelnya prosedur pilihan",
            en: "the flow passes into another table although the tables are alternative procedures")
    }
}

extension Catalog.AlternativeTables {
    public static let tableChoiceSingle = Localized(
        id: "'alur_tabel: pilihan' berarti tiap tabel prosedur tersendiri, tetapi SOP ini tidak ditulis sebagai dua tabel atau lebih",
        en: "'alur_tabel: pilihan' makes each table its own procedure, but this SOP is not written as two tables or more")

    public static func tableChoiceCrossing(_ target: String, table: String) -> Localized {
        Localized(id: "'\(target)' ada di tabel lain (\(table)); tabel-tabel SOP ini prosedur pilihan, dan alur tidak berpindah tabel",
                  en: "'\(target)' is in another table (\(table)); this SOP's tables are alternative procedures, and the flow does not pass between them")
    }

    /// The question at the start of a case of an SOP whose tables are alternatives.
    public static let tableQuestion = Localized(
        id: "Tabel (prosedur) mana yang berlaku untuk kasus ini?",
        en: "Which table (procedure) applies to this case?")

    public static func unknownTable(_ answer: String, count: Int) -> Localized {
        Localized(id: "'\(answer)' tidak menunjuk satu tabel: ketik nomornya (1-\(count)) atau judulnya (atau bagian judul yang hanya ada di satu tabel)",
                  en: "'\(answer)' names no single table: type its number (1-\(count)) or its heading (or a part found in one heading only)")
    }

    public static func answersNeedTable(_ titles: [String]) -> Localized {
        Localized(id: "tabel-tabel SOP ini prosedur pilihan: berkas jawaban harus menyebut 'tabel:' (nomor atau judul): \(titles.joined(separator: "; "))",
                  en: "this SOP's tables are alternative procedures: the answers file must name 'tabel:' (number or heading): \(titles.joined(separator: "; "))")
    }

    public static let noTableChosen = Localized(
        id: "Tidak ada tabel dipilih; tidak ada kasus yang dibuka.",
        en: "No table chosen; no case was opened.")

    /// `sop show` and `sop list`: the total of each alternative table.
    public static func tableTotal(_ table: Int, _ title: String) -> Localized {
        Localized(id: "Tabel \(table) (\(title))", en: "Table \(table) (\(title))")
    }

    public static let alternativesNote = Localized(
        id: "Tabel-tabel di bawah ini prosedur pilihan: satu kasus menjalankan satu tabel, dipilih di awal kasus.",
        en: "The tables below are alternative procedures: a case runs one table, chosen at its start.")

    public static func chosenTable(_ table: Int, _ title: String) -> Localized {
        Localized(id: "Tabel \(table): \(title)", en: "Table \(table): \(title)")
    }
}
