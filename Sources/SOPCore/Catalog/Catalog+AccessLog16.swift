/// The access log of unmasked personal data as evidence: chained, sealed, verified and copied,
/// refused attempts logged too (issue 11, "the record must be evidence"; branch access16).
extension Catalog {
    public enum AccessLog {
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

        // MARK: sop case ID --akses

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

        // MARK: sop db copy

        public static let historyDiffers = Localized(
            id: "log akses data pribadi: log di tujuan bukan awal log di asal (kedua basis data punya log sendiri); tidak ada yang disalin",
            en: "personal-data access log: the destination's log is not the start of the source's (each database has its own log); nothing was copied")
    }
}
