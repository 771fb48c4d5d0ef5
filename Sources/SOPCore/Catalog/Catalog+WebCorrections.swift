/// The web desk's correction form: choosing the answer to correct, hints, refusals.
extension Catalog {
    public enum WebCorrections {}
}

extension Catalog.WebCorrections {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// The correction form when nothing of the case can be corrected by this operator.
    public static let nothingToCorrect = both(
        "Belum ada jawaban yang dapat Anda koreksi di kasus ini: koreksi hanya untuk jawaban yang sudah diberikan di kegiatan peran Anda.",
        "There is no answer in this case you can correct yet: a correction amends an answer already given in a step of your role.")

    /// The correction form's first option, before anything is chosen.
    public static let choose = both("pilih…", "choose…")

    /// A correction sent without choosing which answer it corrects.
    public static let chooseAnswer = both("Pilih jawaban yang dikoreksi.", "Choose the answer to correct.")

    public static let correctionChooseHint = Localized(
        id: "Pilih dulu butir yang dikoreksi; petunjuknya muncul di sini.", en: "Choose the answer to correct first; its hint appears here.")

    public static let correctionFieldHint = Localized(
        id: "Isian: tulis nilai yang benar; diperiksa dengan aturan yang sama seperti di formulir kegiatannya.",
        en: "Field: write the right value; it is checked by the same rules as in its step's form.")

    public static let correctionOutputHint = Localized(
        id: "Output: tulis teks output yang benar.", en: "Output: write the right text of the output.")

    public static let correctionItem = both("Jawaban yang dikoreksi", "Answer to correct")

    public static let correctionField = both("Isian", "Field")

    public static let correctionKelengkapan = both("Kelengkapan", "Requirement")

    public static let correctionOutput = both("Output", "Output")

    public static func correctionStepGroup(_ step: String) -> Localized { both("Kegiatan \(step)", "Step \(step)") }

    public static let correctionValueHint = both(
        "Kelengkapan: tulis ada atau tidak ada.", "Requirement: write yes or no.")

    /// A correction to the value already recorded (`sop correct` and the web's form): refused.
    public static func alreadyRecorded(_ shown: String) -> Localized {
        both("Nilai baru sama dengan yang sudah tercatat ('\(shown)'); tidak ada yang dikoreksi.",
             "The new value is the one already recorded ('\(shown)'); nothing was corrected.")
    }

    public static let correctionNeedsReason = both(
        "Koreksi memerlukan alasan: tulis di kolom Alasan.", "A correction needs a reason: write it in the Reason box.")
}

extension Catalog.WebCorrections {
    public static let hintNIK = both("NIK: 16 angka, mis. 3573xxxxxxxxxxxx.", "NIK: 16 digits.")

    public static let hintKK = both("Nomor KK: 16 angka, seperti tertulis di Kartu Keluarga.", "Family card (KK) number: 16 digits, as on the card.")

    public static let hintPhone = both("Nomor telepon: 8-15 angka diawali 0, 62 atau +; nomor HP (08…) 10-13 angka.",
                                       "Phone number: 8-15 digits starting with 0, 62 or +; a mobile number (08…) 10-13 digits.")

    public static let hintNumber = both("Angka: titik pemisah ribuan, koma untuk pecahan (mis. 85.000 atau 2,5; boleh diawali Rp).",
                                        "Number: a point groups thousands, a comma marks a fraction (e.g. 85.000 or 2,5; Rp allowed).")

    public static let hintDate = both("Tanggal: HH-BB-TTTT, mis. 07-12-2026.", "Date: DD-MM-YYYY, e.g. 07-12-2026.")

    public static let hintYesNo = both("Tulis ya atau tidak.", "Write ya (yes) or tidak (no).")

    public static let hintEmail = both("Alamat surel, mis. nama@contoh.go.id.", "An e-mail address, e.g. name@example.go.id.")

    public static func hintChoice(_ options: [String]) -> Localized {
        both("Tulis salah satu: \(options.joined(separator: ", ")).", "Write one of: \(options.joined(separator: ", ")).")
    }

    /// The correction form's group of a step the case passed several times: which pass (the
    /// "kunjungan ke-N" of `sop case` and `sop correct --kunjungan N`).
    public static func stepPass(_ step: String, visit: Int, of count: Int) -> Localized {
        both("Kegiatan \(step) · kunjungan ke-\(visit) dari \(count)", "Step \(step) · visit \(visit) of \(count)")
    }
}
