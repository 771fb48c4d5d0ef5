import Foundation

/// The short code staff type for an SOP (`sop run 19`): the start of its file name
/// ("19-izin-reklame.yaml"). Real nomors ("000.8.3.3/ 412 /DISKOP-B", "SOP-029/17000/2025")
/// are too long to type at a desk; the file name carries the code instead.
public enum ShortCode {
    /// The leading letters and digits of a file name, before "-", "_" or ".", when they hold a
    /// digit: "19-izin.yaml" → "19", "07_x.yaml" → "07", "A7.yaml" → "A7"; "bps-izin.yaml" → nil.
    public static func of(path: String) -> String? {
        let name = (path as NSString).lastPathComponent
        let code = name.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard !code.isEmpty, code.contains(where: \.isNumber),
            let separator = name.dropFirst(code.count).first, "-_.".contains(separator)
        else { return nil }
        return String(code)
    }

    /// A reference as compared: any case, no spaces, and a number without its leading zeros
    /// ("07" and "7" agree; "000.8.3.3/ 412 /DISKOP-B" and "000.8.3.3/412/diskop-b" too).
    public static func key(_ text: String) -> String {
        let compact = String(text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        if !compact.isEmpty, compact.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let trimmed = compact.drop { $0 == "0" }
            return trimmed.isEmpty ? "0" : String(trimmed)
        }
        return compact
    }

    public static func matches(_ reference: String, _ other: String) -> Bool {
        key(reference) == key(other)
    }
}

extension SOP {
    /// The short code of the SOP's file, when its name starts with one.
    public var shortCode: String? { ShortCode.of(path: file) }
}
