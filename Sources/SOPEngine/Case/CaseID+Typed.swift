/// Case ids as staff type them: any case, spaces, and the sequence without its zeros
/// ("19-2026-1", " 19 - 2026 - 000001 ").
extension CaseID {
    /// The id as stored when typed loosely: spaces dropped, the sequence padded to six digits.
    public static func typed(_ text: String) -> CaseID {
        let compact = String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
        guard let dash = compact.lastIndex(of: "-") else { return CaseID(compact) }
        let sequence = compact[compact.index(after: dash)...]
        guard !sequence.isEmpty, sequence.count <= 6, sequence.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(sequence)
        else { return CaseID(compact) }
        let digits = String(number)
        return CaseID(compact[..<dash] + "-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits)
    }

    /// Whether a typed id names this case, ignoring case and spacing.
    public func matches(typed text: String) -> Bool {
        CaseID.typed(text).rawValue.lowercased() == rawValue.lowercased()
    }
}
