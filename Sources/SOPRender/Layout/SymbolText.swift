import SOPModel

/// The words printed inside a symbol (`teks_simbol`: "Lengkap?" in a diamond, "Mulai" in a
/// capsule), wrapped to fit: the symbol is as wide as its slot allows, leaving the lanes beside
/// it to the arrows, and as tall as its lines need (tester 31 F5, tester 32 F6).
struct SymbolText: Equatable {
    var lines: [String]
    var fontSize: Double
    var width: Double
    var height: Double

    /// The smallest size the words are shrunk to before a word is broken between syllables.
    static let smallestFontSize = 7.0

    static func fit(_ text: String, symbol: Symbol, slot: Double, metrics: Metrics) -> SymbolText {
        let width = max(metrics.symbolMinimumWidth, min(slot - 4, slot - 2 * metrics.laneRoom + 8))
        let base: Double = switch symbol {
        case .terminator: metrics.terminatorHeight
        case .keputusan: metrics.decisionHeight
        case .proses, .tanpa: metrics.processHeight
        }
        // The room for the text: a diamond holds a box half its width and half its height; a
        // capsule loses its rounded ends.
        let room: Double = switch symbol {
        case .keputusan: width / 2 + 4
        case .terminator: width - 12
        case .proses, .tanpa: width - 6
        }
        var size = metrics.labelFontSize
        var lines = TextMeasure.wrap(text, width: room, fontSize: size)
        while size > smallestFontSize, lines.contains(where: { TextMeasure.width($0, fontSize: size) > room }) {
            size -= 0.5
            lines = TextMeasure.wrap(text, width: room, fontSize: size)
        }
        // A word still too wide is broken between its syllables ("Perse-" / "tujuan").
        lines = lines.flatMap { line -> [String] in
            guard TextMeasure.width(line, fontSize: size) > room, !line.contains(" "),
                  let cut = Syllables.breaks(line).last(where: { TextMeasure.width(line.prefix($0) + "-", fontSize: size) <= room })
            else { return [line] }
            return [String(line.prefix(cut)) + "-", String(line.dropFirst(cut))]
        }
        let lineHeight = metrics.labelLineHeight * size / metrics.labelFontSize
        let textHeight = Double(lines.count) * lineHeight
        let height: Double = switch symbol {
        case .keputusan: max(base, 2 * textHeight + 8)
        case .terminator, .proses, .tanpa: max(base, textHeight + 8)
        }
        return SymbolText(lines: lines, fontSize: size, width: width, height: height.rounded(.up))
    }
}
