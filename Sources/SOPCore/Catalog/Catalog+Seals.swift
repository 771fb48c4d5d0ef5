/// Seals (`sop db seal`, `sop db verify --kunci`): how much they cover, a seal inconsistent with
/// itself, entries back-dated before a seal, seals carried by `sop db copy`.
extension Catalog {
    public enum Seals {}
}

extension Catalog.Seals {
    public static let unsealedNote = Localized(
        id: "Tanpa --kunci: riwayat yang ditulis ulang seluruhnya (dengan rantai hash dihitung ulang) tidak terdeteksi; periksa dengan --kunci, atau bandingkan dengan kepala rantai yang diarsipkan.",
        en: "Without --kunci: a history rewritten whole (its hash chain recomputed) is not detected; check with --kunci, or compare with an archived chain head.")

    /// With --kunci: how much the seals cover.
    public static func sealsCover(seals: Int, sealed: Int, of cases: Int) -> Localized {
        Localized(
            id: "Segel diperiksa dengan kunci (\(seals) segel): \(sealed) dari \(cases) kasus tersegel sampai kejadian terakhirnya.",
            en: "Seals checked with the key (\(seals) seal\(seals == 1 ? "" : "s")): \(sealed) of \(cases) case\(cases == 1 ? "" : "s") sealed up to their last event.")
    }

    /// With --kunci, when some seals are not signed with the key: only the others count.
    public static func signedSealsCover(signed: Int, seals: Int, sealed: Int, of cases: Int) -> Localized {
        Localized(
            id: "Segel diperiksa dengan kunci: hanya \(signed) dari \(seals) segel ditandatangani dengan kunci ini; segel itu mencakup \(sealed) dari \(cases) kasus sampai kejadian terakhirnya (segel yang gagal tidak dihitung).",
            en: "Seals checked with the key: only \(signed) of \(seals) seal\(seals == 1 ? "" : "s") signed with this key; they cover \(sealed) of \(cases) case\(cases == 1 ? "" : "s") up to their last event (the failed seals are not counted).")
    }

    /// Roster entries written after the newest seal signed with the key.
    public static func rosterNotSealed(from: Int, through: Int) -> Localized {
        let entries = from == through ? "\(from)" : "\(from)–\(through)"
        return Localized(id: "  belum disegel: daftar peran isian \(entries)", en: "  not sealed yet: roster entr\(from == through ? "y" : "ies") \(entries)")
    }

    /// A case no seal covers at all.
    public static func notSealed(_ id: String, events: Int) -> Localized {
        Localized(id: "  belum disegel: \(id) (seluruh \(events) kejadian)", en: "  not sealed yet: \(id) (all \(events) events)")
    }

    /// A case sealed up to an event, with later events.
    public static func sealedUpTo(_ id: String, sealed: Int, last: Int) -> Localized {
        Localized(id: "  belum disegel: \(id) kejadian \(sealed + 1)–\(last) (tersegel sampai kejadian \(sealed))",
                  en: "  not sealed yet: \(id) events \(sealed + 1)–\(last) (sealed up to event \(sealed))")
    }

    public static func moreNotSealed(_ count: Int) -> Localized {
        Localized(id: "  … dan \(count) kasus lain", en: "  … and \(count) other cases")
    }

    public static let sealAdvice = Localized(
        id: "Kejadian yang belum disegel dilindungi rantai hash saja sampai sop db seal --kunci berikutnya.",
        en: "Events not yet sealed are protected by the hash chain alone until the next sop db seal --kunci.")

    /// A seal whose stored digest is not the SHA-256 of the heads it stores (or whose heads are
    /// not in the canonical form a seal writes).
    public static func sealInconsistent(_ id: Int, stored: String, computed: String) -> Localized {
        Localized(
            id: "segel #\(id): digest tersimpan \(stored) bukan SHA-256 kepala rantai yang disimpan segel itu (\(computed)); segel diubah di luar sop",
            en: "seal #\(id): the stored digest \(stored) is not the SHA-256 of the chain heads the seal stores (\(computed)); the seal was changed outside sop")
    }

    /// An event or roster entry written after a seal (past its sealed head), dated before it.
    public static func dateBeforeSeal(_ at: String, seal: Int, sealedAt: String) -> Localized {
        Localized(
            id: "dicatat setelah segel #\(seal) (dibuat \(sealedAt)) tetapi bertanggal \(at), sebelum segel itu (tanggal dimundurkan)",
            en: "recorded after seal #\(seal) (made \(sealedAt)) but dated \(at), before that seal (back-dated)")
    }

    /// A case no seal names, numbered after every sealed case of its series, dated before the seal.
    public static func caseBeforeSeal(_ at: String, seal: Int, sealedAt: String) -> Localized {
        Localized(
            id: "kasus dimulai setelah segel #\(seal) (dibuat \(sealedAt); nomornya sesudah semua kasus yang disegel) tetapi bertanggal \(at), sebelum segel itu (tanggal dimundurkan)",
            en: "case started after seal #\(seal) (made \(sealedAt); its number follows every sealed case) but dated \(at), before that seal (back-dated)")
    }

    /// A table verify reads is missing: nothing past it was read, the seals neither.
    public static let notRead = Localized(
        id: "segel tidak diperiksa: pemeriksaan berhenti pada tabel yang hilang", en: "seals not checked: the check stopped at the missing table")

    /// `--kunci` given for a store with no seal: a break (a key file is written only with a seal).
    public static let keyWithoutSeals = Localized(
        id: "--kunci diberikan, tetapi basis data ini tidak menyimpan segel satu pun: berkas kunci hanya dibuat oleh sop db seal bersama segelnya, jadi segelnya dihapus (atau ini bukan basis data yang disegel dengan kunci ini)",
        en: "--kunci given, but this database holds no seal at all: a key file is made only by sop db seal with its seal, so the seals were deleted (or this is not the database sealed with this key)")

    /// A seal that names the seal made before it, which is no longer stored.
    public static func previousDeleted(_ id: Int, previous: Int) -> Localized {
        Localized(
            id: "segel #\(id) dibuat sesudah segel #\(previous) dan menandatanganinya, tetapi segel #\(previous) tidak tersimpan lagi (segel dihapus)",
            en: "seal #\(id) was made after seal #\(previous) and signs it, but seal #\(previous) is no longer stored (seals deleted)")
    }

    /// A seal made as the first, stored after another.
    public static func firstAfterOther(_ id: Int, before: Int) -> Localized {
        Localized(
            id: "segel #\(id) dibuat sebagai segel pertama, tetapi tersimpan sesudah segel #\(before) (segel disisipkan)",
            en: "seal #\(id) was made as the first seal, but is stored after seal #\(before) (a seal inserted)")
    }

    /// A seal whose named predecessor is stored, but not just before it.
    public static func linkedElsewhere(_ id: Int, previous: Int, storedAfter: Int?) -> Localized {
        let after = storedAfter.map { ("segel #\($0)", "seal #\($0)") } ?? ("tidak ada segel", "no seal")
        return Localized(
            id: "segel #\(id) dibuat sesudah segel #\(previous), tetapi tersimpan sesudah \(after.0) (segel disisipkan atau diurutkan ulang)",
            en: "seal #\(id) was made after seal #\(previous), but is stored after \(after.1) (a seal inserted or reordered)")
    }

    /// `sop db seal` with an existing key on a store with no seal, without `--segel-pertama`.
    public static func firstSealRefused(_ path: String) -> Localized {
        Localized(
            id: "segel tidak dibuat: kunci \(path) sudah ada, tetapi basis data ini tidak menyimpan segel satu pun; berkas kunci hanya dibuat bersama segel, jadi segel basis data ini dihapus, atau ini basis data lain. Periksa dengan sop db verify --kunci \(path) dan bandingkan digest yang diarsipkan; bila memang segel pertama dengan kunci ini (basis data baru), ulangi dengan --segel-pertama",
            en: "no seal made: the key \(path) exists, but this database holds no seal at all; a key file is made only with a seal, so this database's seals were deleted, or it is another database. Check with sop db verify --kunci \(path) and compare the archived digest; when this really is the first seal with this key (a new database), repeat with --segel-pertama")
    }

    /// `--segel-pertama` on a store that already has seals.
    public static func firstSealNotFirst(_ count: Int) -> Localized {
        Localized(
            id: "--segel-pertama hanya untuk basis data tanpa segel; basis data ini menyimpan \(count) segel (jangan pasang --segel-pertama di cron)",
            en: "--segel-pertama is only for a database with no seal; this database holds \(count) seal\(count == 1 ? "" : "s") (do not put --segel-pertama in cron)")
    }

    public static func sealsCopied(_ count: Int) -> Localized {
        Localized(id: "segel disalin: \(count) (isi dan tanda tangan sama; sop db verify --kunci di tujuan memeriksanya)",
                  en: "seals copied: \(count) (same content and signature; sop db verify --kunci at the destination checks them)")
    }
}
