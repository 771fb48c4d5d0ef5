/// Estimates how wide a text is drawn, and wraps it to a width, without a font engine.
///
/// The estimate uses the advance widths of DejaVu Sans (the first font the HTML and SVG ask
/// for, and among the widest common sans-serif faces), so the same text in Liberation Sans,
/// Arial or Helvetica is narrower and still fits. Characters outside ASCII count as wide.
public enum TextMeasure {
    /// Advance widths in ems of ASCII 32…126, DejaVu Sans Book.
    private static let regular: [Double] = [
        0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361, 0.318,
        0.337, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337, 0.337, 0.838,
        0.838, 0.838, 0.531, 1.0, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295,
        0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732, 0.684, 0.989, 0.685,
        0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55, 0.635, 0.615, 0.352, 0.635,
        0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392, 0.634,
        0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636, 0.838,
    ]
    /// Advance widths in ems of ASCII 32…126, DejaVu Sans Bold.
    private static let bold: [Double] = [
        0.348, 0.456, 0.521, 0.838, 0.696, 1.002, 0.872, 0.306, 0.457, 0.457, 0.523, 0.838, 0.38, 0.415,
        0.38, 0.365, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.4, 0.4, 0.838,
        0.838, 0.838, 0.58, 1.0, 0.774, 0.762, 0.734, 0.83, 0.683, 0.683, 0.821, 0.837, 0.372, 0.372,
        0.775, 0.637, 0.995, 0.837, 0.85, 0.733, 0.85, 0.77, 0.72, 0.682, 0.812, 0.774, 1.103, 0.771,
        0.724, 0.725, 0.457, 0.365, 0.457, 0.838, 0.5, 0.5, 0.675, 0.716, 0.593, 0.716, 0.678, 0.435,
        0.716, 0.712, 0.343, 0.343, 0.665, 0.343, 1.042, 0.712, 0.687, 0.716, 0.716, 0.493, 0.595, 0.478,
        0.712, 0.652, 0.924, 0.645, 0.652, 0.582, 0.712, 0.365, 0.712, 0.838,
    ]
    /// A little room for rounding and hinting in the browser.
    private static let safety = 1.04

    /// The width in pixels of a text drawn at the given size.
    public static func width(_ text: some StringProtocol, fontSize: Double, bold isBold: Bool = false) -> Double {
        let table = isBold ? bold : regular
        var ems = 0.0
        for scalar in text.unicodeScalars {
            let value = Int(scalar.value)
            if value >= 32 && value <= 126 {
                ems += table[value - 32]
            } else if scalar.properties.isWhitespace {
                ems += table[0]
            } else if value < 0x2E80 {
                ems += isBold ? 0.85 : 0.8
            } else {
                ems += 1.0
            }
        }
        return ems * fontSize * safety
    }

    /// Greedy word wrap to a width in pixels. Line breaks in the text are kept; a word longer
    /// than the width breaks after a '/' or '-' where it can, else where it must.
    public static func wrap(_ text: String, width: Double, fontSize: Double, bold: Bool = false) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if self.width(candidate, fontSize: fontSize, bold: bold) <= width {
                    line = candidate
                    continue
                }
                if !line.isEmpty { lines.append(line) }
                line = ""
                var rest = Substring(word)
                while self.width(rest, fontSize: fontSize, bold: bold) > width, rest.count > 1 {
                    let (cut, hyphen) = breakIndex(rest, width: width, fontSize: fontSize, bold: bold)
                    lines.append(String(rest[..<cut]) + (hyphen ? "-" : ""))
                    rest = rest[cut...]
                }
                line = String(rest)
            }
            lines.append(line)
        }
        while lines.count > 1, lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// Where to cut a word too wide for a line: after the last '/' or '-' that fits, else between
    /// two syllables with a hyphen ("Verifika-" / "tor", as a printed page breaks a word), else at
    /// the last character that fits (at least one character, so wrapping always ends).
    private static func breakIndex(_ word: Substring, width: Double, fontSize: Double, bold: Bool) -> (Substring.Index, hyphen: Bool) {
        var fits = word.index(after: word.startIndex)
        var index = fits
        while index < word.endIndex {
            let next = word.index(after: index)
            if self.width(word[..<next], fontSize: fontSize, bold: bold) > width { break }
            fits = next
            index = next
        }
        if let separator = word[..<fits].lastIndex(where: { $0 == "/" || $0 == "-" }), separator > word.startIndex {
            return (word.index(after: separator), false)
        }
        let fitting = word.distance(from: word.startIndex, to: fits)
        for cut in Syllables.breaks(String(word)).reversed() where cut < fitting {
            let head = word.prefix(cut)
            if self.width(head + "-", fontSize: fontSize, bold: bold) <= width { return (head.endIndex, true) }
        }
        return (fits, false)
    }
}
