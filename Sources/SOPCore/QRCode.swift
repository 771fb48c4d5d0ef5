/// A QR code (ISO/IEC 18004) of bytes, for an authenticator app to scan the `otpauth://` address
/// of `sop roster totp` instead of a person typing a 52-character secret. Byte mode, error
/// correction level M (15% of the code may be damaged), versions 1 to 10 (up to 213 bytes), the
/// mask chosen by the standard's penalty rules. Written here because no QR package is mirrored;
/// checked against `qrencode` and decoded with `zbarimg` in `QRCodeTests`.
public struct QRCode: Sendable, Equatable {
    /// Modules per side (21 for version 1, 4 more per version).
    public let size: Int
    public let version: Int
    public let mask: Int
    /// Dark modules, row by row.
    public let modules: [[Bool]]

    public enum Level: Int, Sendable {
        case low = 0, medium = 1

        /// The two bits of the format information.
        var formatBits: Int { self == .low ? 1 : 0 }
    }

    /// The code of `bytes`, or nil when they do not fit version 10.
    public init?(bytes: [UInt8], level: Level = .medium) {
        var chosen: Int?
        for version in 1...10 where 4 + (version < 10 ? 8 : 16) + bytes.count * 8 <= Self.dataCodewords(version, level) * 8 {
            chosen = version
            break
        }
        guard let version = chosen else { return nil }
        let size = version * 4 + 17
        self.version = version
        self.size = size
        let empty = Array(repeating: Array(repeating: false, count: size), count: size)
        // Function patterns, then the data, then each mask tried.
        var grid = Grid(modules: empty, function: empty, size: size)
        grid.drawFunctionPatterns(version: version, level: level)
        grid.drawCodewords(Self.codewords(bytes, version: version, level: level))
        var best: (penalty: Int, mask: Int, modules: [[Bool]])?
        for mask in 0..<8 {
            var trial = grid
            trial.apply(mask: mask)
            trial.drawFormatBits(level: level, mask: mask)
            let penalty = trial.penalty()
            if best == nil || penalty < best!.penalty { best = (penalty, mask, trial.modules) }
        }
        modules = best!.modules
        mask = best!.mask
    }

    /// Two rows of modules per line with half blocks, light modules drawn (a terminal's light
    /// text on a dark background, as `qrencode -t UTF8` draws), with a quiet zone of 2 modules.
    public func terminalText(quiet: Int = 2) -> String {
        let side = size + 2 * quiet
        func dark(_ x: Int, _ y: Int) -> Bool {
            let (i, j) = (x - quiet, y - quiet)
            return i >= 0 && j >= 0 && i < size && j < size && modules[j][i]
        }
        var lines: [String] = []
        for y in stride(from: 0, to: side, by: 2) {
            var line = ""
            for x in 0..<side {
                let top = !dark(x, y), bottom = y + 1 < side ? !dark(x, y + 1) : false
                line += top ? (bottom ? "█" : "▀") : (bottom ? "▄" : " ")
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Codewords

    /// Error correction codewords per block and blocks, by version (index 0 unused), L and M.
    static let eccPerBlock: [[Int]] = [[-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18], [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26]]
    static let blocks: [[Int]] = [[-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4], [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5]]

    /// Modules left for data and error correction once the function patterns are drawn.
    static func rawModules(_ version: Int) -> Int {
        var result = (16 * version + 128) * version + 64
        if version >= 2 {
            let align = version / 7 + 2
            result -= (25 * align - 10) * align - 55
            if version >= 7 { result -= 36 }
        }
        return result
    }

    static func dataCodewords(_ version: Int, _ level: Level) -> Int {
        rawModules(version) / 8 - eccPerBlock[level.rawValue][version] * blocks[level.rawValue][version]
    }

    /// The bit stream (byte mode), padded, split into blocks with their Reed–Solomon codewords,
    /// interleaved.
    static func codewords(_ bytes: [UInt8], version: Int, level: Level) -> [UInt8] {
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) { for i in stride(from: count - 1, through: 0, by: -1) { bits.append((value >> i) & 1 == 1) } }
        append(0b0100, 4)
        append(bytes.count, version < 10 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        let capacity = dataCodewords(version, level) * 8
        append(0, min(4, capacity - bits.count))
        append(0, (8 - bits.count % 8) % 8)
        var pad = 0xEC
        while bits.count < capacity {
            append(pad, 8)
            pad ^= 0xEC ^ 0x11
        }
        var data: [UInt8] = []
        for start in stride(from: 0, to: bits.count, by: 8) {
            data.append(bits[start..<start + 8].reduce(0) { $0 << 1 | ($1 ? 1 : 0) })
        }
        let count = blocks[level.rawValue][version], ecc = eccPerBlock[level.rawValue][version]
        let raw = rawModules(version) / 8
        let short = count - raw % count, shortLength = raw / count
        let divisor = ReedSolomon.divisor(degree: ecc)
        var split: [[UInt8]] = []
        var at = 0
        for index in 0..<count {
            let length = shortLength - ecc + (index < short ? 0 : 1)
            var block = Array(data[at..<at + length])
            at += length
            let check = ReedSolomon.remainder(block, divisor: divisor)
            if index < short { block.append(0) }
            split.append(block + check)
        }
        var result: [UInt8] = []
        for i in 0..<split[0].count {
            for (j, block) in split.enumerated() where i != shortLength - ecc || j >= short {
                result.append(block[i])
            }
        }
        return result
    }
}

/// Reed–Solomon over GF(256) with the QR polynomial x⁸ + x⁴ + x³ + x² + 1.
enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var z = 0
        for i in stride(from: 7, through: 0, by: -1) {
            z = (z << 1) ^ ((z >> 7) * 0x11D)
            z ^= ((Int(y) >> i) & 1) * Int(x)
        }
        return UInt8(z & 0xFF)
    }

    /// The generator polynomial's coefficients, highest first, without the leading 1.
    static func divisor(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for j in 0..<degree {
                result[j] = multiply(result[j], root)
                if j + 1 < degree { result[j] ^= result[j + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    static func remainder(_ data: [UInt8], divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for i in result.indices { result[i] ^= multiply(divisor[i], factor) }
        }
        return result
    }
}

/// The matrix while it is drawn: which modules are dark, and which belong to function patterns
/// (never masked, never data).
struct Grid: Sendable {
    var modules: [[Bool]]
    var function: [[Bool]]
    let size: Int

    mutating func set(_ x: Int, _ y: Int, _ dark: Bool) {
        modules[y][x] = dark
        function[y][x] = true
    }

    mutating func drawFunctionPatterns(version: Int, level: QRCode.Level) {
        for i in 0..<size {
            set(6, i, i % 2 == 0)
            set(i, 6, i % 2 == 0)
        }
        for (x, y) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4...4 {
                for dx in -4...4 where (0..<size).contains(x + dx) && (0..<size).contains(y + dy) {
                    let distance = max(abs(dx), abs(dy))
                    set(x + dx, y + dy, distance != 2 && distance != 4)
                }
            }
        }
        let positions = Self.alignmentPositions(version: version, size: size)
        let last = positions.count - 1
        for (i, x) in positions.enumerated() {
            for (j, y) in positions.enumerated() where !((i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0)) {
                for dy in -2...2 {
                    for dx in -2...2 { set(x + dx, y + dy, max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
        drawFormatBits(level: level, mask: 0)
        if version >= 7 {
            var remainder = version
            for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
            let bits = version << 12 | remainder
            for i in 0..<18 {
                let dark = (bits >> i) & 1 == 1
                let a = size - 11 + i % 3, b = i / 3
                set(a, b, dark)
                set(b, a, dark)
            }
        }
    }

    static func alignmentPositions(version: Int, size: Int) -> [Int] {
        guard version > 1 else { return [] }
        let count = version / 7 + 2
        let step = (version * 8 + count * 3 + 5) / (count * 4 - 4) * 2
        var result = [6]
        var position = size - 7
        for _ in 0..<(count - 1) {
            result.insert(position, at: 1)
            position -= step
        }
        return result
    }

    mutating func drawFormatBits(level: QRCode.Level, mask: Int) {
        let data = level.formatBits << 3 | mask
        var remainder = data
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = (data << 10 | remainder) ^ 0x5412
        func bit(_ i: Int) -> Bool { (bits >> i) & 1 == 1 }
        for i in 0...5 { set(8, i, bit(i)) }
        set(8, 7, bit(6))
        set(8, 8, bit(7))
        set(7, 8, bit(8))
        for i in 9..<15 { set(14 - i, 8, bit(i)) }
        for i in 0..<8 { set(size - 1 - i, 8, bit(i)) }
        for i in 8..<15 { set(8, size - 15 + i, bit(i)) }
        set(8, size - 8, true)
    }

    /// Data bits in the standard's zigzag, two columns at a time from the bottom right.
    mutating func drawCodewords(_ data: [UInt8]) {
        var i = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            for vertical in 0..<size {
                for j in 0..<2 {
                    let x = right - j
                    let upward = (right + 1) & 2 == 0
                    let y = upward ? size - 1 - vertical : vertical
                    if !function[y][x], i < data.count * 8 {
                        modules[y][x] = (Int(data[i >> 3]) >> (7 - (i & 7))) & 1 == 1
                        i += 1
                    }
                }
            }
            right -= 2
        }
    }

    mutating func apply(mask: Int) {
        for y in 0..<size {
            for x in 0..<size where !function[y][x] {
                let flip: Bool
                switch mask {
                case 0: flip = (x + y) % 2 == 0
                case 1: flip = y % 2 == 0
                case 2: flip = x % 3 == 0
                case 3: flip = (x + y) % 3 == 0
                case 4: flip = (x / 3 + y / 2) % 2 == 0
                case 5: flip = x * y % 2 + x * y % 3 == 0
                case 6: flip = (x * y % 2 + x * y % 3) % 2 == 0
                default: flip = ((x + y) % 2 + x * y % 3) % 2 == 0
                }
                if flip { modules[y][x].toggle() }
            }
        }
    }

    /// The standard's four penalty rules: runs of five or more, 2×2 blocks, finder-like
    /// patterns, and the balance of dark and light.
    func penalty() -> Int {
        var result = 0
        let finderLike: [[Bool]] = [[true, false, true, true, true, false, true, false, false, false, false],
                                    [false, false, false, false, true, false, true, true, true, false, true]]
        for horizontal in [true, false] {
            for a in 0..<size {
                func at(_ b: Int) -> Bool { horizontal ? modules[a][b] : modules[b][a] }
                var run = 1
                for b in 1..<size {
                    if at(b) == at(b - 1) {
                        run += 1
                    } else {
                        if run >= 5 { result += 3 + run - 5 }
                        run = 1
                    }
                }
                if run >= 5 { result += 3 + run - 5 }
                for b in 0...(size - 11) {
                    for pattern in finderLike where (0..<11).allSatisfy({ at(b + $0) == pattern[$0] }) { result += 40 }
                }
            }
        }
        for y in 0..<(size - 1) {
            for x in 0..<(size - 1) {
                let color = modules[y][x]
                if color == modules[y][x + 1], color == modules[y + 1][x], color == modules[y + 1][x + 1] { result += 3 }
            }
        }
        let dark = modules.reduce(0) { $0 + $1.filter { $0 }.count }
        let total = size * size
        let k = (abs(dark * 20 - total * 10) + total - 1) / total - 1
        return result + k * 10
    }
}
