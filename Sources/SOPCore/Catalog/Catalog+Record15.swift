/// What an auditor's second look at the record (tester 15) made verify, seal, copy and report say:
/// a seal inconsistent with itself, back-dated entries, the seals a copy carries, the history a
/// report was computed from.
extension Catalog {
    public enum Record15 {
        // MARK: sop db verify: seals and times

        /// A seal whose stored digest is not the SHA-256 of the heads it stores (or whose heads are
        /// not in the canonical form a seal writes).
        public static func sealInconsistent(_ id: Int, stored: String, computed: String) -> Localized {
            Localized(
                id: "segel #\(id): digest tersimpan \(stored) bukan SHA-256 kepala rantai yang disimpan segel itu (\(computed)); segel diubah di luar sop",
                en: "seal #\(id): the stored digest \(stored) is not the SHA-256 of the chain heads the seal stores (\(computed)); the seal was changed outside sop")
        }

        /// An event or roster entry dated more than the tolerance before an earlier one.
        public static func dateBeforePrevious(_ at: String, previous: String) -> Localized {
            Localized(
                id: "bertanggal \(at), sebelum \(previous) yang dicatat lebih dulu (tanggal dimundurkan, atau jam komputer meja salah lebih dari 1 menit)",
                en: "dated \(at), before \(previous) recorded earlier (back-dated, or a desk's clock wrong by more than 1 minute)")
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

        public static let keyWithoutSeals = Localized(
            id: "peringatan: --kunci diberikan, tetapi tidak ada segel di basis data ini; bila basis data ini pernah disegel, segelnya dihapus",
            en: "warning: --kunci given, but this database holds no seal; if it was ever sealed, its seals were deleted")

        /// The verdict's scope: what verify checked, and what it does not certify.
        public static func scope(roster: Int, access: Int, seals: Int) -> Localized {
            Localized(
                id: "Cakupan: rantai kejadian setiap kasus, revisi SOP, baris turunan (status, daftar tugas, kunjungan langkah, tenggat, pencarian), lampiran, penomoran, daftar peran (\(roster) isian), log akses data pribadi (\(access) isian) dan \(seals) segel. Tidak termasuk: apa pun yang ditulis setelah segel terbaru dengan rantai dihitung ulang.",
                en: "Scope: every case's event chain, SOP revisions, derived rows (status, worklist, step visits, due times, lookup), attachments, numbering, the roster (\(roster) entries), the personal-data access log (\(access) entries) and \(seals) seals. Not covered: anything written after the newest seal with its chain recomputed.")
        }

        /// A case read whose history holds but whose stored case row says otherwise.
        public static func derivedRefused(_ located: Localized) -> Localized {
            Localized(id: "data kasus yang tersimpan tidak cocok dengan riwayatnya (riwayatnya sendiri utuh), kasus tidak dibuka: ",
                      en: "the stored case data disagrees with its history (the history itself holds), the case is not opened: ")
                + located + Localized(id: "; periksa dengan sop db verify", en: "; check it with sop db verify")
        }

        // MARK: sop status (the complainant's lookup)

        public static func statusUnavailable(_ code: String) -> Localized {
            Localized(
                id: "catatan layanan dengan kode lacak \(code) tidak dapat ditampilkan saat ini; mohon hubungi kantor layanan dengan membawa tanda terima",
                en: "the record of the request with tracking code \(code) cannot be shown at the moment; please contact the service office with your receipt")
        }

        // MARK: sop db copy

        public static func sealsCopied(_ count: Int) -> Localized {
            Localized(id: "segel disalin: \(count) (isi dan tanda tangan sama; sop db verify --kunci di tujuan memeriksanya)",
                      en: "seals copied: \(count) (same content and signature; sop db verify --kunci at the destination checks them)")
        }

        // MARK: sop report

        /// The history a report was computed from, in short lines (a terminal of 80 columns wraps none).
        public static func reportBasis(cases: Int, digest: String, checked: Bool) -> [Localized] {
            [Localized(id: "Dasar laporan: \(cases) kasus dihitung; digest kepala rantai saat laporan dibuat:",
                       en: "Basis of this report: \(cases) cases counted; chain head digest when it was made:"),
             Localized(verbatim: digest),
             Localized(id: "(digest yang dicetak sop db verify dan ditandatangani sop db seal untuk riwayat yang sama).",
                       en: "(the digest sop db verify prints and sop db seal signs for the same history)."),
             checked
                ? Verify16.reportChecked
                : Localized(id: "Kunjungan langkah tersimpan belum diperiksa terhadap kejadiannya: sop report --periksa memeriksanya.",
                            en: "The stored step visits were not checked against their events: sop report --periksa checks them.")]
        }

        public static func reportRefused(_ count: Int) -> Localized {
            Localized(
                id: "laporan tidak dibuat: \(count) kerusakan pada kasus yang dihitung (baris turunan tidak cocok dengan riwayat); periksa dengan sop db verify",
                en: "no report made: \(count) breaks in the cases counted (derived rows disagree with their history); check with sop db verify")
        }
    }
}
