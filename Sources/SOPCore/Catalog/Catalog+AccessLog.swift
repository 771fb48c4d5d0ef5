/// Unmasking personal data (`--show-personal`) and the access log `sop case ID --akses` shows.
extension Catalog {
    public enum AccessLog {}
}

extension Catalog.AccessLog {
    /// Refused: the roster is in force and the operator holds no role for the case's SOP.
    public static func unmaskRefused(_ name: String, case id: String, sop: String) -> Localized {
        Localized(
            id: "operator '\(name)' tidak boleh membuka data pribadi kasus \(id): hanya pemegang peran pelaksana untuk SOP \(sop) atau pengelola peran (peran 'pimpinan' membaca tanpa data pribadi); tanpa --show-personal data pribadi tetap disamarkan",
            en: "operator '\(name)' may not unmask the personal data of case \(id): only holders of an acting role for SOP \(sop) or the role administrator may (the role 'pimpinan' reads without personal data); without --show-personal personal data stays masked")
    }

    /// The store keeps no access log (it cannot record the unmasking): nothing is unmasked.
    public static func unmaskNotRecorded(_ id: String) -> Localized {
        Localized(id: "data pribadi kasus \(id) tidak dibuka: penyimpanan ini tidak dapat mencatat siapa yang membukanya",
                  en: "the personal data of case \(id) was not unmasked: this store cannot record who unmasks it")
    }

    /// `sop case ID --akses`: the heading.
    public static func accessHeading(_ id: String, count: Int) -> Localized {
        Localized(id: "Pembukaan data pribadi kasus \(id): \(count) kali", en: "Personal data of case \(id) unmasked: \(count) times")
    }

    public static func accessNone(_ id: String) -> Localized {
        Localized(id: "Data pribadi kasus \(id) belum pernah dibuka (semua tampilan menyamarkan data pribadi).",
                  en: "The personal data of case \(id) has never been unmasked (every view masks personal data).")
    }
}

extension Catalog.AccessLog {
    /// Where a break of the log is: its entry's place and the case it names.
    public static func located(_ sequence: Int, case id: String, _ what: Localized) -> Localized {
        Localized(id: "log akses data pribadi, isian \(sequence) (kasus \(id)): ", en: "personal-data access log, entry \(sequence) (case \(id)): ")
            + what
    }

    /// A break of the log at a sealed place (no entry to name a case by).
    public static func locatedAt(_ sequence: Int, _ what: Localized) -> Localized {
        Localized(id: "log akses data pribadi, isian \(sequence): ", en: "personal-data access log, entry \(sequence): ") + what
    }

    public static func gap(found: Int) -> Localized {
        Localized(id: "isian hilang atau disisipkan (urutan yang tersimpan di sini: \(found))",
                  en: "an entry missing or inserted (the sequence stored here is \(found))")
    }

    public static let hashMismatch = Localized(
        id: "hash isian tidak cocok dengan isinya dan isian sebelumnya (diubah, disisipkan, atau isian sebelumnya dihapus)",
        en: "the entry's hash does not match its content and the entry before it (changed, inserted, or the entry before it deleted)")

    public static func beforeCase(_ at: String, started: String) -> Localized {
        Localized(
            id: "bertanggal \(at), sebelum kasusnya dimulai (\(started)) (tanggal dimundurkan, atau jam komputer meja salah lebih dari 1 menit)",
            en: "dated \(at), before its case started (\(started)) (back-dated, or a desk's clock wrong by more than 1 minute)")
    }

    public static let caseMissing = Localized(id: "menyebut kasus yang tidak ada di basis data ini",
                                              en: "names a case this database does not hold")

    public static func truncated(sealed: Int) -> Localized {
        Localized(id: "log berakhir sebelum isian \(sealed) yang disegel (isian akhir dihapus)",
                  en: "the log ends before the sealed entry \(sealed) (its last entries were deleted)")
    }

    public static let sealMismatch = Localized(id: "hash isian berbeda dengan yang disegel (log ditulis ulang)",
                                               en: "the entry's hash differs from the sealed one (log rewritten)")

    /// The heading, when some attempts were refused.
    public static func heading(_ id: String, shown: Int, refused: Int) -> Localized {
        Localized(id: "Pembukaan data pribadi kasus \(id): \(shown) kali, \(refused) percobaan ditolak",
                  en: "Personal data of case \(id) unmasked: \(shown) times, \(refused) attempts refused")
    }

    /// A refused attempt's mark on its line, with why.
    public static func refused(_ code: String) -> Localized {
        switch code {
        case "no-role":
            Localized(id: "DITOLAK: tidak memegang peran untuk SOP kasus ini", en: "REFUSED: holds no role for the case's SOP")
        default:
            Localized(id: "DITOLAK: \(code)", en: "REFUSED: \(code)")
        }
    }

    public static let historyDiffers = Localized(
        id: "log akses data pribadi: log di tujuan bukan awal log di asal (kedua basis data punya log sendiri); tidak ada yang disalin",
        en: "personal-data access log: the destination's log is not the start of the source's (each database has its own log); nothing was copied")
}
