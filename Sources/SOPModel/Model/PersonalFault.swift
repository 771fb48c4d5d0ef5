import SOPCore

/// Where a typed NIK or phone number goes wrong, said without showing the value (finding 13 of
/// the sixth outside test: "'0••2' tidak sah" alone left the officer guessing what was typed).
enum PersonalFault {
    /// The first character that is neither a digit nor an allowed separator, with its position
    /// (1-based, as typed). A leading "+" is allowed for a phone number.
    static func notADigit(in text: String, skipping separators: String, allowingLeadingPlus: Bool = false) -> Catalog.PersonalNumbers.Fault? {
        for (offset, character) in text.enumerated() {
            if character.isASCIIDigit || separators.contains(character) { continue }
            if allowingLeadingPlus, offset == 0, character == "+" { continue }
            return .notADigit(character, position: offset + 1)
        }
        return nil
    }
}
