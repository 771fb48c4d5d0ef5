/// The tables of the terminal screens for other libraries (`sop report`): plain aligned columns;
/// given a terminal's width, too-wide columns narrow and their cells wrap at word boundaries,
/// as in `sop tasks` and `sop cases` (`Columns`).
public enum TerminalTable {
    public static func render(header: [String], rows: [[String]], width: Int?) -> String {
        Columns.render(header: header, rows: rows, colour: false, width: width) { _ in nil }
    }
}

/// Text cut to a width with "…" at a word's end, no punctuation or space before the "…" (a
/// receipt's title, a report's step in a terminal's table).
public enum TextCut {
    public static func atWord(_ text: String, _ width: Int) -> String {
        guard text.count > width else { return text }
        var kept = String(text.prefix(max(0, width - 1)))
        if let space = kept.lastIndex(of: " ") { kept = String(kept[..<space]) }
        while kept.last?.isPunctuation == true || kept.last == " " { kept.removeLast() }
        return kept + "…"
    }
}
