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

    public static let kelengkapanMergedEmpty = Localized(
        id: "'kelengkapan_gabung_sampai' tanpa 'kelengkapan' di baris ini; tulis butir sel gabungan di baris pertamanya",
        en: "'kelengkapan_gabung_sampai' without a 'kelengkapan' on this row; write the merged cell's items on its first row")

    public static func kelengkapanMergedInner(_ id: String, first: String) -> Localized {
        Localized(id: "baris '\(id)' berada dalam sel kelengkapan gabungan dari '\(first)', tetapi menulis 'kelengkapan' sendiri; sel itu dicetak sekali dan diperiksa di baris '\(first)'",
                  en: "row '\(id)' lies inside the merged kelengkapan cell of '\(first)' but writes its own 'kelengkapan'; that cell is printed once and checked at row '\(first)'")
    }
}

extension Catalog.MergedCells {
    public static let outputMergedSummary = Localized(
        id: "sel output gabungan merujuk kegiatan yang salah, atau baris di dalamnya menulis output sendiri",
        en: "a merged output cell names a wrong step, or a row inside it writes its own output")

    public static func mergedNotLater(_ key: String, _ id: String) -> Localized {
        Localized(id: "'\(key): \(id)' harus merujuk kegiatan sesudah baris ini",
                  en: "'\(key): \(id)' must name a step after this row")
    }

    public static let outputMergedEmpty = Localized(
        id: "'output_gabung_sampai' tanpa 'output' di baris ini; tulis butir sel gabungan di baris pertamanya",
        en: "'output_gabung_sampai' without an 'output' on this row; write the merged cell's items on its first row")

    public static func outputMergedInner(_ id: String, first: String, last: String) -> Localized {
        Localized(id: "baris '\(id)' berada dalam sel output gabungan dari '\(first)', tetapi menulis 'output' sendiri; sel itu dicetak sekali dan dihasilkan di baris '\(last)'",
                  en: "row '\(id)' lies inside the merged output cell of '\(first)' but writes its own 'output'; that cell is printed once and produced at row '\(last)'")
    }

    public static let outputMergedExitSummary = Localized(
        id: "jalan keluar dari dalam sel output gabungan sebelum baris terakhirnya, tempat output dihasilkan",
        en: "an exit leaves a merged output cell before its last row, where the output is produced")

    public static func outputMergedExit(_ step: String, to target: String, first: String, last: String) -> Localized {
        Localized(id: "baris '\(step)' berada dalam sel output gabungan '\(first)'–'\(last)' dan keluar ke '\(target)' sebelum baris '\(last)': output sel itu dihasilkan di baris '\(last)', jadi kasus yang lewat jalan ini tidak menghasilkannya",
                  en: "row '\(step)' lies inside the merged output cell '\(first)'–'\(last)' and leaves to '\(target)' before row '\(last)': that cell's output is produced at row '\(last)', so a case going this way produces none")
    }

    public static let outputMergedExitFix = Localized(
        id: "bila jalan itu memang tidak menghasilkan output (berkas ditolak), tulis di atas baris itu '# sop-lint: disable-next-line output-merged-exit -- ALASAN'; bila menghasilkannya, akhiri sel gabungan sebelum baris itu",
        en: "when that way indeed produces no output (the file is refused), write '# sop-lint: disable-next-line output-merged-exit -- REASON' above that row; when it does, end the merged cell before that row")

    /// The desk on a row inside a merged Kelengkapan cell: where its items were checked.
    public static func kelengkapanElsewhere(first: String, last: String, at: String) -> Localized {
        Localized(id: "sel gabungan kegiatan \(first)–\(last), diperiksa di kegiatan \(at)",
                  en: "merged cell of steps \(first)–\(last), checked at step \(at)")
    }

    /// The desk on a row of a merged Output cell before its last: where its items are produced.
    public static func outputElsewhere(first: String, last: String, at: String) -> Localized {
        Localized(id: "sel gabungan kegiatan \(first)–\(last), dihasilkan di kegiatan \(at)",
                  en: "merged cell of steps \(first)–\(last), produced at step \(at)")
    }

    /// The desk on a row of a merged Waktu cell before its last: where the time is judged.
    public static func waktuElsewhere(first: String, last: String, at: String) -> Localized {
        Localized(id: "sel gabungan kegiatan \(first)–\(last), dinilai di kegiatan \(at)",
                  en: "merged cell of steps \(first)–\(last), judged at step \(at)")
    }
}

extension Catalog.MergedCells {
    public static let outputBoxSummary = Localized(
        id: "butir output 'oleh' tidak menunjuk kotak baris berkotak banyak tempat butir itu ditulis",
        en: "an output item's 'oleh' names no box of the row of several boxes it is written on")

    /// `{butir: Blanko SKHP, oleh: periksa}` on a row of one box, or naming a step of another row.
    public static func outputBoxNotInRow(_ item: String, box: String) -> Localized {
        Localized(id: "output '\(item)' ditulis 'oleh: \(box)', tetapi '\(box)' bukan kotak baris ini; 'oleh' hanya untuk baris berkotak banyak (paralel), ditulis di kotak pertamanya, dan menunjuk salah satu kotaknya",
                  en: "output '\(item)' is written 'oleh: \(box)', but '\(box)' is not a box of this row; 'oleh' is only for a row of several boxes (parallel), written on its first box, and names one of its boxes")
    }
}
