/// What listings say when a derived row does not hold (issue 11's leftovers).
extension Catalog {
    public enum Record2 {
        /// A listing (`sop cases`, `sop tasks`, `sop report`) refused: its rows say otherwise than the events.
        public static func listingRefused(_ breaks: [Localized]) -> Localized {
            var text = Localized(id: "data kasus yang tersimpan tidak cocok dengan riwayatnya, daftar tidak ditampilkan: ",
                                 en: "stored case data does not match its history, the list is not shown: ")
            for (index, located) in breaks.enumerated() {
                text = text + (index == 0 ? located : Localized(verbatim: "; ") + located)
            }
            return text + Localized(id: "; periksa dengan sop db verify", en: "; check it with sop db verify")
        }
    }
}
