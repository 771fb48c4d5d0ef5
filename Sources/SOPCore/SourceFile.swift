/// The text of a file as read, with fast access to its lines for carets under diagnostics.
public struct SourceFile: Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset where each line starts (line 1 at index 0).
    private let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var offset = 0
            while offset < buffer.count {
                // Eight bytes at a time while none can start a break (most of a line): no LF, no
                // CR, no byte with its high bit set (NEL, LS and PS lead with 0xC2 and 0xE2).
                if offset + 8 <= buffer.count {
                    let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                    if !Self.mayHoldBreak(word) {
                        offset += 8
                        continue
                    }
                    while !Self.mayStartBreak(buffer[offset]) { offset += 1 }
                }
                // Only LF, CR and the lead bytes of NEL, LS and PS can start a break.
                let byte = buffer[offset]
                if byte == 0x0A {
                    offset += 1
                    starts.append(offset)
                } else if byte == 0x0D || byte == 0xC2 || byte == 0xE2, case let length = Self.lineBreak(at: offset, in: buffer),
                    length > 0
                {
                    offset += length
                    starts.append(offset)
                } else {
                    offset += 1
                }
            }
        }
        self.lineStarts = starts
    }

    /// Whether eight bytes hold a LF, a CR or a byte of 0x80 or above (SWAR: a byte equal to
    /// `b` is a zero byte of `word ^ b…b`).
    @inline(__always)
    private static func mayHoldBreak(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let lf = word ^ (ones &* 0x0A), cr = word ^ (ones &* 0x0D)
        let zeroLF = (lf &- ones) & ~lf, zeroCR = (cr &- ones) & ~cr
        return (word | zeroLF | zeroCR) & highs != 0
    }

    @inline(__always)
    private static func mayStartBreak(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x0D || byte >= 0x80
    }

    /// The length in bytes of the line break starting at `offset` (0 when none): LF, CR LF and
    /// a lone CR, and NEL, LS and PS (U+0085, U+2028, U+2029), as libyaml counts lines, so that
    /// the excerpt under a diagnostic is the line its mark names.
    public static func lineBreak(at offset: Int, in bytes: some RandomAccessCollection<UInt8>) -> Int {
        let start = bytes.index(bytes.startIndex, offsetBy: offset)
        switch bytes[start] {
        case 0x0A:
            return 1
        case 0x0D:
            let next = bytes.index(after: start)
            return next < bytes.endIndex && bytes[next] == 0x0A ? 2 : 1
        case 0xC2:
            let next = bytes.index(after: start)
            return next < bytes.endIndex && bytes[next] == 0x85 ? 2 : 0
        case 0xE2:
            guard bytes.distance(from: start, to: bytes.endIndex) >= 3 else { return 0 }
            let second = bytes[bytes.index(start, offsetBy: 1)], third = bytes[bytes.index(start, offsetBy: 2)]
            return second == 0x80 && (third == 0xA8 || third == 0xA9) ? 3 : 0
        default:
            return 0
        }
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public var lineCount: Int { lineStarts.count }


    /// The text of a 1-based line without its line break; nil when out of range.
    /// Invalid UTF-8 is shown with replacement characters.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        // Back over the break that ends the line (longest first: CR LF, not its LF alone).
        if number < lineStarts.count {
            for length in [3, 2, 1] where end - length >= start && Self.lineBreak(at: end - length, in: bytes) == length {
                end -= length
                break
            }
        }
        guard end >= start else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
