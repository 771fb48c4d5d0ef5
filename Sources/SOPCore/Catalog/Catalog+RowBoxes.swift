/// A row of several boxes as printed: the cells asked at its first or last box, the Waktu of a box
/// that continues its row, the run screen's title by the printed row, a row printed without a number.
extension Catalog {
    public enum RowBoxes {}
}

extension Catalog.RowBoxes {
    /// The Waktu line of a box that continues a pass through its row.
    public static func usedInRow(_ used: String, due: String?) -> Localized {
        if let due {
            return Localized(id: "terpakai \(used) sejak kotak pertama baris · batas \(due)",
                             en: "\(used) used since the row's first box · due \(due)")
        }
        return Localized(id: "terpakai \(used) sejak kotak pertama baris", en: "\(used) used since the row's first box")
    }

    /// A box done while its row goes on (the row's Output is asked at its last box).
    public static func partDone(_ step: String, actor: String, used: String) -> Localized {
        Localized(id: "✓ Bagian \(actor) dari kegiatan \(step) selesai; baris berlanjut, terpakai \(used) sejak kotak pertama",
                  en: "✓ \(actor)'s part of step \(step) done; the row goes on, \(used) used since its first box")
    }

    /// Kelengkapan and Output asked elsewhere in the row, on a box's screen.
    public static let askedAtFirstBox = Localized(id: "(ditanyakan di kotak pertama baris)",
                                                  en: "(asked at the row's first box)")

    public static let askedAtLastBox = Localized(id: "(ditanyakan di kotak terakhir baris)",
                                                 en: "(asked at the row's last box)")

    /// An answers file giving a row's cell at a box that does not ask it.
    public static func answerAtOtherBox(_ key: String, _ item: String, step: String, first: Bool) -> Localized {
        first
            ? Localized(id: "jawaban untuk kegiatan \(step) memuat \(key) '\(item)', tetapi baris ini menanyakannya di kotak pertamanya, bukan di kotak ini: pindahkan jawabannya ke langkah kotak pertama",
                        en: "the answers for step \(step) give \(key) '\(item)', but this row asks it at its first box, not at this one: move the answer to the first box's entry")
            : Localized(id: "jawaban untuk kegiatan \(step) memuat \(key) '\(item)', tetapi baris ini menanyakannya di kotak terakhirnya, bukan di kotak ini: pindahkan jawabannya ke langkah kotak terakhir",
                        en: "the answers for step \(step) give \(key) '\(item)', but this row asks it at its last box, not at this one: move the answer to the last box's entry")
    }

    /// An answers file giving an Output item at a box of its row other than the one producing it (`oleh`).
    public static func answerAtItsBox(_ item: String, step: String, box: String) -> Localized {
        Localized(id: "jawaban untuk kegiatan \(step) memuat output '\(item)', tetapi butir itu dihasilkan kotak '\(box)' dan ditanyakan di sana: pindahkan jawabannya ke langkah kotak itu",
                  en: "the answers for step \(step) give output '\(item)', but that item is produced by box '\(box)' and asked there: move the answer to that box's entry")
    }

    /// The run screen's title: the printed row's number ("6"), of the printed rows.
    public static func stepOf(_ number: String, _ total: String, actor: String?, visit: Int) -> Localized {
        var id = "Kegiatan \(number) dari \(total)", en = "Step \(number) of \(total)"
        if let actor {
            id += " · bagian \(actor)"
            en += " · part of \(actor)"
        }
        if visit > 1 {
            id += " (kunjungan ke-\(visit))"
            en += " (visit \(visit))"
        }
        return Localized(id: id, en: en)
    }

    /// A row printed without a number, named by the numbered row above it.
    public static func unnumbered(after: String?) -> Localized {
        guard let after else { return Localized(id: "tanpa nomor", en: "unnumbered") }
        return Localized(id: "tanpa nomor (sesudah \(after))", en: "unnumbered (after \(after))")
    }

    /// One box of a row of several boxes, on a case's timeline ("20 · bagian Pemohon").
    public static func boxOf(_ actor: String) -> Localized {
        Localized(id: "bagian \(actor)", en: "part of \(actor)")
    }
}
