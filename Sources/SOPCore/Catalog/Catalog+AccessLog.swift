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

    /// `sop seal --akui-log-akses`: findings of the access log's entries signed over.
    public static func sealAcknowledges(_ count: Int) -> Localized {
        Localized(id: "segel ini mengakui \(count) temuan log akses data pribadi (isiannya tidak dapat dihapus); catat dalam berita acara",
                  en: "this seal acknowledges \(count) finding\(count == 1 ? "" : "s") of the personal-data access log (its entries cannot be removed); record them in the minutes")
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

    /// Entries `first` through `found - 1` are missing: the next one stored is `found`.
    public static func missing(_ first: Int, found: Int) -> Localized {
        let range = found - 1 > first ? "\(first)–\(found - 1)" : "\(first)"
        return Localized(id: "log akses data pribadi, isian \(range) hilang (isian berikutnya yang tersimpan: \(found))",
                         en: "personal-data access log, entry \(range) missing (the next stored entry is \(found))")
    }

    /// An entry stored with a place already passed (a place taken twice, or entries out of order).
    public static func repeated(_ found: Int, after previous: Int) -> Localized {
        Localized(id: "log akses data pribadi, isian \(found) tersimpan lagi sesudah isian \(previous) (nomor ganda atau tidak berurutan)",
                  en: "personal-data access log, entry \(found) stored again after entry \(previous) (a place taken twice, or out of order)")
    }

    public static let unhashed = Localized(id: "isian tanpa hash (ditulis di luar sop)", en: "entry without a hash (written around sop)")

    public static let inserted = Localized(id: "isian ini disisipkan: isian sesudahnya terhubung ke isian sebelumnya",
                                           en: "this entry was inserted: the entry after it links to the entry before it")

    /// The line of consequence under a cut log whose following entries were renumbered.
    public static func renumbered(_ first: Int, through last: Int, cutAt: Int, shift: Int) -> Localized {
        let (range, former) = Catalog.Verify.renumberedRanges(first, through: last, shift: shift)
        return Localized(
            id: "log akses data pribadi, isian \(range) tidak dapat diperiksa lagi terhadap urutannya karena rantai terputus di isian \(cutAt): nomornya digeser (semula \(former)); di antara isian itu sendiri hash masih saling cocok",
            en: "personal-data access log, entries \(range) can no longer be checked against their places because the chain is cut at entry \(cutAt): they were renumbered (formerly \(former)); among themselves their hashes still agree")
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

    /// The log ends at `last` (0: it is empty), before the place a seal covers.
    public static func truncated(last: Int, sealed: Int) -> Localized {
        let gone = sealed > last + 1 ? "\(last + 1)–\(sealed)" : "\(sealed)"
        return last == 0
            ? Localized(id: "log akses data pribadi kosong, padahal segel mencakup isian 1–\(sealed) (semua isian dihapus)",
                        en: "the personal-data access log is empty, though a seal covers entries 1–\(sealed) (every entry deleted)")
            : Localized(id: "log akses data pribadi berakhir di isian \(last), padahal segel mencakup isian \(sealed) (isian \(gone) dihapus)",
                        en: "the personal-data access log ends at entry \(last), though a seal covers entry \(sealed) (entries \(gone) deleted)")
    }

    /// A "data shown" entry whose operator held, at its time, neither an acting role for the case's
    /// SOP nor the role administrator's: the rules could never have produced it.
    public static func notHeld(_ name: String, sop: String) -> Localized {
        Localized(id: "mencatat data pribadi ditampilkan kepada '\(name)', yang saat itu tidak memegang peran pelaksana untuk SOP \(sop) maupun pengelola peran",
                  en: "records personal data shown to '\(name)', who then held neither an acting role for SOP \(sop) nor the role administrator's")
    }

    /// A refusal code sop never writes.
    public static func unknownRefusal(_ code: String) -> Localized {
        Localized(id: "kode penolakan '\(code)' tidak dikenal sop (ditulis di luar sop)", en: "refusal code '\(code)' unknown to sop (written around sop)")
    }

    /// A finding of an entry whose chain holds, under a seal made with `--akui-log-akses`: printed, not counted.
    public static func acknowledged(_ finding: Localized, seal: Int) -> Localized {
        Localized(id: "diakui (tercakup segel #\(seal), dibuat dengan --akui-log-akses): ", en: "acknowledged (covered by seal #\(seal), made with --akui-log-akses): ")
            + finding
    }

    /// Before verify's closing sentence, when findings were acknowledged: they stand outside it.
    public static func acknowledgedNote(_ count: Int) -> Localized {
        Localized(id: "\(count) temuan log akses data pribadi diakui segel (⚠ di atas): isian itu tetap tidak sah, dan tidak termasuk dalam pernyataan di bawah",
                  en: "\(count) finding\(count == 1 ? "" : "s") of the personal-data access log acknowledged by a seal (⚠ above): those entries stay invalid, and are not part of the statement below")
    }

    /// `sop case ID --akses` when the log does not hold: the list may be incomplete or forged.
    public static func accessBroken(_ count: Int) -> Localized {
        Localized(id: "log akses data pribadi tidak utuh (\(count) kerusakan): daftar di atas bisa tidak lengkap atau dipalsukan; periksa dengan sop db verify",
                  en: "the personal-data access log does not hold (\(count) break\(count == 1 ? "" : "s")): the list above may be incomplete or forged; check with sop db verify")
    }

    /// `sop case ID --akses` while the log's table is gone.
    public static func accessTableMissing(_ id: String) -> Localized {
        Localized(id: "log akses data pribadi kasus \(id) tidak dapat dibaca: tabel 'personal_access' tidak ada (dihapus atau diganti nama); tidak diketahui siapa yang pernah membuka data pribadinya",
                  en: "the personal-data access log of case \(id) cannot be read: the table 'personal_access' is missing (dropped or renamed); who unmasked its personal data is not known")
    }

    /// `sop case ID --akses` on a case whose own history is broken: the log is shown all the same.
    public static func caseBroken(_ reason: Localized) -> Localized {
        Localized(id: "riwayat kasus ini sendiri tidak utuh (log akses tetap ditampilkan): ", en: "this case's own history does not hold (the access log is shown all the same): ")
            + reason
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
