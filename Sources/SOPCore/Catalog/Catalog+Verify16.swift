/// What an auditor reads of `sop db verify`, `sop case` and `sop report --periksa` once one edit is
/// one finding, events are checked against the roster at their time, and a report checks what its
/// figures rest on.
extension Catalog {
    public enum Verify16 {
        // MARK: sop db verify: one edit, one finding

        public static let inserted = Localized(
            id: "kejadian ini disisipkan: kejadian sesudahnya terhubung ke kejadian sebelumnya",
            en: "this event was inserted: the event after it links to the event before it")

        /// The line of consequence under a cut chain whose following events were renumbered.
        public static func renumbered(_ first: Int, through last: Int, cutAt: Int, shift: Int) -> Localized {
            let range = first == last ? "\(first)" : "\(first)–\(last)"
            let former = first == last ? "\(first + shift)" : "\(first + shift)–\(last + shift)"
            return Localized(
                id: "kejadian \(range) tidak dapat diperiksa lagi terhadap urutannya karena rantai terputus di urutan \(cutAt): nomornya digeser (semula \(former)); di antara kejadian itu sendiri hash masih saling cocok, dan perubahan lain di antaranya dilaporkan tersendiri",
                en: "events \(range) can no longer be checked against their sequence because the chain is cut at sequence \(cutAt): they were renumbered (formerly \(former)); among themselves their hashes still agree, and any other change among them is reported on its own")
        }

        // MARK: sop db verify: the worklist's display names

        public static let worklistNames = Localized(
            id: "nama langkah dan peran di daftar tugas (case_task)", en: "step and role names in the worklist (case_task)")

        // MARK: sop case: events by an operator who did not hold the role

        public static func notHeld(_ sequence: Int, by operatorName: String, role: String, at: String) -> Localized {
            Localized(id: "⚠ kejadian \(sequence) (\(operatorName) · \(role), \(at)): operator tidak memegang peran ini saat itu",
                      en: "⚠ event \(sequence) (\(operatorName) · \(role), \(at)): the operator did not hold this role at that time")
        }

        public static let notHeldMark = Localized(id: "⚠ peran tidak dipegang saat itu", en: "⚠ role not held at that time")

        public static func notHeldSummary(_ count: Int) -> Localized {
            Localized(id: "⚠ \(count) kejadian ditulis oleh operator yang tidak memegang perannya saat itu (daftar peran); periksa dengan sop db verify",
                      en: "⚠ \(count) event(s) written by an operator who did not hold the role at that time (roster); check with sop db verify")
        }

        // MARK: sop report --periksa

        public static let reportChecked = Localized(
            id: "Rantai, revisi SOP yang diikuti (hash-nya), riwayat daftar peran (rantainya, dan pemegang peran setiap kejadian) dan kunjungan langkah setiap kasus yang dihitung diperiksa terhadap kejadiannya: cocok.",
            en: "Every counted case's chain, the SOP revision it follows (its hash), the roster's history (its chain, and who held the role of each event) and step visits were checked against its events: they agree.")
    }
}
