/// Time a step took, as the desk and timelines show it: the clock time and the time counted on the
/// standard's clock, within or past a standard of days.
extension Catalog {
    public enum ElapsedTime {}
}

extension Catalog.ElapsedTime {
    /// A step under a standard of days done by its deadline, or after it (the timeline).
    public static func withinDue(_ due: String) -> Localized {
        Localized(id: "tepat waktu, batas \(due)", en: "within, due \(due)")
    }

    public static func overDue(_ due: String) -> Localized {
        Localized(id: "MELEBIHI batas \(due)", en: "OVER, due \(due)")
    }

    public static let noMinutes = Localized(id: "0 menit", en: "0 min")

    /// "2 menit; terhitung kurang dari 1 menit": the clock time between start and end, and the
    /// time counted on the standard's clock (pauses and closed hours left out).
    public static func counted(_ wall: String, _ counted: String) -> Localized {
        Localized(id: "\(wall); terhitung \(counted)", en: "\(wall); \(counted) counted")
    }

    /// "3 menit; terhitung sejak kegiatan 1: 5 menit": a step timed from an earlier row's start
    /// (`dihitung_sejak`, a merged cell): the counted time is not this step's own (tester 32, F8).
    public static func countedSince(_ wall: String, row: String, _ counted: String) -> Localized {
        Localized(id: "\(wall); terhitung sejak kegiatan \(row): \(counted)", en: "\(wall); \(counted) counted since step \(row)")
    }

    public static func within(_ detail: Localized) -> Localized {
        Localized(id: "tepat waktu, \(detail.text(.id))", en: "within, \(detail.text(.en))")
    }
}
