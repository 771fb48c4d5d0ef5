/// Pausing, resuming and cancelling a case at the web desk, and the links from a case's page.
extension Catalog {
    public enum PauseAndCancel {}
}

extension Catalog.PauseAndCancel {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// The confirmation pages: which case, its title and the step waiting.
    public static func pauseCaseTitle(_ caseID: String) -> Localized { both("Jeda kasus \(caseID)?", "Pause case \(caseID)?") }

    public static func cancelCaseTitle(_ caseID: String) -> Localized { both("Batalkan kasus \(caseID)?", "Cancel case \(caseID)?") }

    public static let waitingAt = both("Menunggu di", "Waiting at")

    public static func step(_ label: String) -> Localized { both("Kegiatan \(label)", "Step \(label)") }

    public static func casePaused(_ caseID: String) -> Localized {
        both("Kasus \(caseID) sedang dijeda: kegiatannya menunggu sampai kasus dilanjutkan. Lanjutkan kasus untuk mengerjakannya.",
             "Case \(caseID) is paused: its steps wait until the case is resumed. Resume the case to work on them.")
    }

    public static let resumeToWork = both("Lanjutkan kasus", "Resume the case")

    public static let printReceipt = both("Cetak", "Print")

    public static let backToCase = both("Kembali ke kasus", "Back to the case")
}
