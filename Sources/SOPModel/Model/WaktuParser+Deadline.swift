import SOPCore
/// Printed waktu that is not a span of time: a deadline before an event ("Paling lambat 2 (dua)
/// bulan sebelum periode kenaikan pangkat", tester 26, finding 1), and the words an official
/// writes for "no time standard" (`waktu_baku: tanpa`, "-").
extension WaktuParser {
    /// Whether the duration `read` out of `text` is followed by "sebelum": a date that many
    /// months or days before an event, not a span counted from the step's start.
    public static func isBeforeEvent(_ text: String, read: String) -> Bool {
        guard let range = text.range(of: read) else { return false }
        let after = text[range.upperBound...].lowercased().split { !$0.isLetter }
        return after.first == "sebelum" || after.first == "sebelumnya"
    }

    /// `waktu_baku: tanpa`, `tidak ada` or `-`, in any case and spacing: no time standard.
    public static func isNoStandard(_ text: String) -> Bool {
        noStandardWords.contains(TextKey.folded(text))
    }

    /// The words that say "no standard", as the README and lint's notes name them.
    public static let noStandardWords: Set<String> = ["tanpa", "tidak ada", "-", "–", "—"]
}
