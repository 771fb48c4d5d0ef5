/// The web desk's worklist: opening a case by its number, an SOP not offered because of lint
/// errors, the link to the report.
extension Catalog {
    public enum Worklist {}
}

extension Catalog.Worklist {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    /// On the worklist of whoever holds the first step's role of an SOP with lint errors.
    public static func sopNotOffered(_ nomor: String, judul: String) -> Localized {
        both("SOP \(nomor) (\(judul)) tidak dapat dimulai: berkasnya memiliki galat (sop lint). Sampaikan kepada penyusun SOP.",
             "SOP \(nomor) (\(judul)) cannot be started: its file has errors (sop lint). Tell whoever writes the SOPs.")
    }

    /// Opening a case by its number (worklist).
    public static let findCaseLabel = both("Buka kasus nomor", "Open case number")

    public static let findCaseBad = both("Nomor kasus tidak dikenal.", "Unknown case number.")

    public static let navReport = both("Laporan", "Report")

    /// After a hand-over: the case it went with.
    public static func seeCase(_ caseID: String) -> Localized { both("Lihat kasus \(caseID)", "See case \(caseID)") }
}
