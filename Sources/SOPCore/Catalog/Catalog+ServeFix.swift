/// What the web desk (`sop serve`) says where the terminal's words do not fit a browser, and
/// its answers to what an outside tester found: plain-HTTP logins, paused cases, long text,
/// uploads, revoked roles.
extension Catalog {
    public enum ServeFix {}
}

extension Catalog.ServeFix {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    public static func insecureCookiesOffLoopback(_ host: String) -> Localized {
        both("--no-cookie-secure hanya untuk uji di loopback (127.0.0.1, ::1, localhost), bukan --host \(host): "
                + "di jaringan, PIN dan sesi harus lewat HTTPS (nginx di depan, lihat README)",
             "--no-cookie-secure is for loopback tests only (127.0.0.1, ::1, localhost), not --host \(host): "
                + "on a network, PINs and sessions must travel over HTTPS (nginx in front, see the README)")
    }
}

extension Catalog.ServeFix {
    public static let needsHTTPS = both(
        "Halaman ini dibuka lewat HTTP biasa dari komputer lain, sedangkan kuki sesi hanya dikirim lewat HTTPS: "
            + "masuk tidak akan berhasil. Buka meja ini lewat HTTPS (nginx di depan sop serve, lihat README), "
            + "atau, untuk uji di komputer server saja, jalankan sop serve --no-cookie-secure dan buka http://127.0.0.1.",
        "This page was opened over plain HTTP from another computer, and the session cookies travel over HTTPS only: "
            + "logging in cannot work. Open the desk over HTTPS (nginx in front of sop serve, see the README), "
            + "or, for tests on the server's own computer only, run sop serve --no-cookie-secure and open http://127.0.0.1.")
}

extension Catalog.ServeFix {
    public static func casePaused(_ caseID: String) -> Localized {
        both("Kasus \(caseID) sedang dijeda: kegiatannya menunggu sampai kasus dilanjutkan. Lanjutkan kasus untuk mengerjakannya.",
             "Case \(caseID) is paused: its steps wait until the case is resumed. Resume the case to work on them.")
    }
    public static let resumeToWork = both("Lanjutkan kasus", "Resume the case")
}

extension Catalog.ServeFix {
    public static let correctionItem = both("Jawaban yang dikoreksi", "Answer to correct")
    public static let correctionField = both("Isian", "Field")
    public static let correctionKelengkapan = both("Kelengkapan", "Requirement")
    public static let correctionOutput = both("Output", "Output")
    public static func correctionStepGroup(_ step: String) -> Localized { both("Kegiatan \(step)", "Step \(step)") }
    public static let correctionValueHint = both(
        "Kelengkapan: tulis ada atau tidak ada.", "Requirement: write yes or no.")
    public static let correctionSame = both(
        "Nilai baru sama dengan yang sudah tercatat; tidak ada yang dikoreksi.",
        "The new value is the one already recorded; nothing was corrected.")
    public static let correctionNeedsReason = both(
        "Koreksi memerlukan alasan: tulis di kolom Alasan.", "A correction needs a reason: write it in the Reason box.")
}

extension Catalog.ServeFix {
    public static func tooLong(limit: Int, given: Int) -> Localized {
        both("Terlalu panjang: paling banyak \(grouped(limit, ".")) karakter; tertulis \(grouped(given, ".")).",
             "Too long: at most \(grouped(limit, ",")) characters; \(grouped(given, ",")) written.")
    }

    private static func grouped(_ number: Int, _ separator: String) -> String {
        var digits = Array(String(number)), out = ""
        while digits.count > 3 { out = separator + String(digits.suffix(3)) + out; digits.removeLast(3) }
        return String(digits) + out
    }
}

extension Catalog.ServeFix {
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

/// The engine's refusals that name terminal commands, in the web's words.
extension Catalog.ServeFix {
    public static let cancelNeedsReason = both(
        "Pembatalan memerlukan alasan: tulis di kolom Alasan, mis. pelapor mencabut pengaduan.",
        "Cancelling needs a reason: write it in the Reason box, e.g. the complainant withdrew.")
    public static func emptyOutput(_ item: String) -> Localized {
        both("Output '\(item)' perlu dicatat: tulis teksnya, atau pilih berkas untuk diunggah.",
             "Output '\(item)' must be recorded: type its text, or choose a file to upload.")
    }
    public static let skipNeedsReason = both(
        "Melewati kegiatan memerlukan alasan: tulis di kolom alasan, mis. lokasi kerja tidak perlu diserahkan.",
        "Skipping a step needs a reason: write it in the reason box, e.g. the work site need not be handed over.")
    public static func receiptStatusHint(_ url: String) -> Localized {
        both("Lihat perkembangan layanan di \(url) dengan kode ini, atau tanyakan di meja layanan.",
             "See how far your request is at \(url) with this code, or ask at the service desk.")
    }

    /// A refusal of the engine as the web says it: the terminal's `/batal`, `--alasan` and
    /// `@file` have no meaning in a browser.
    public static func web(_ message: Localized) -> Localized {
        if message == Catalog.Run.cancelNeedsReason { return cancelNeedsReason }
        if message == Catalog.ServiceDesk.correctionNeedsReason { return correctionNeedsReason }
        if message == Catalog.Flow.skipNeedsReason { return skipNeedsReason }
        return message
    }
}

extension Catalog.ServeFix {
    public static let printReceipt = both("Cetak", "Print")
    public static let backToCase = both("Kembali ke kasus", "Back to the case")
}
