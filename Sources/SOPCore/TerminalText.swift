/// Text from a file, an answer or a note on its way to a terminal: control characters are made
/// visible, never sent. An escape sequence in a note (`\e[2J`, an OSC title, `\e[8m`) or a NUL
/// in a file would otherwise clear, retitle or hide what the reader sees.
public enum TerminalText {
    /// C0 controls (tab kept) and DEL as their Unicode control pictures (ESC as ␛, NUL as ␀):
    /// one column each, so carets under an excerpt stay aligned. C1 controls and the bidirectional
    /// overrides (which reorder what is shown) as ⟨U+XXXX⟩.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09:
                out.append(scalar)
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                out.append("\u{2421}")
            case _ where needsEscape(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: "⟨U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)⟩".unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The one-column form, for source excerpts under which a caret points: control pictures for
    /// C0 and DEL, tab as a space, U+FFFD for C1 controls and bidirectional overrides.
    public static func excerpt(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(" ")
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.append("\u{2421}")
            case _ where needsEscape(scalar): out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
