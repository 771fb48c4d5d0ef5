/// Messages of desk5 (an outside tester's findings on two new SOPs).
extension Catalog {
    public enum Desk5 {
        /// Text typed where only Enter finishes the step: refused, never dropped silently.
        public static func completeTakesEnter(_ step: Localized) -> Localized {
            Localized(id: "tekan Enter saja untuk menyelesaikan kegiatan \(step.id); teks tidak disimpan (untuk catatan: /catatan TEKS)",
                      en: "press Enter alone to finish step \(step.en); the text is not kept (for a note: /note TEXT)")
        }

        /// A run that failed outside any one step (answers left over in the answers file).
        public static func runFailed(_ reason: String) -> Localized {
            Print6.answersKept(reason)
        }
    }
}
