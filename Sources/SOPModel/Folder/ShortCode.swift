import Foundation

/// The short code staff type for an SOP (`sop run 19`): the start of its file name
/// ("19-izin-reklame.yaml"). Real nomors ("000.8.3.3/ 412 /DISKOP-B", "SOP-029/17000/2025")
/// are too long to type at a desk; the file name carries the code instead.
public enum ShortCode {
    /// The leading letters and digits of a file name, before "-", "_" or ".", when they hold a
    /// digit: "19-izin.yaml" → "19", "07_x.yaml" → "07", "A7.yaml" → "A7"; "bps-izin.yaml" → nil.
    public static func of(path: String) -> String? {
        let name = fileName(path)
        let code = name.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard !code.isEmpty, code.contains(where: \.isNumber),
            let separator = name.dropFirst(code.count).first, "-_.".contains(separator)
        else { return nil }
        return String(code)
    }

    /// A reference as compared: any case, no spaces, and a number without its leading zeros
    /// ("07" and "7" agree; "000.8.3.3/ 412 /DISKOP-B" and "000.8.3.3/412/diskop-b" too).
    public static func key(_ text: String) -> String {
        if let key = asciiKey(text) { return key }
        let compact = String(text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        if !compact.isEmpty, compact.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let trimmed = compact.drop { $0 == "0" }
            return trimmed.isEmpty ? "0" : String(trimmed)
        }
        return compact
    }

    /// `key` of an ASCII text (most nomors and codes), worked on its bytes: ASCII's white space
    /// (tab to carriage return, space) dropped, A-Z lowered; nil when the text is not ASCII.
    private static func asciiKey(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case 0x09...0x0D, 0x20: continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 0x20)
            default: bytes.append(byte)
            }
        }
        if !bytes.isEmpty, bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            let trimmed = bytes.drop { $0 == UInt8(ascii: "0") }
            return trimmed.isEmpty ? "0" : String(decoding: trimmed, as: UTF8.self)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The last component of a path, trailing slashes aside (what `lastPathComponent` gives
    /// for the code's purpose, without bridging to NSString).
    static func fileName(_ path: String) -> Substring {
        let utf8 = path.utf8
        let slash = UInt8(ascii: "/")
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == slash { end = utf8.index(before: end) }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != slash { start = utf8.index(before: start) }
        return path[start..<end]
    }

    public static func matches(_ reference: String, _ other: String) -> Bool {
        key(reference) == key(other)
    }
}

extension SOP {
    /// The short code of the SOP's file, when its name starts with one.
    public var shortCode: String? { ShortCode.of(path: file) }
}
