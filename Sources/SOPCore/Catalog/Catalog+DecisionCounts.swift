/// What `sop report` says of a decision row's exits: how many passes took each, and the outcome
/// an exit carries (tester 26, finding 5).
extension Catalog {
    public enum DecisionCounts {
        public static let title = Localized(id: "Cabang keputusan", en: "Decision branches")
        public static let columnBranch = Localized(id: "Cabang", en: "Branch")
        public static let columnPasses = Localized(id: "Lintasan", en: "Passes")
        public static let columnOutcome = Localized(id: "Hasil", en: "Outcome")
        public static let legend = Localized(
            id: "Lintasan: kali kegiatan keputusan selesai dengan cabang itu; kasus yang kembali ke keputusan dihitung tiap kali. Hasil: hasil yang dibawa kasus bila cabang itu diambil.",
            en: "Passes: times the decision was done taking that branch; a case that came back to the decision counts each time. Outcome: the outcome a case carries when it takes that branch.")
    }
}
