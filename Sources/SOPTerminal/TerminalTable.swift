/// The tables of the terminal screens for other libraries (`sop report`): plain aligned columns;
/// given a terminal's width, too-wide columns narrow and their cells wrap at word boundaries,
/// as in `sop tasks` and `sop cases` (`Columns`).
public enum TerminalTable {
    public static func render(header: [String], rows: [[String]], width: Int?) -> String {
        Columns.render(header: header, rows: rows, colour: false, width: width) { _ in nil }
    }
}
