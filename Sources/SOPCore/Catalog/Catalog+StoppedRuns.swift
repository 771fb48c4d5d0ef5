/// A run (`sop run`) that stopped before its end: the answers before a refused one stay saved.
extension Catalog {
    public enum StoppedRuns {}
}

extension Catalog.StoppedRuns {
    /// A run that failed outside any one step (answers left over in the answers file).
    public static func runFailed(_ reason: String) -> Localized {
        answersKept(reason)
    }

    /// A run that stopped at a refused answer: the answers before it stay saved. A reason that
    /// ends in a question ("mungkin maksudnya '…'?") is not followed by a semicolon.
    public static func answersKept(_ reason: String, en: String? = nil) -> Localized {
        let joiner = reason.hasSuffix("?") ? " — " : "; "
        return Localized(id: "\(reason)\(joiner)jawaban yang sah sebelumnya tetap tersimpan",
                         en: "\(en ?? reason)\(joiner)the valid answers before it stay saved")
    }
}
