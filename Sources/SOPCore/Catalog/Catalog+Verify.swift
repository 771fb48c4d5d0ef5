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
}

extension Catalog.Verify {
    public static let inserted = Localized(
        id: "kejadian ini disisipkan: kejadian sesudahnya terhubung ke kejadian sebelumnya",
        en: "this event was inserted: the event after it links to the event before it")

    /// The places renumbered ("15–30") and the ones they had ("14–29"), for a line of consequence.
    static func renumberedRanges(_ first: Int, through last: Int, shift: Int) -> (range: String, former: String) {
        first == last ? ("\(first)", "\(first + shift)") : ("\(first)–\(last)", "\(first + shift)–\(last + shift)")
    }

    /// The line of consequence under a cut chain whose following events were renumbered.
    public static func renumbered(_ first: Int, through last: Int, cutAt: Int, shift: Int) -> Localized {
        let (range, former) = renumberedRanges(first, through: last, shift: shift)
        return Localized(
            id: "kejadian \(range) tidak dapat diperiksa lagi terhadap urutannya karena rantai terputus di urutan \(cutAt): nomornya digeser (semula \(former)); di antara kejadian itu sendiri hash masih saling cocok, dan perubahan lain di antaranya dilaporkan tersendiri",
            en: "events \(range) can no longer be checked against their sequence because the chain is cut at sequence \(cutAt): they were renumbered (formerly \(former)); among themselves their hashes still agree, and any other change among them is reported on its own")
    }

    public static let worklistNames = Localized(
        id: "nama langkah dan peran di daftar tugas (case_task)", en: "step and role names in the worklist (case_task)")

    public static func notHeld(_ sequence: Int, by operatorName: String, role: String, at: String) -> Localized {
        Localized(id: "⚠ kejadian \(sequence) (\(operatorName) · \(role), \(at)): operator tidak memegang peran ini saat itu",
                  en: "⚠ event \(sequence) (\(operatorName) · \(role), \(at)): the operator did not hold this role at that time")
    }

    public static let notHeldMark = Localized(id: "⚠ peran tidak dipegang saat itu", en: "⚠ role not held at that time")

    public static func notHeldSummary(_ count: Int) -> Localized {
        Localized(id: "⚠ \(count) kejadian ditulis oleh operator yang tidak memegang perannya saat itu (daftar peran); periksa dengan sop db verify",
                  en: "⚠ \(count) event(s) written by an operator who did not hold the role at that time (roster); check with sop db verify")
    }

    /// An event written in a role other than the one its step was run in (the SOP revision the
    /// case follows), as `sop db verify` reports it: marked in the timeline.
    public static func otherRole(_ sequence: Int, by operatorName: String, role: String, at: String, expected: String) -> Localized {
        Localized(id: "⚠ kejadian \(sequence) (\(operatorName) · \(role), \(at)): ditulis dalam peran ini, tetapi langkah itu dijalankan peran \(expected)",
                  en: "⚠ event \(sequence) (\(operatorName) · \(role), \(at)): written in this role, but that step is run by the role \(expected)")
    }

    public static let otherRoleMark = Localized(id: "⚠ bukan peran langkah ini", en: "⚠ not this step's role")

    public static func otherRoleSummary(_ count: Int) -> Localized {
        Localized(id: "⚠ \(count) kejadian ditulis dalam peran selain peran langkahnya (revisi SOP yang diikuti); periksa dengan sop db verify",
                  en: "⚠ \(count) event(s) written in a role other than their step's (the SOP revision followed); check with sop db verify")
    }

    public static let reportChecked = Localized(
        id: "Rantai, revisi SOP yang diikuti (hash-nya), riwayat daftar peran (rantainya, dan pemegang peran setiap kejadian) dan kunjungan langkah setiap kasus yang dihitung diperiksa terhadap kejadiannya, penomoran kasus terhadap penghitungnya (tidak ada kasus yang hilang) dan kepala rantai pada segel terbaru: cocok.",
        en: "Every counted case's chain, the SOP revision it follows (its hash), the roster's history (its chain, and who held the role of each event) and step visits were checked against its events, the case numbering against its counter (no case missing) and the chain heads in the newest seal: they agree.")

    /// A derived row that disagrees with a history already broken at `sequence`: printed under it.
    public static func followsEdit(_ text: Localized, at sequence: Int) -> Localized {
        let place = sequence > 0 ? ("urutan \(sequence)", "sequence \(sequence)") : ("kasus ini", "this case")
        return Localized(id: text.id + " (akibat kerusakan riwayat di \(place.0) di atas, tidak dihitung tersendiri)",
                         en: text.en + " (a consequence of the history's break at \(place.1) above, not counted on its own)")
    }
}
