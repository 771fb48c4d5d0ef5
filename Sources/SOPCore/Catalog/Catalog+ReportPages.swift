/// What the report page says: paused cases apart, the page heading, steps without a
/// time standard.
extension Catalog {
    public enum ReportPages {
        public static func casesWithPaused(_ started: Int, completed: Int, cancelled: Int, open: Int, paused: Int) -> Localized {
            Localized(id: "Kasus \(started) (selesai \(completed), dibatalkan \(cancelled), terbuka \(open), dijeda \(paused))",
                      en: "Cases \(started) (completed \(completed), cancelled \(cancelled), open \(open), paused \(paused))")
        }

        public static let noStandard = Localized(id: "tanpa standar waktu", en: "no time standard")

        /// A step without a standard in the chart: its median in words.
        public static func median(_ value: String) -> Localized {
            Localized(id: "separuh selesai dalam \(value)", en: "half done within \(value)")
        }

        public static let noStandardLegend = Localized(
            id: "Kegiatan tanpa standar waktu tidak digambar batangnya: tanpa standar tidak ada yang dibandingkan; waktu separuh kunjungannya tertulis di sampingnya.",
            en: "Steps without a time standard have no bar: without a standard there is nothing to compare with; the time half their visits took is written beside them.")
    }
}
