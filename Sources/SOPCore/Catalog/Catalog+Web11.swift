/// What the web desk and its terminal neighbours say in answer to the eleventh outside test (a
/// head of unit with a one-time code, a complainant on a phone, an Ombudsman assistant): one
/// answer for every refused login, a read-only role for heads of unit, the unit's open cases,
/// the public status address on receipts, plain words for the complainant.
extension Catalog {
    public enum Web11 {}
}

extension Catalog.Web11 {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    // Login: one answer for an unknown name, a wrong PIN, a locked name and a wrong, missing or
    // reused one-time code (so the page never confirms a PIN).
    public static let loginRefused = both(
        "Nama, PIN atau kode satu kali salah.",
        "Wrong name, PIN or one-time code.")
    public static let loginRefusedHint = both(
        "Setelah 5 kali salah berturut-turut (PIN atau kode satu kali) nama dikunci 15 menit, dan selama itu PIN yang benar pun ditolak. Bila Anda yakin PIN dan kodenya benar, minta pengelola peran unit Anda membuka kuncinya.",
        "After 5 wrong tries in a row (PIN or one-time code) the name is locked for 15 minutes, and meanwhile even the right PIN is refused. If you are sure of your PIN and code, ask your unit's roster administrator to unlock it.")

    // The read-only role of heads of unit and auditors.
    public static let readerRoleName = both("Pimpinan unit (hanya membaca)", "Head of unit (read only)")
    public static let readerReadsOnly = both(
        "Peran pimpinan membaca kasus, linimasa dan laporan SOP-nya, tanpa mengerjakan kegiatan: daftar kasus unit ada di",
        "The head-of-unit role reads the cases, timelines and reports of its SOPs and acts in no step: the unit's cases are at")

    // The unit's open cases (/kasus-unit).
    public static let unitTitle = both("Kasus unit", "Unit's cases")
    public static let unitNav = both("Kasus unit", "Unit's cases")
    public static let unitOpen = both("Terbuka", "Open")
    public static let unitLate = both("Terlambat", "Late")
    public static let unitAll = both("Semua", "All")
    public static let unitFilter = both("Tampilkan", "Show")
    public static let columnCase = both("Kasus", "Case")
    public static let columnStep = both("Kegiatan sekarang", "Current step")
    public static let columnRole = both("Peran", "Role")
    public static let columnHolder = both("Dipegang", "Held by")
    public static let columnDue = both("Batas", "Due")
    public static let columnState = both("Keadaan", "State")
    public static let late = both("terlambat", "late")
    public static let onTime = both("tepat waktu", "on time")
    public static let nobodyYet = both("belum diambil", "not taken yet")
    public static let finished = both("selesai", "done")
    public static let cancelled = both("dibatalkan", "cancelled")
    public static let paused = both("ditunda", "paused")
    public static let unitNothing = both("Tidak ada kasus pada pilihan ini.", "No case in this choice.")
    public static func unitPage(_ page: Int, of pages: Int) -> Localized {
        both("Halaman \(page) dari \(pages)", "Page \(page) of \(pages)")
    }
    public static let previous = both("Sebelumnya", "Previous")
    public static let next = both("Berikutnya", "Next")
    public static let unitNeedsRole = both(
        "Daftar kasus unit untuk pemegang peran pimpinan atau pengelola peran, atau staf SOP-nya.",
        "The unit's case list is for holders of the head-of-unit role or the roster administrator, or the SOP's staff.")

    /// The report's link to the cases late now.
    public static let lateCasesLink = both("Kasus yang sedang terlambat", "Cases late now")

    // The public status address on receipts (`--public-url`, SOP_PUBLIC_URL).
    public static let receiptAskDesk = both(
        "Tanyakan perkembangan layanan di meja layanan dengan menyebutkan kode lacak ini.",
        "Ask at the service desk how far your request is, giving this tracking code.")
    public static func badPublicURL(_ text: String) -> Localized {
        both("--public-url '\(text)' bukan alamat publik https:// atau http:// (contoh: https://layanan.example.go.id); alamat loopback tidak dapat dibuka pelapor",
             "--public-url '\(text)' is not a public https:// or http:// address (e.g. https://layanan.example.go.id); a loopback address cannot be reached by the complainant")
    }

    // `sop tasks` for an operator with a reading role only.
    public static func tasksReaderOnly(_ name: String, role: String) -> Localized {
        both("operator '\(name)' memegang \(role), yang tidak mengerjakan kegiatan dan tidak punya daftar tugas; lihat kasus dengan: sop cases (di peramban: /kasus-unit)",
             "operator '\(name)' holds \(role), which acts in no step and has no worklist; see the cases with: sop cases (in the browser: /kasus-unit)")
    }

    // Tracking codes never use 0, O, 1 or I.
    public static let codeConfusable = both(
        "Kode lacak tidak pernah memakai 0 (nol), O, 1 (satu), I, L atau U; periksa lagi tanda terima Anda (mis. K7QF-M2XR-9P).",
        "Tracking codes never use 0 (zero), O, 1 (one), I, L or U; check your receipt again (e.g. K7QF-M2XR-9P).")
    public static func codeConfusableTerminal(_ code: String) -> Localized {
        both("'\(code)' bukan kode lacak: kode lacak tidak pernah memakai 0 (nol), O, 1 (satu), I, L atau U",
             "'\(code)' is not a tracking code: tracking codes never use 0 (zero), O, 1 (one), I, L or U")
    }

    /// Where an open case stands, for the complainant: the stage and who has it, without the
    /// SOP's internal wording.
    public static func statusStage(_ position: String, of total: String, who: String) -> Localized {
        both("Sedang dikerjakan: tahap \(position) dari \(total), sedang diproses oleh \(who).",
             "In progress: stage \(position) of \(total), being handled by \(who).")
    }

    // The public rate-limit page.
    public static let statusTooManyTitle = both("Terlalu banyak pencarian", "Too many lookups")
    public static let statusTooMany = both(
        "Anda sudah mencari terlalu banyak kode dalam satu menit. Tunggu 1 menit, lalu coba lagi.",
        "You looked up too many codes in one minute. Wait 1 minute, then try again.")
    public static let statusBack = both("Kembali ke Cek status", "Back to Check status")

    public static func periodReversed(_ from: String, _ to: String) -> Localized {
        both("--to \(to) sebelum --from \(from): tanggal akhir sebelum tanggal awal",
             "--to \(to) is before --from \(from): the last day is before the first")
    }

    /// Under the report's per-operator table: what its late count is, and is not.
    public static let operatorLateNote = both(
        "Terlambat per operator: kegiatan yang diselesaikannya melewati standar. Kegiatan terbuka yang terlambat belum punya operator: dihitung per peran saja.",
        "Late per operator: steps they completed past the standard. An open late step has no operator yet: it is counted per role only.")

    /// Above the QR code of `sop roster totp`.
    public static let scanQR = both(
        "Pindai kode QR ini dengan aplikasi autentikator (atau ketik alamat di atas):",
        "Scan this QR code with the authenticator app (or type the address above):")

    // The worklist's search button.
    public static let searchButton = both("Cari", "Search")
}
