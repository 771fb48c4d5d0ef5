/// Text for a terminal's width: wrapped at word boundaries when the output is a terminal,
/// left as it is for pipes and files (scripts and golden files read whole lines).
extension Terminal {
    /// The width to wrap to: the terminal's own (TIOCGWINSZ, else COLUMNS), nil off a terminal.
    public var wrapWidth: Int? { isTTY ? width : nil }
}

public enum ScreenFit {
    /// Every line of `text` wrapped to `width` (continuation lines keep a line's indentation
    /// or bullet); a trailing newline is kept. Nil width: unchanged.
    public static func fit(_ text: String, width: Int?, reserve: Int = 0) -> String {
        guard let width else { return text }
        let trailing = text.hasSuffix("\n")
        let body = trailing ? String(text.dropLast()) : text
        guard body.split(separator: "\n", omittingEmptySubsequences: false).contains(where: { $0.count > width - reserve }) else {
            return text
        }
        return TextWrap.wrap(body, width: width - reserve).joined(separator: "\n") + (trailing ? "\n" : "")
    }

}
