/// `sop db verify`: what the store and a case hold in a sentence for a letter, entries dated before
/// earlier ones, the verdict's scope, a stored case row that does not match its history.
extension Catalog {
    public enum Verify {}
}

extension Catalog.Verify {
    public static func storeHolds(cases: Int, events: Int) -> Localized {
        Localized(
            id: "Riwayat \(cases) kasus (\(events) kejadian) utuh: tidak ada perubahan di luar sop sejak dicatat; status, daftar tugas dan laporan cocok dengan riwayat itu.",
            en: "The history of \(cases) case\(cases == 1 ? "" : "s") (\(events) event\(events == 1 ? "" : "s")) is intact: nothing was changed outside sop since it was recorded; status, worklists and reports agree with it.")
    }

    public static func caseHolds(_ id: String, events: Int, period: String) -> Localized {
        Localized(
            id: "Riwayat kasus \(id) (\(events) kejadian, \(period)) utuh: tidak ada perubahan di luar sop sejak dicatat.",
            en: "The history of case \(id) (\(events) event\(events == 1 ? "" : "s"), \(period)) is intact: nothing was changed outside sop since it was recorded.")
    }

    public static func caseHead(_ digest: String, sequence: Int) -> Localized {
        Localized(id: "Kepala rantai kasus ini (kejadian \(sequence)): \(digest); arsipkan di luar basis data untuk dibandingkan nanti.",
                  en: "This case's chain head (event \(sequence)): \(digest); archive it outside the database to compare later.")
    }

    /// An event or roster entry dated more than the tolerance before an earlier one.
    public static func dateBeforePrevious(_ at: String, previous: String) -> Localized {
        Localized(
            id: "bertanggal \(at), sebelum \(previous) yang dicatat lebih dulu (tanggal dimundurkan, atau jam komputer meja salah lebih dari 1 menit)",
            en: "dated \(at), before \(previous) recorded earlier (back-dated, or a desk's clock wrong by more than 1 minute)")
    }

    /// The verdict's scope: what verify checked, and what it does not certify.
    public static func scope(roster: Int, seals: Int) -> Localized {
        Localized(
            id: "Cakupan: rantai kejadian setiap kasus, revisi SOP, baris turunan (status, daftar tugas, kunjungan langkah, tenggat, pencarian), lampiran, penomoran, daftar peran (\(roster) isian) dan \(seals) segel. Tidak termasuk: log akses data pribadi (tidak berantai), serta apa pun yang ditulis setelah segel terbaru dengan rantai dihitung ulang.",
            en: "Scope: every case's event chain, SOP revisions, derived rows (status, worklist, step visits, due times, lookup), attachments, numbering, the roster (\(roster) entries) and \(seals) seals. Not covered: the personal-data access log (not chained), and anything written after the newest seal with its chain recomputed.")
    }

    /// A case read whose history holds but whose stored case row says otherwise.
    public static func derivedRefused(_ located: Localized) -> Localized {
        Localized(id: "data kasus yang tersimpan tidak cocok dengan riwayatnya (riwayatnya sendiri utuh), kasus tidak dibuka: ",
                  en: "the stored case data disagrees with its history (the history itself holds), the case is not opened: ")
            + located + Localized(id: "; periksa dengan sop db verify", en: "; check it with sop db verify")
    }
}
