/// Greedy word wrap by character count. A line starting with a marker ("• ", "+ ", "→ ",
/// or indentation) keeps its continuation lines aligned after the marker; words longer than
/// the width break after a '/' or '-' where they can, else at the width.
public enum TextWrap {
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let prefix = hangingPrefix(paragraph)
            let hang = prefix.count < width / 2 ? prefix.count : 0
            let body = paragraph.dropFirst(hang)
            let pieces = wrapBody(body, width: width - hang)
            for (index, piece) in pieces.enumerated() {
                let lead = index == 0 ? String(paragraph.prefix(hang)) : String(repeating: " ", count: hang)
                lines.append(lead + piece)
            }
        }
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Leading spaces, then optionally one symbol and a space ("  • ", "+ ", "⧗ ").
    static func hangingPrefix(_ line: Substring) -> Substring {
        var index = line.startIndex
        while index < line.endIndex, line[index] == " " { index = line.index(after: index) }
        if index < line.endIndex, !line[index].isLetter, !line[index].isNumber, line[index] != " " {
            let next = line.index(after: index)
            if next < line.endIndex, line[next] == " " { index = line.index(after: next) }
        }
        return line[..<index]
    }

    private static func wrapBody(_ body: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in body.split(separator: " ") {
            var word = Substring(word)
            while word.count > width - (line.isEmpty ? 0 : line.count + 1) && word.count > width {
                if !line.isEmpty {
                    lines.append(line)
                    line = ""
                }
                let cut = breakIndex(word, width: width)
                lines.append(String(word[..<cut]))
                word = word[cut...]
            }
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        lines.append(line)
        return lines
    }

    /// Where to cut a word too long for the line: after the last '/' or '-' that fits.
    private static func breakIndex(_ word: Substring, width: Int) -> Substring.Index {
        let limit = word.index(word.startIndex, offsetBy: width)
        if let separator = word[..<limit].lastIndex(where: { $0 == "/" || $0 == "-" }),
            separator > word.startIndex
        {
            return word.index(after: separator)
        }
        return limit
    }
}
