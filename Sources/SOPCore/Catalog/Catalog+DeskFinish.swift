/// The service desk's finishing touches (issue 13's leftovers): a receipt for an open case,
/// its officers, and the complainant's lookup of a paused case.
extension Catalog.ServiceDesk {
    public static let receiptEarlyHeading = Localized(id: "Tanda Terima", en: "Receipt")
    public static let receiptStatus = Localized(id: "Status", en: "Status")
    public static let receiptReceivedBy = Localized(id: "Petugas penerima", en: "Received by")
    public static let receiptIssuedBy = Localized(id: "Diterbitkan oleh", en: "Issued by")

    /// Where a case stands, on a receipt issued before the SOP's receipt step.
    public static func receiptProgress(_ status: String) -> Localized {
        switch status {
        case "selesai": Localized(id: "selesai", en: "done")
        case "dibatalkan": Localized(id: "dibatalkan", en: "cancelled")
        default: Localized(id: "sedang diproses", en: "in progress")
        }
    }

    public static func receiptFullFormLater(step: String) -> Localized {
        Localized(id: "Ini tanda terima sementara; Form Penerimaan Layanan yang lengkap Anda terima saat layanan sampai pada tahap \(step).",
                  en: "This is a provisional receipt; you receive the full Form Penerimaan Layanan when the service reaches stage \(step).")
    }

    /// A paused case, as the complainant is told: only what the record knows.
    public static let statusOnHold = Localized(id: "Layanan sedang ditunda.", en: "The request is on hold.")
}

extension Catalog.Report {
    /// "kurang dari 1 menit" where a narrow terminal's table has no room for it.
    public static let underAMinuteShort = Localized(id: "< 1 menit", en: "< 1 min")
}
