/// What the web desk (`sop serve`) says in answer to the seventh outside test: a form sent after
/// another desk finished, paused or cancelled its step says who did what and when and shows what
/// was typed; the roster administrator reads the desk; confirmations name their case.
extension Catalog {
    public enum Web6 {}
}

extension Catalog.Web6 {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// The title of the page a form meets when its step no longer waits.
    public static let goneTitle = both("Isian belum disimpan", "Your entries were not saved")

    /// Who did it: "citra (Staf layanan pengaduan)".
    public static func who(_ name: String, role: String?) -> Localized {
        guard let role else { return both(name, name) }
        return both("\(name) (\(role))", "\(name) (\(role))")
    }

    /// The same operator, from another browser or the terminal.
    public static func youElsewhere(_ name: String, role: String?) -> Localized {
        let role = role.map { ", \($0)" } ?? ""
        return both("Anda sendiri (\(name)\(role)) di tab atau jendela lain, di perangkat lain atau di terminal",
                    "you yourself (\(name)\(role)) in another tab or window, on another device or in the terminal")
    }

    public static func stepFinishedBy(_ step: String, who: String, at: String) -> Localized {
        both("Kegiatan \(step) sudah diselesaikan oleh \(who), \(at).", "Step \(step) was finished by \(who), \(at).")
    }

    public static func pausedBy(_ who: String, at: String) -> Localized {
        both("Kasus ini dijeda oleh \(who), \(at).", "This case was paused by \(who), \(at).")
    }

    public static func cancelledBy(_ who: String, at: String, reason: String) -> Localized {
        both("Kasus ini dibatalkan oleh \(who), \(at): \(reason)", "This case was cancelled by \(who), \(at): \(reason)")
    }

    public static let nothingSaved = both(
        "Tidak ada isian formulir ini yang disimpan. Yang Anda ketik ada di bawah untuk disalin bila masih diperlukan, lalu keadaan kasus sekarang.",
        "Nothing of this form was saved. What you typed is below, to copy if it is still needed, then the case as it is now.")

    public static let typedTitle = both("Yang Anda ketik (belum disimpan)", "What you typed (not saved)")
    public static let typedFile = both("berkas, tidak disimpan: unggah lagi bila perlu", "file, not saved: upload it again if needed")
    public static let caseNowTitle = both("Keadaan kasus sekarang", "The case now")

    /// The header's name for the roster administrator's role (not an SOP's actor).
    public static let adminRoleName = both("Pengelola peran", "Roster administrator")

    /// On the worklist of a roster administrator who holds no role to act in.
    public static let adminReadsOnly = both(
        "Sebagai pengelola peran Anda dapat membaca laporan dan linimasa kasus; mengisi kegiatan hanya oleh pemegang peran kegiatan itu.",
        "As roster administrator you may read the report and case timelines; steps are filled in only by who holds their role.")

    /// Opening a case by its number (worklist).
    public static let findCaseLabel = both("Buka kasus nomor", "Open case number")
    public static let findCaseBad = both("Nomor kasus tidak dikenal.", "Unknown case number.")

    public static let navReport = both("Laporan", "Report")

    /// After a hand-over: the case it went with.
    public static func seeCase(_ caseID: String) -> Localized { both("Lihat kasus \(caseID)", "See case \(caseID)") }

    /// The confirmation pages: which case, its title and the step waiting.
    public static func pauseCaseTitle(_ caseID: String) -> Localized { both("Jeda kasus \(caseID)?", "Pause case \(caseID)?") }
    public static func cancelCaseTitle(_ caseID: String) -> Localized { both("Batalkan kasus \(caseID)?", "Cancel case \(caseID)?") }
    public static let waitingAt = both("Menunggu di", "Waiting at")
    public static func step(_ label: String) -> Localized { both("Kegiatan \(label)", "Step \(label)") }

    /// The web timeline's lines of who started and who ended the case.
    public static func startedBy(_ at: String, who: String) -> Localized {
        both("Dimulai \(at) oleh \(who).", "Started \(at) by \(who).")
    }

}
