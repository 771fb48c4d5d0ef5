/// The web timeline of a case: who started it, where it waits and whose turn it is, when it finished.
extension Catalog {
    public enum WebTimeline {}
}

extension Catalog.WebTimeline {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// The web timeline's lines of who started and who ended the case.
    public static func startedBy(_ at: String, who: String) -> Localized {
        both("Dimulai \(at) oleh \(who).", "Started \(at) by \(who).")
    }

    /// A step nobody has opened, in `sop case`: how long it has waited for its role.
    public static func notOpenedWaiting(_ waited: String) -> Localized {
        Localized(id: "belum dibuka, menunggu \(waited)", en: "not opened yet, waiting \(waited)")
    }

    public static let nowAt = Localized(id: "Sekarang", en: "Now")

    /// "kegiatan 3 · Menelaah pengaduan — giliran Staf layanan pengaduan, batas 07-12-2026 08.30 WIB"
    public static func turn(_ step: String, role: String, due: String?) -> Localized {
        let dueID = due.map { ", batas \($0)" } ?? "", dueEN = due.map { ", due \($0)" } ?? ""
        return Localized(id: "\(step) — giliran \(role)\(dueID)", en: "\(step) — \(role)'s turn\(dueEN)")
    }

    public static func finishedOn(_ when: String) -> Localized { Localized(id: "selesai pada \(when)", en: "completed on \(when)") }

    public static let pausedNow = Localized(id: "dijeda; dilanjutkan dari halaman kasus", en: "paused; resumed from the case's page")

    public static func revisionDate(_ date: String) -> Localized { Localized(id: "SOP revisi \(date)", en: "SOP revised \(date)") }
}
