/// The message catalog: every sentence users read, in Bahasa Indonesia and English.
///
/// Messages are grouped by the layer that says them (one extension file each), so a translator
/// reads one place and a developer finds a message next to its siblings.
public enum Catalog {}

extension Catalog {
    public static func unreadableFile(_ path: String, reason: String) -> Localized {
        Localized(
            id: "tidak dapat membaca '\(path)': \(reason)",
            en: "cannot read '\(path)': \(reason)")
    }

    public static func quoted(_ values: [String]) -> String {
        values.map { "'\($0)'" }.joined(separator: ", ")
    }

    public static func didYouMean(_ suggestion: String) -> Localized {
        Localized(id: "mungkin maksudnya '\(suggestion)'?", en: "did you mean '\(suggestion)'?")
    }
}
