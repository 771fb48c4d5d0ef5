/// A readable case id: SOP nomor, year, sequence ("01-2026-000123").
public struct CaseID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// The id prefix for an SOP: its nomor with anything but letters and digits made a dash
    /// ("SOP-314/17000/2025" → "SOP-314-17000-2025").
    public static func prefix(nomor: String) -> String {
        var out = ""
        for scalar in nomor.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "SOP" : out
    }

    public static func make(prefix: String, year: Int, sequence: Int) -> CaseID {
        let number = String(sequence)
        return CaseID("\(prefix)-\(year)-" + String(repeating: "0", count: max(0, 6 - number.count)) + number)
    }

    public var description: String { rawValue }
    public static func < (a: CaseID, b: CaseID) -> Bool { a.rawValue < b.rawValue }
}
