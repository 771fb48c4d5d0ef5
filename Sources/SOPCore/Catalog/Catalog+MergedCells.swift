/// Merged cells: a Kelengkapan cell merged over several rows, and a row under a merged Waktu cell.
extension Catalog {
    public enum MergedCells {}
}

extension Catalog.MergedCells {
    /// A row under a merged Waktu cell done before the cell's last row: judged there.
    public static func judgedWith(_ row: String, due: String?) -> Localized {
        guard let due else { return Localized(id: "dinilai bersama kegiatan \(row)", en: "judged with step \(row)") }
        return Localized(id: "dinilai bersama kegiatan \(row), batas \(due)", en: "judged with step \(row), due \(due)")
    }

    public static let kelengkapanMergedSummary = Localized(
        id: "sel kelengkapan gabungan merujuk kegiatan yang salah, atau baris di dalamnya menulis kelengkapan sendiri",
        en: "a merged kelengkapan cell names a wrong step, or a row inside it writes its own kelengkapan")

    public static func kelengkapanMergedNotLater(_ id: String) -> Localized {
        Localized(id: "'kelengkapan_gabung_sampai: \(id)' harus merujuk kegiatan sesudah baris ini",
                  en: "'kelengkapan_gabung_sampai: \(id)' must name a step after this row")
    }

    public static let kelengkapanMergedEmpty = Localized(
        id: "'kelengkapan_gabung_sampai' tanpa 'kelengkapan' di baris ini; tulis butir sel gabungan di baris pertamanya",
        en: "'kelengkapan_gabung_sampai' without a 'kelengkapan' on this row; write the merged cell's items on its first row")

    public static func kelengkapanMergedInner(_ id: String, first: String) -> Localized {
        Localized(id: "baris '\(id)' berada dalam sel kelengkapan gabungan dari '\(first)', tetapi menulis 'kelengkapan' sendiri; sel itu dicetak sekali dan diperiksa di baris '\(first)'",
                  en: "row '\(id)' lies inside the merged kelengkapan cell of '\(first)' but writes its own 'kelengkapan'; that cell is printed once and checked at row '\(first)'")
    }
}
