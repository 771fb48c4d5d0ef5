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

    public static let keyWithoutSeals = Localized(
        id: "peringatan: --kunci diberikan, tetapi tidak ada segel di basis data ini; bila basis data ini pernah disegel, segelnya dihapus",
        en: "warning: --kunci given, but this database holds no seal; if it was ever sealed, its seals were deleted")

    public static func sealsCopied(_ count: Int) -> Localized {
        Localized(id: "segel disalin: \(count) (isi dan tanda tangan sama; sop db verify --kunci di tujuan memeriksanya)",
                  en: "seals copied: \(count) (same content and signature; sop db verify --kunci at the destination checks them)")
    }
}
