import SOPCore

/// Text printed on several lines (an actor's column heading or the SOP's `judul` typed with
/// `|-`), for every place that prints it inside one line: terminal screens, the listing's table,
/// the receipt, the report, a title bar.
public enum PrintedLine {
    /// `text` on one line: each line trimmed, blank lines dropped, joined by single spaces.
    public static func of(_ text: String) -> String {
        // Every listing row and step header names actors: a name whose UTF-8 has no byte a
        // line break can start with (U+000A–U+000D, U+0085 after 0xC2, U+2028/U+2029 after
        // 0xE2) has no line break, and is returned without walking its characters.
        guard text.utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        guard text.contains(where: \.isNewline) else { return text }
        return lines(text).joined(separator: " ")
    }

    /// The lines `text` was printed on: each trimmed, blank ones dropped.
    public static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}

extension SOP {
    /// The `judul` on one line (its printed line breaks as single spaces).
    public var lineJudul: String { PrintedLine.of(judul) }
}
