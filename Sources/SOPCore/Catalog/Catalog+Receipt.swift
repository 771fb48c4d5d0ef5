/// The receipt (tanda terima): its due time and calendar, the line of a finished or cancelled case,
/// where the complainant asks how far the request is.
extension Catalog {
    public enum Receipt {}
}

extension Catalog.Receipt {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    public static let receiptWithoutCalendar = Localized(
        id: "Batas waktu dihitung tanpa kalender kerja: hari kerja Senin–Jumat tanpa hari libur; hari, jam dan menit sebagai waktu kalender (½ hari = 12 jam).",
        en: "Due time counted without a working calendar: working days Monday–Friday with no holidays; days, hours and minutes as calendar time (½ day = 12 hours).")

    public static let receiptWithoutHolidays = Localized(
        id: "Batas waktu dihitung tanpa kalender kerja: hari libur belum diperhitungkan; hari sebagai hari kalender (½ hari = 12 jam).",
        en: "Due time counted without a working calendar: holidays are not taken into account; days as calendar days (½ day = 12 hours).")

    /// On the receipt of a cancelled case, instead of "Selesai paling lambat".
    public static let receiptCancelled = Localized(id: "Dibatalkan pada", en: "Cancelled on")

    public static let receiptFinished = Localized(id: "Selesai pada", en: "Completed on")

    public static let receiptAskDesk = both(
        "Tanyakan perkembangan layanan di meja layanan dengan menyebutkan kode lacak ini.",
        "Ask at the service desk how far your request is, giving this tracking code.")

    public static func receiptStatusHint(_ url: String) -> Localized {
        both("Lihat perkembangan layanan di \(url) dengan kode ini, atau tanyakan di meja layanan.",
             "See how far your request is at \(url) with this code, or ask at the service desk.")
    }
}

extension Catalog.Receipt {
    /// The receipt page, above the sheet (never printed): an officer the receipt names whose
    /// full name the roster does not hold is printed by login.
    /// The receipt's place for the complainant's signature, beside the officer's (tester 17, F11).
    public static let complainantSignature = both("Pelapor / penerima layanan", "Complainant / service recipient")

    public static func nameNotSet(_ name: String) -> Localized {
        both("Nama lengkap dan NIP \(name) belum dicatat, sehingga tanda terima ini mencetak nama login '\(name)'. Minta pengelola peran menjalankan: sop roster nama \(name) --nama \"…\" --nip …",
             "The full name and NIP of \(name) are not recorded, so this receipt prints the login '\(name)'. Ask the roster administrator to run: sop roster nama \(name) --nama \"…\" --nip …")
    }
}

extension Catalog.Receipt {
    /// The receipt page's controls (never printed): the way back, the print button, the sizes.
    public static let controlsLabel = both("Kontrol tanda terima", "Receipt controls")
    public static let paperSizes = both("Ukuran kertas:", "Paper size:")

    /// A paper as the receipt page names it: `a4`, `a5`, `80`, `58`.
    public static func paperName(_ paper: String) -> Localized {
        switch paper {
        case "a4": Localized(verbatim: "A4")
        case "a5": Localized(verbatim: "A5")
        default: both("Struk \(paper) mm", "Slip \(paper) mm")
        }
    }
}
