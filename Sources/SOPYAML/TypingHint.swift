import SOPCore

/// A note beside libyaml's words read from the lines around the problem (tester 10, F11 and
/// F12): a line indented deeper or shallower than the key above it, and a dashed item typed
/// inside `[ ]`. Nil when the lines show neither, and the general note (`Catalog.YAML`) stands.
enum TypingHint {
    struct Hint {
        let text: Localized
        /// Whether the hint says what is wrong better than libyaml's words: the indentation
        /// hints name the line, the key above and the column to write at, so they lead the
        /// finding and libyaml's words follow as a note (tester 12, F22).
        let leads: Bool
        /// Where the mistake is, when it is on another line than the one libyaml stopped at (a
        /// key written less deep than its sibling, found at the next line, tester 26, finding 7).
        var at: Mark? = nil
    }

    static func hint(problem: String, at mark: Mark, in buffer: UnsafeBufferPointer<UInt8>) -> Hint? {
        let lines = Self.lines(buffer, through: mark.line)
        guard lines.count == mark.line, let line = lines.last else { return nil }
        let column = mark.column
        switch problem {
        case "did not find expected node content":
            // "[- Formulir …]": a dash item inside a flow list.
            let at = Array(line.dropFirst(column - 1).prefix(2))
            guard at.first == "-", at.count == 1 || at[1] == " ", line.prefix(column - 1).contains(where: { $0 == "[" || $0 == "," }) else {
                return nil
            }
            return Hint(text: Catalog.YAML.dashInFlowList, leads: false)
        case "mapping values are not allowed in this context":
            // "  - no: 6\n      uraian: …": the key on this line is read as the rest of the
            // value above it, because it is indented deeper than its sibling.
            let indent = line.prefix { $0 == " " }.count
            let before = line.dropFirst(indent).prefix(max(0, column - 1 - indent))
            guard indent > 0, !before.isEmpty, !before.contains(" "), !before.hasPrefix("-"),
                  let above = keyAbove(lines.dropLast()), above.column < indent + 1, above.hasValue
            else { return nil }
            return Hint(text: Catalog.YAML.indentedDeeper(line: mark.line, column: indent + 1, key: String(before), above: above.key,
                                                            aboveLine: above.line, aboveColumn: above.column),
                        leads: true)
        case "did not find expected key", "did not find expected '-' indicator":
            // "    uraian: …\n   pelaksana: …": shallower than the key above it.
            let indent = line.prefix { $0 == " " }.count
            // "    waktu: …\n  waktu_baku: …\n    output: …": this line is right, the key above it
            // (with a value) is less deep than its sibling above it, where this line stands.
            if let above = keyAbove(lines.dropLast()), above.hasValue, indent + 1 == column, above.column < column,
                let sibling = keyAbove(lines.prefix(above.line - 1)), sibling.column == column
            {
                return Hint(text: Catalog.YAML.indentedShallower(line: above.line, column: above.column, key: above.key, above: sibling.key,
                                                                   aboveLine: sibling.line, aboveColumn: sibling.column),
                            leads: true, at: Mark(line: above.line, column: above.column))
            }
            guard let above = keyAbove(lines.dropLast()), indent + 1 < above.column, indent + 1 == column else { return nil }
            let key = line.dropFirst(indent).prefix { $0 != ":" && $0 != " " }
            return Hint(text: Catalog.YAML.indentedShallower(line: mark.line, column: indent + 1, key: String(key), above: above.key,
                                                               aboveLine: above.line, aboveColumn: above.column),
                        leads: true)
        default:
            return nil
        }
    }

    /// The nearest line above holding a key (`key:` or `- key:`): its key, line, the key's
    /// column, and whether a value follows the colon on that line.
    private static func keyAbove(_ lines: ArraySlice<String>) -> (key: String, line: Int, column: Int, hasValue: Bool)? {
        for (offset, text) in lines.enumerated().reversed() {
            var rest = Substring(text)
            let trimmed = rest.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            var column = text.count - trimmed.count + 1
            rest = trimmed
            while rest.hasPrefix("- ") {
                rest = rest.dropFirst(2)
                let spaces = rest.prefix { $0 == " " }.count
                rest = rest.dropFirst(spaces)
                column += 2 + spaces
            }
            guard let colon = rest.range(of: ":"), !rest[..<colon.lowerBound].contains(" "),
                  !rest[..<colon.lowerBound].isEmpty, rest[colon.upperBound...].isEmpty || rest[colon.upperBound...].hasPrefix(" ")
            else { return nil }
            let value = rest[colon.upperBound...].drop { $0 == " " || $0 == "\r" }
            return (String(rest[..<colon.lowerBound]), lines.startIndex + offset + 1, column, !value.isEmpty && !value.hasPrefix("#"))
        }
        return nil
    }

    /// The file's first `count` lines, as text (columns count characters, as libyaml's do).
    private static func lines(_ buffer: UnsafeBufferPointer<UInt8>, through count: Int) -> [String] {
        var lines: [String] = []
        var start = 0
        var index = 0
        while index < buffer.count, lines.count < count {
            let lineBreak = SourceFile.lineBreak(at: index, in: buffer)
            if lineBreak > 0 {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self))
                index += lineBreak
                start = index
                continue
            }
            index += 1
        }
        if lines.count < count, start <= buffer.count {
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<index]), as: UTF8.self))
        }
        return lines
    }
}
