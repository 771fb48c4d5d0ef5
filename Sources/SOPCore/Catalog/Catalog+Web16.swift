/// What the web desk says in answer to the seventeenth outside test (front-desk staff on a
/// phone): a form sent after logging out, a session ended after a while unused, the correction
/// form's hint for each answer, plain words on the report.
extension Catalog {
    public enum Web16 {}
}

extension Catalog.Web16 {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// A form sent by a browser that has no session any more (its operator logged out, in this
    /// tab or another): not a forged form.
    public static let loggedOut = both("Anda sudah keluar. Silakan masuk lagi.", "You are logged out. Please log in again.")

    /// On the login page after a session unused past `sop serve --idle-minutes`.
    public static let sessionIdle = both(
        "Sesi Anda diakhiri karena lama tidak dipakai, agar orang lain di dekat layar tidak memakainya. Silakan masuk lagi.",
        "Your session was ended because it was not used for a while, so that nobody else near the screen uses it. Please log in again.")

    /// `sop serve --idle-minutes` out of range.
    public static func badIdleMinutes(_ text: String) -> Localized {
        both("--idle-minutes '\(text)' tidak sah: tulis 0 (tanpa batas) atau 5 sampai 720 menit.",
             "--idle-minutes '\(text)' is not valid: write 0 (no limit) or 5 to 720 minutes.")
    }

    /// On a phone, above a step's page: a link down to its form.
    public static let toTheForm = both("Ke isian kegiatan ↓", "To the step's form ↓")
    /// The summary above a refused form: a link to its first marked answer.
    public static let toFirstError = both("Ke isian pertama yang ditandai", "To the first marked answer")

    // The correction form's hint, for the answer chosen (its field's type).
    public static let hintNIK = both("NIK: 16 angka, mis. 3573xxxxxxxxxxxx.", "NIK: 16 digits.")
    public static let hintPhone = both("Nomor telepon: 8-15 angka diawali 0, 62 atau +.", "Phone number: 8-15 digits starting with 0, 62 or +.")
    public static let hintNumber = both("Angka: tulis angkanya saja (koma atau titik untuk pecahan).",
                                        "Number: the number alone (a comma or point for a fraction).")
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

    /// The SOP document page on a narrow screen.
    public static let documentWide = both(
        "Dokumen ini selebar halaman A4 mendatar: geser ke samping untuk membaca, atau buka di komputer atau cetak.",
        "This document is as wide as a landscape A4 page: scroll sideways to read it, or open it on a computer or print it.")
    /// A table wider than a phone's screen.
    public static let scrollSideways = both("Geser tabel ke samping untuk melihat semua kolom.", "Scroll the table sideways to see every column.")

    /// The receipt page, above the sheet (never printed): an officer the receipt names whose
    /// full name the roster does not hold is printed by login.
    public static func nameNotSet(_ name: String) -> Localized {
        both("Nama lengkap dan NIP \(name) belum dicatat, sehingga tanda terima ini mencetak nama login '\(name)'. Minta pengelola peran menjalankan: sop roster nama \(name) --nama \"…\" --nip …",
             "The full name and NIP of \(name) are not recorded, so this receipt prints the login '\(name)'. Ask the roster administrator to run: sop roster nama \(name) --nama \"…\" --nip …")
    }
}
