/// The complainant's status lookup (`sop status`, the public status page): where an open case
/// stands in plain words, too many lookups, a lookup that cannot be answered.
extension Catalog {
    public enum PublicStatus {}
}

extension Catalog.PublicStatus {
    private static func both(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    public static func statusUnavailable(_ code: String) -> Localized {
        Localized(
            id: "catatan layanan dengan kode lacak \(code) tidak dapat ditampilkan saat ini; mohon hubungi kantor layanan dengan membawa tanda terima",
            en: "the record of the request with tracking code \(code) cannot be shown at the moment; please contact the service office with your receipt")
    }

    public static func lookedUp(_ code: String) -> Localized { both("Kode lacak: \(code)", "Tracking code: \(code)") }

    public static let checkAnother = both("Cek kode lain", "Check another code")

    /// Where an open case stands, for the complainant: the stage and who has it, without the
    /// SOP's internal wording.
    /// A name ending in its own full stop ("Kasi Pem.") ends the sentence with it.
    public static func statusStage(_ position: String, of total: String, who: String) -> Localized {
        let end = who.hasSuffix(".") ? "" : "."
        return both("Sedang dikerjakan: tahap \(position) dari \(total), sedang diproses oleh \(who)\(end)",
                    "In progress: stage \(position) of \(total), being handled by \(who)\(end)")
    }

    /// A paused case's stage: one state, never "being handled" and "on hold" side by side.
    public static func statusStageOnHold(_ position: String, of total: String) -> Localized {
        both("Tahap \(position) dari \(total); layanan sedang ditunda.",
             "Stage \(position) of \(total); the request is on hold.")
    }

    public static let statusTooManyTitle = both("Terlalu banyak pencarian", "Too many lookups")

    public static let statusTooMany = both(
        "Anda sudah mencari terlalu banyak kode dalam satu menit. Tunggu 1 menit, lalu coba lagi.",
        "You looked up too many codes in one minute. Wait 1 minute, then try again.")

    public static let statusBack = both("Kembali ke Cek status", "Back to Check status")
}
