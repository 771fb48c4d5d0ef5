/// What the web desk (`sop serve`) says in answer to the ninth outside test (an IT administrator
/// and a clerk) and the seventh's cosmetic findings: finding a case without a URL, times that
/// add up, forms that keep what was typed.
extension Catalog {
    public enum Web7 {}
}

extension Catalog.Web7 {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    // Finding a case (POST /cari-kasus)
    public static let findCaseLabel = both("Cari kasus", "Find a case")
    public static let findCaseHint = both(
        "Nomor kasus (01-2026-000001), NIK, nomor telepon, nama, atau kata perihal.",
        "Case number (01-2026-000001), NIK, phone number, name, or words of the title.")
    public static let searchTitle = both("Hasil pencarian kasus", "Cases found")
    public static let searchNothing = both(
        "Tidak ada kasus yang cocok dan boleh Anda baca. NIK dan nomor telepon dicari utuh.",
        "No case matches that you may read. A NIK or phone number is matched whole.")
    public static let columnStarted = both("Dimulai", "Started")
    public static func moreCases(_ shown: Int) -> Localized {
        both("Hanya \(shown) kasus pertama yang ditampilkan; persempit pencarian.", "Only the first \(shown) cases are shown; narrow the search.")
    }
}

extension Catalog.Web7 {
    public static func badProxyAddress(_ text: String) -> Localized {
        Localized(id: "--proxy-address '\(text)' bukan alamat IP (contoh: 10.0.0.5); nama dan rentang tidak diterima",
                  en: "--proxy-address '\(text)' is not an IP address (e.g. 10.0.0.5); names and ranges are not accepted")
    }
}

// Times that add up (tester9 #6, tester7 F8)
extension Catalog.Web7 {
    public static let noMinutes = Localized(id: "0 menit", en: "0 min")
    /// "2 menit; terhitung kurang dari 1 menit": the clock time between start and end, and the
    /// time counted on the standard's clock (pauses and closed hours left out).
    public static func counted(_ wall: String, _ counted: String) -> Localized {
        Localized(id: "\(wall); terhitung \(counted)", en: "\(wall); \(counted) counted")
    }
    public static func within(_ detail: Localized) -> Localized {
        Localized(id: "tepat waktu, \(detail.text(.id))", en: "within, \(detail.text(.en))")
    }
}

// The correction form (tester9 #7)
extension Catalog.Web7 {
    public static let correctionChooseHint = Localized(
        id: "Pilih dulu butir yang dikoreksi; petunjuknya muncul di sini.", en: "Choose the answer to correct first; its hint appears here.")
    public static let correctionFieldHint = Localized(
        id: "Isian: tulis nilai yang benar; diperiksa dengan aturan yang sama seperti di formulir kegiatannya.",
        en: "Field: write the right value; it is checked by the same rules as in its step's form.")
    public static let correctionOutputHint = Localized(
        id: "Output: tulis teks output yang benar.", en: "Output: write the right text of the output.")
}

// The receipt of a finished case (tester9 #7)
extension Catalog.Web7 {
    public static let receiptFinished = Localized(id: "Selesai pada", en: "Completed on")
}

// The server's log (tester9 #7)
extension Catalog.Web7 {
    public static let stopped = Localized(
        id: "sop serve: sinyal berhenti diterima; permintaan yang berjalan sudah selesai, siaran langsung ditutup; berhenti",
        en: "sop serve: stop signal received; requests under way finished, live streams closed; stopping")
}

// `sop serve` as a database user that is not a gateway (tester9 #7): both statements it needs.
extension Catalog.Web7 {
    public static func notGateway(_ user: String) -> Localized {
        Localized(id: "pengguna basis data '\(user)' belum terdaftar di web_gateway; pemilik skema menjalankan: "
                    + "INSERT INTO web_gateway (db_user) VALUES ('\(user)'); GRANT SELECT, INSERT, UPDATE, DELETE ON web_session TO \(user);",
                  en: "database user '\(user)' is not listed in web_gateway; the schema's owner runs: "
                    + "INSERT INTO web_gateway (db_user) VALUES ('\(user)'); GRANT SELECT, INSERT, UPDATE, DELETE ON web_session TO \(user);")
    }
}

// The timeline (tester7 F8)
extension Catalog.Web7 {
    /// A waiting step nobody has recorded anything in.
    public static let notOpenedYet = Localized(id: "belum dibuka", en: "not opened yet")
    public static let nowAt = Localized(id: "Sekarang", en: "Now")
    /// "kegiatan 3 · Menelaah pengaduan — giliran Staf layanan pengaduan, batas 07-12-2026 08.30 WIB"
    public static func turn(_ step: String, role: String, due: String?) -> Localized {
        let dueID = due.map { ", batas \($0)" } ?? "", dueEN = due.map { ", due \($0)" } ?? ""
        return Localized(id: "\(step) — giliran \(role)\(dueID)", en: "\(step) — \(role)'s turn\(dueEN)")
    }
    public static func finishedOn(_ when: String) -> Localized { Localized(id: "selesai pada \(when)", en: "completed on \(when)") }
    public static let pausedNow = Localized(id: "dijeda; dilanjutkan dari halaman kasus", en: "paused; resumed from the case's page")
}

extension Catalog.Web7 {
    public static func revisionDate(_ date: String) -> Localized { Localized(id: "SOP revisi \(date)", en: "SOP revised \(date)") }
}
