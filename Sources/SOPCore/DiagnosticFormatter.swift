/// Prints diagnostics the way compilers do:
///
///     sop/01.yaml:12:7: error: kunci 'uraian' ditulis dua kali [yaml-duplicate-key]
///        12 |   uraian: Resepsionis menghubungi staf
///           |   ^~~~~~
///
/// Severity words stay English ("error", "warning", "note") so editors and CI matchers read them.
public struct DiagnosticFormatter: Sendable {
    public var language: Language
    public var colour: Bool
    /// The sources to quote lines from, by path.
    public var sources: [String: SourceFile]
    /// The path a finding without a place is about (`sop lint`: the file or folder reported),
    /// printed before it as `path: error: …` so that every finding line starts with its path.
    public var placelessFile: String?

    public init(language: Language, colour: Bool, sources: [String: SourceFile] = [:], placelessFile: String? = nil) {
        self.language = language
        self.colour = colour
        self.sources = sources
        self.placelessFile = placelessFile
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = ""
        if diagnostic.location == nil, let placelessFile {
            out += paint("\(TerminalText.visible(placelessFile)):", .bold) + " "
        }
        out += header(diagnostic.severity, diagnostic.message, at: diagnostic.location)
        out += " [\(diagnostic.code.rawValue)]\n"
        out += snippet(diagnostic.location, severity: diagnostic.severity)
        for note in diagnostic.notes {
            out += header(.note, note.message, at: note.location) + "\n"
            out += snippet(note.location, severity: .note)
        }
        return out
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined()
    }

    private func header(_ severity: Severity, _ message: Localized, at location: Location?) -> String {
        var out = ""
        if let location {
            out += paint("\(TerminalText.visible(location.file)):\(location.line):\(location.column):", .bold) + " "
        }
        out += paint("\(severity.rawValue):", severity.colour) + " "
        out += paint(TerminalText.visible(message.text(language)), .bold)
        return out
    }

    private func snippet(_ location: Location?, severity: Severity) -> String {
        guard let location, let source = sources[location.file],
            let text = source.line(location.line)
        else { return "" }
        var column = location.column
        // A long line (a 900 KB value) is shown as a window of 120 columns around the mark,
        // its cut ends as "…", the caret under the same character.
        let window = 120
        let shown: String
        let width: Int
        if text.utf8.count <= window, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            // Printable ASCII inside the window (most lines): shown as written, a column a byte.
            shown = text
            width = text.utf8.count
        } else {
            var scalars = Array(TerminalText.excerpt(text).unicodeScalars)
            if scalars.count > window {
                let from = max(0, min(column - 1 - 20, scalars.count - window))
                let to = min(scalars.count, from + window)
                scalars = (from > 0 ? ["…"] : []) + Array(scalars[from..<to]) + (to < scalars.count ? ["…"] : [])
                column = column - from + (from > 0 ? 1 : 0)
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            shown = String(view)
            width = shown.unicodeScalars.count
        }
        let gutter = String(location.line)
        let pad = String(repeating: " ", count: gutter.count)
        let start = max(1, min(column, width + 1))
        let length = max(1, min(location.length, width + 1 - start))
        let marker = "^" + String(repeating: "~", count: length - 1)
        var out = "  \(gutter) | \(shown)\n"
        out += "  \(pad) | " + String(repeating: " ", count: start - 1) + paint(marker, .green) + "\n"
        return out
    }

    private func paint(_ text: String, _ style: ANSIStyle) -> String {
        colour ? style.apply(to: text) : text
    }
}

/// The few terminal styles the tool uses; applied only when colour is on.
public enum ANSIStyle: Sendable {
    case bold, red, yellow, cyan, green, dim

    public func apply(to text: String) -> String {
        let code: String =
            switch self {
            case .bold: "1"
            case .red: "1;31"
            case .yellow: "1;33"
            case .cyan: "1;36"
            case .green: "1;32"
            case .dim: "2"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}

extension Severity {
    fileprivate var colour: ANSIStyle {
        switch self {
        case .error: .red
        case .warning: .yellow
        case .note: .cyan
        }
    }
}
