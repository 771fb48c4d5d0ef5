/// What `sop lint` says about tester 16's findings (branch desk16): a waktu in days that does not
/// say calendar or working days, in an SOP that writes its service hours.
extension Catalog {
    public enum Desk16 {
        public static let waktuDayBasisSummary = Localized(
            id: "waktu dalam hari tanpa kata kalender atau kerja pada SOP yang menulis jam layanan",
            en: "a waktu in days that says neither calendar nor working days, in an SOP with service hours")

        /// "1 hari" counted as calendar days although the unit works by its service hours.
        public static func waktuDayBasis(_ text: String, calendar: String, working: String) -> Localized {
            Localized(
                id: "waktu '\(text)' dihitung sebagai '\(calendar)' (hari berjalan: batasnya dapat jatuh pada Sabtu, Minggu, hari libur atau malam hari); "
                    + "pada unit dengan jam layanan, '\(text)' sering berarti '\(working)' (hari kerja menurut kalender unit)",
                en: "waktu '\(text)' is counted as '\(calendar)' (elapsed days: its due time can fall on a Saturday, a Sunday, a holiday or at night); "
                    + "in a unit with service hours, '\(text)' often means '\(working)' (working days by the unit's calendar)")
        }

        /// A field asked again on a later pass of its row: Enter keeps the previous answer, shown
        /// as the timeline shows it (a NIK or phone masked).
        public static func fieldPromptKeeping(_ label: String, hint: String?, previous: String) -> Localized {
            let lead = hint.map { $0 + "; " } ?? ""
            return Localized(id: "\(label) (\(lead)Enter: tetap '\(previous)')", en: "\(label) (\(lead)Enter: keep '\(previous)')")
        }
    
        /// Under a report's table of steps: which columns count cases and which count visits
        /// (tester 16, finding 12: "Kasus 2" beside "Tepat waktu 3/3").
        public static let reportStepsLegend = Localized(
            id: "Kasus: banyaknya kasus yang sampai pada kegiatan itu. Median, P90, Tepat waktu dan Terlambat dihitung per kunjungan: kegiatan yang dikerjakan lagi karena kembali ke kegiatan sebelumnya dihitung setiap kali.",
            en: "Cases: how many cases reached the step. Median, P90, Within and Overdue count visits: a step done again after a loop back counts each time.")
    
        /// "Tidak berlaku" given for an item printed without a condition.
        public static func notConditional(_ item: String) -> Localized {
            Localized(id: "'\(item)' tidak bersyarat (tanpa \"apabila …\"/\"jika …\" pada SOP), jadi selalu berlaku; jawab y (ada) atau t (tidak ada)",
                      en: "'\(item)' has no condition (no \"apabila …\"/\"jika …\" in the SOP), so it always applies; answer y (present) or t (missing)")
        }

        public static let answerYesNoNotApplicable = Localized(
            id: "jawab y (ada), t (tidak ada) atau tb (tidak berlaku)", en: "answer y (present), t (missing) or na (not applicable)")

        /// The prompt of a conditional item.
        public static func conditionalPrompt(_ item: String, required: Bool) -> Localized {
            required
                ? Localized(id: "Kelengkapan · \(item) (wajib) ada? [y/t/tb]", en: "Requirement · \(item) (required) present? [y/n/na]")
                : Localized(id: "Kelengkapan · \(item) ada? [y/t/tb]", en: "Requirement · \(item) present? [y/n/na]")
        }

        public static let notApplicableRecorded = Localized(id: "tidak berlaku", en: "not applicable")

        /// The receipt's line of conditional items that did not apply.
        public static let receiptNotApplicable = Localized(id: "Kelengkapan tidak berlaku", en: "Documents not applicable")
    }
}
