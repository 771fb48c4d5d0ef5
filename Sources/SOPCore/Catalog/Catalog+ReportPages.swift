/// What the report page says: paused cases apart, the page heading, steps without a
/// time standard.
extension Catalog {
    public enum ReportPages {
        public static func casesWithPaused(_ started: Int, completed: Int, cancelled: Int, open: Int, paused: Int) -> Localized {
            Localized(id: "Kasus \(started) (selesai \(completed), dibatalkan \(cancelled), terbuka \(open), dijeda \(paused))",
                      en: "Cases \(started) (completed \(completed), cancelled \(cancelled), open \(open), paused \(paused))")
        }

        public static let noStandard = Localized(id: "tanpa standar waktu", en: "no time standard")

        public static func median(_ value: String) -> Localized {
            Localized(id: "median \(value)", en: "median \(value)")
        }

        public static let noStandardLegend = Localized(
            id: "Kegiatan tanpa standar waktu tidak digambar batangnya: tanpa standar tidak ada yang dibandingkan; mediannya tertulis di sampingnya.",
            en: "Steps without a time standard have no bar: without a standard there is nothing to compare with; their median is written beside them.")
    }
}
