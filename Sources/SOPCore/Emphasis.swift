/// Words printed in italics, written `*Output*` in a printed text (a table heading, a cell, a
/// section item): an asterisk right before a letter or digit opens, the next asterisk right
/// after a character that is not a space closes. Any other asterisk is the character itself,
/// so footnote marks ("Dokumen pendukung *)", "**)"), "* Dokumen …" and "2*3" stay as written,
/// and so does an asterisk that opens and is never closed.
public enum Emphasis {
    public struct Run: Sendable, Equatable {
        public var text: String
        public var italic: Bool

        public init(_ text: String, italic: Bool) {
            self.text = text
            self.italic = italic
        }
    }

    /// The text in runs, plain and italic, markers removed. Line breaks stay inside the runs.
    public static func runs(_ text: String) -> [Run] {
        guard text.contains("*") else { return [Run(text, italic: false)] }
        let characters = Array(text)
        var runs: [Run] = []
        var plain = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "*", opens(characters, at: index),
               let close = closing(characters, after: index)
            {
                if !plain.isEmpty { runs.append(Run(plain, italic: false)) }
                plain = ""
                runs.append(Run(String(characters[(index + 1)..<close]), italic: true))
                index = close + 1
                continue
            }
            plain.append(characters[index])
            index += 1
        }
        if !plain.isEmpty || runs.isEmpty { runs.append(Run(plain, italic: false)) }
        return runs
    }

    /// The text as read, without the markers ("*Output*" → "Output").
    public static func plain(_ text: String) -> String {
        guard text.contains("*") else { return text }
        return runs(text).map(\.text).joined()
    }

    /// HTML content: escaped, italic runs in `<i>`, line breaks kept.
    public static func html(_ text: String) -> String {
        runs(text).map { $0.italic ? "<i>" + HTML.escape($0.text) + "</i>" : HTML.escape($0.text) }.joined()
    }

    /// Lines laid out from one text (a cell broken into lines): each line's HTML, an italic run
    /// that goes on to the next line closed at the end of one and opened again on the next.
    public static func html(lines: [String]) -> [String] {
        guard lines.contains(where: { $0.contains("*") }) else { return lines.map(HTML.escape) }
        var out = Array(repeating: "", count: lines.count)
        var line = 0
        for run in runs(lines.joined(separator: "\n")) {
            let pieces = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (offset, piece) in pieces.enumerated() {
                if offset > 0 { line += 1 }
                guard !piece.isEmpty, line < out.count else { continue }
                let escaped = HTML.escape(String(piece))
                out[line] += run.italic ? "<i>" + escaped + "</i>" : escaped
            }
        }
        return out
    }

    /// An opening asterisk: at the start or after a space or an opening mark, before a letter
    /// or a digit.
    private static func opens(_ characters: [Character], at index: Int) -> Bool {
        guard index + 1 < characters.count, characters[index + 1].isLetter || characters[index + 1].isNumber else { return false }
        guard index > 0 else { return true }
        let before = characters[index - 1]
        return before.isWhitespace || "([{\"'/“‘".contains(before)
    }

    /// The asterisk closing the one at `start`: after a character that is not a space or an
    /// asterisk, and not followed by a letter or a digit; none across an empty line.
    private static func closing(_ characters: [Character], after start: Int) -> Int? {
        var index = start + 2
        while index < characters.count {
            let character = characters[index]
            if character == "\n", characters[index - 1] == "\n" { return nil }
            if character == "*", !characters[index - 1].isWhitespace, characters[index - 1] != "*",
               index + 1 == characters.count || !(characters[index + 1].isLetter || characters[index + 1].isNumber)
            {
                return index
            }
            index += 1
        }
        return nil
    }
}
