/// Visits of a step a case passes more than once: `sop correct --kunjungan N` and which pass a
/// correction changed.
extension Catalog {
    public enum Visits {}
}

extension Catalog.Visits {
    /// `sop correct --kunjungan N` for a visit the case has not made.
    public static func noSuchVisit(_ step: String, _ visit: Int, visits: [Int]) -> Localized {
        let list = visits.map(String.init).joined(separator: ", ")
        return Localized(id: "kasus ini tidak melewati kegiatan \(step) kunjungan ke-\(visit) (kunjungan yang ada: \(list))",
                         en: "this case did not pass step \(step) a visit \(visit) (its visits: \(list))")
    }

    /// `sop correct` of a row the case went through several times: which pass was corrected.
    public static func correctedVisit(_ visit: Int, of count: Int) -> Localized {
        Localized(id: "(kunjungan ke-\(visit) dari \(count); pilih yang lain dengan --kunjungan N)",
                  en: "(visit \(visit) of \(count); choose another with --kunjungan N)")
    }

    public static let visitOptionHelp = Localized(
        id: "Kunjungan ke berapa dari kegiatan yang dilewati kasus lebih dari sekali (seperti di sop case); bawaan: yang terakhir.",
        en: "Which visit of a step the case passed more than once (as sop case shows it); default: the latest.")

    public static let visitPositive = Localized(
        id: "--kunjungan adalah nomor kunjungan: 1, 2, …", en: "--kunjungan is a visit number: 1, 2, …")
}

extension Catalog.Visits {
    /// A field asked again on a later pass of its row: Enter keeps the previous answer, shown
    /// as the timeline shows it (a NIK or phone masked).
    /// The web step page, under a field asked again on a later pass whose previous answer is
    /// personal: the field is left empty (the value never goes to the browser), and empty keeps it.
    public static func webKeepsMasked(_ masked: String) -> Localized {
        Localized(id: "Kosongkan untuk tetap memakai isian kunjungan sebelumnya ('\(masked)'); tulis yang baru bila berubah.",
                  en: "Leave empty to keep the previous pass's answer ('\(masked)'); type a new one if it changed.")
    }

    /// The same, under a field filled in with the previous pass's answer.
    public static let webPrefilled = Localized(id: "Terisi dari kunjungan sebelumnya; ubah bila berubah.",
                                               en: "Filled in from the previous pass; change it if it changed.")

    public static func fieldPromptKeeping(_ label: String, hint: String?, previous: String) -> Localized {
        let lead = hint.map { $0 + "; " } ?? ""
        return Localized(id: "\(label) (\(lead)Enter: tetap '\(previous)')", en: "\(label) (\(lead)Enter: keep '\(previous)')")
    }
}
