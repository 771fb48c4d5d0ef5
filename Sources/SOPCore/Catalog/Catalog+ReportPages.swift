/// What the report page says (issue 13): paused cases apart, the page heading, steps without a
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
            id: "Kegiatan tanpa standar waktu digambar abu-abu, pada skala bersama kegiatan tanpa standar lainnya.",
            en: "Steps without a time standard are drawn grey, on a scale shared by the other steps without one.")
    }
}
