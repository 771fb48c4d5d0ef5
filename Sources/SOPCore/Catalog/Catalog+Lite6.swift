/// What `sop cases` says of a listed case whose stored rows do not match its history (lite6).
extension Catalog {
    public enum Lite6 {
        /// The status cell of such a case: its stored status, active steps and due time are not shown.
        public static let brokenMark = Localized(id: "✗ tidak cocok dengan riwayat", en: "✗ does not match its history")

        /// After the list: which cases were marked, and why (exit 1).
        public static func listingMarked(_ breaks: [Localized]) -> Localized {
            var text = Localized(id: "data kasus yang tersimpan tidak cocok dengan riwayatnya, kasus ditandai ✗ dalam daftar: ",
                                 en: "stored case data does not match its history, the cases are marked ✗ in the list: ")
            for (index, located) in breaks.enumerated() {
                text = text + (index == 0 ? located : Localized(verbatim: "; ") + located)
            }
            return text + Localized(id: "; periksa dengan sop db verify", en: "; check it with sop db verify")
        }
    }
}
