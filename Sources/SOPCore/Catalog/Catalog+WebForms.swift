/// What the web desk's forms refuse: text too long, uploads that are not what they say.
extension Catalog {
    public enum WebForms {}
}

extension Catalog.WebForms {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    private static func grouped(_ number: Int, _ separator: String) -> String {
        var digits = Array(String(number)), out = ""
        while digits.count > 3 { out = separator + String(digits.suffix(3)) + out; digits.removeLast(3) }
        return String(digits) + out
    }

    public static func tooLong(limit: Int, given: Int) -> Localized {
        both("Terlalu panjang: paling banyak \(grouped(limit, ".")) karakter; tertulis \(grouped(given, ".")).",
             "Too long: at most \(grouped(limit, ",")) characters; \(grouped(given, ",")) written.")
    }

    /// A file whose name or declared type says PDF (JPEG, PNG, text) and whose content is not.
    public static func notReally(_ filename: String, kind: String) -> Localized {
        both("Isi berkas '\(filename)' bukan \(kind) yang sebenarnya (hanya nama atau jenisnya yang \(kind)); kirim berkas PDF, gambar JPEG/PNG, atau teks yang asli.",
             "The content of '\(filename)' is not a real \(kind) (only its name or declared type is); send a genuine PDF, JPEG/PNG image, or text file.")
    }

    public static func fileNotAccepted(_ filename: String) -> Localized {
        both("Berkas '\(filename)' tidak diterima: hanya PDF, gambar JPEG/PNG, atau teks.",
             "The file '\(filename)' is not accepted: only PDF, JPEG/PNG images, or text.")
    }
}

extension Catalog.WebForms {
    /// On a phone, above a step's page: a link down to its form.
    public static let toTheForm = both("Ke isian kegiatan ↓", "To the step's form ↓")

    /// The summary above a refused form: a link to its first marked answer.
    public static let toFirstError = both("Ke isian pertama yang ditandai", "To the first marked answer")

    // The correction form's hint, for the answer chosen (its field's type).
}

/// The kelengkapan checklist: what a tick means, and an unticked item asked about before it is
/// recorded as missing (tester 20's finding 4: it went silently to the applicant's receipt as
/// "Kelengkapan kurang").
extension Catalog.WebForms {
    /// `applicant`: the SOP's own word for who hands the items in (its first `eksternal` actor,
    /// "Pelapor" on a phone service, tester 32 F7); nil: the applicant.
    public static func checklistHint(from applicant: String?) -> Localized {
        guard let applicant else {
            return Localized(
                id: "Centang yang diterima dari pemohon. Yang tidak dicentang dicatat TIDAK ADA (kurang) dan tercetak di tanda terimanya.",
                en: "Tick what the applicant handed in. An unticked item is recorded as MISSING and printed on the receipt.")
        }
        return Localized(
            id: "Centang yang diterima dari \(applicant). Yang tidak dicentang dicatat TIDAK ADA (kurang) dan tercetak di tanda terimanya.",
            en: "Tick what was received from \(applicant). An unticked item is recorded as MISSING and printed on the receipt.")
    }

    /// The same on a row whose items are the office's own papers (not listed on the receipt).
    public static let workingChecklistHint = Localized(
        id: "Centang yang ada. Yang tidak dicentang dicatat TIDAK ADA (kurang) dalam riwayat kasus.",
        en: "Tick what is there. An unticked item is recorded as MISSING in the case's history.")

    public static func uncheckedItem(_ item: String) -> Localized {
        Localized(id: "'\(item)' tidak dicentang: akan dicatat tidak ada (kurang). Centang bila diterima; bila memang tidak ada, centang konfirmasi di bawah daftar lalu simpan lagi.",
                  en: "'\(item)' is not ticked: it will be recorded as missing. Tick it if it was handed in; if it really is missing, tick the confirmation under the list and save again.")
    }

    public static let confirmMissing = Localized(id: "Ya, yang tidak dicentang memang tidak ada: catat sebagai kurang.",
                                                 en: "Yes, the unticked items really are missing: record them as missing.")
}

extension Catalog.WebForms {
    /// Over the list of SOPs to start: what one click on "Mulai" does.
    public static let startExplained = Localized(
        id: "Mulai membuat kasus baru dengan nomor kasusnya sendiri dan membuka kegiatan pertamanya. Kasus yang tidak jadi tidak dapat dihapus, hanya dibatalkan dengan alasan.",
        en: "Start creates a new case with its own number and opens its first step. A case started by mistake cannot be deleted, only cancelled with a reason.")

    /// A decision's step form sent with no branch chosen: the exits as the radios name them.
    public static func chooseBranch(_ exits: [Catalog.DecisionExits.Exit]) -> Localized {
        func names(_ language: Language, _ or: String) -> String {
            let names = exits.map { Catalog.DecisionExits.exitName($0).text(language) }
            guard names.count > 1 else { return names.joined() }
            return names.dropLast().joined(separator: ", ") + " \(or) " + (names.last ?? "")
        }
        return both("Pilih salah satu cabang: \(names(.id, "atau")).", "Choose one branch: \(names(.en, "or")).")
    }
}
