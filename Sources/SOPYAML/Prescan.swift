import SOPCore

/// Checks made on the raw bytes before libyaml sees them: UTF-8 validity and tab indentation.
enum Prescan {
    struct InvalidByte {
        let byte: UInt8
        let mark: Mark
        /// Where the byte is in the bytes checked.
        let offset: Int
    }

    /// The first byte that is not part of valid UTF-8, with its line and column.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> InvalidByte? {
        guard let (start, byte) = firstInvalidSequence(bytes) else { return nil }
        // Line and column of the sequence's start: columns count scalars (lead bytes).
        var line = 1
        var column = 1
        for index in 0..<start {
            if bytes[index] == 0x0A {
                line += 1
                column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
        }
        return InvalidByte(byte: byte, mark: Mark(line: line, column: column), offset: start)
    }

    /// Where the first invalid sequence starts, and its offending byte. ASCII, nearly all of an
    /// SOP, is skipped eight bytes at a time.
    private static func firstInvalidSequence(_ bytes: [UInt8]) -> (start: Int, byte: UInt8)? {
        bytes.withUnsafeBufferPointer { buffer -> (Int, UInt8)? in
            guard let base = buffer.baseAddress else { return nil }
            let count = buffer.count
            var index = 0
            while index < count {
                while index + 8 <= count,
                    UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < count else { break }
                let byte = buffer[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                let width: Int
                let minimum: UInt32
                var scalar: UInt32
                switch byte {
                case 0xC2...0xDF:
                    width = 2
                    minimum = 0x80
                    scalar = UInt32(byte & 0x1F)
                case 0xE0...0xEF:
                    width = 3
                    minimum = 0x800
                    scalar = UInt32(byte & 0x0F)
                case 0xF0...0xF4:
                    width = 4
                    minimum = 0x10000
                    scalar = UInt32(byte & 0x07)
                default:
                    return (index, byte)
                }
                guard index + width <= count else { return (index, byte) }
                for offset in 1..<width {
                    let next = buffer[index + offset]
                    // The lead byte is the one at fault ("é" saved as Latin-1 is 0xE9 before
                    // an ASCII letter: tester 12, F18), not the letter after it.
                    guard next & 0xC0 == 0x80 else { return (index, byte) }
                    scalar = scalar << 6 | UInt32(next & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                    return (index, byte)
                }
                index += width
            }
            return nil
        }
    }

    /// What the bytes look like they were saved as, for the note under the invalid UTF-8 error:
    /// UTF-16 (a byte order mark, or NUL bytes between ASCII letters), or Latin-1/Windows-1252
    /// (a lone letter byte 0xC0–0xFF or ¡–¿ that no continuation byte follows).
    static func encodingGuess(_ bytes: [UInt8], at invalid: InvalidByte) -> Localized? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return Catalog.SOPFiles.looksUTF16 }
        let head = bytes.prefix(64)
        if head.count >= 8, head.filter({ $0 == 0 }).count * 3 >= head.count { return Catalog.SOPFiles.looksUTF16 }
        let byte = invalid.byte
        let followed = invalid.offset + 1 < bytes.count && bytes[invalid.offset + 1] & 0xC0 == 0x80
        guard byte >= 0xA1, !followed, let scalar = Unicode.Scalar(UInt32(byte)) else { return nil }
        return Catalog.SOPFiles.looksLatin1(byte: byte, character: String(Character(scalar)))
    }

    /// Marks of tabs found in the leading white space of non-blank lines.
    static func tabIndentedLines(_ bytes: [UInt8]) -> [Mark] {
        var marks: [Mark] = []
        var line = 1
        var atLineStart = true
        var column = 1
        var tabColumn: Int?
        for byte in bytes {
            if byte == 0x0A {
                line += 1
                atLineStart = true
                column = 1
                tabColumn = nil
                continue
            }
            guard atLineStart else { continue }
            if byte == 0x20 {
                column += 1
            } else if byte == 0x09 {
                if tabColumn == nil { tabColumn = column }
                column += 1
            } else if byte == 0x0D {
                continue
            } else {
                if let tabColumn, byte != 0x23 {  // a comment line is harmless
                    marks.append(Mark(line: line, column: tabColumn))
                }
                atLineStart = false
            }
        }
        return marks
    }
}
