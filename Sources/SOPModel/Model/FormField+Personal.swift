import SOPCore

/// A form field whose answer is personal data without being a NIK or a phone number, e.g. a home
/// address (`pribadi: ya` in the SOP's `formulir`, tester 11's F19): masked like them wherever
/// answers are shown, `--show-personal` for those allowed.
extension FormField {
    /// Whether the answer is masked: a NIK, a phone number, or a field marked `pribadi: ya`.
    public var isPersonal: Bool { type.value.isPersonal || personal }

    /// Whether the answer is shown by the field's own rule, not searched for NIK- or phone-like
    /// digits as a free text is: a personal answer (masked) or a NIP (public, shown whole).
    public var showsByItsType: Bool { isPersonal || type.value == .nip }

    /// The answer as listings, timelines and pages show it: a NIK or phone number as its type
    /// masks it; a `pribadi` text with a quarter at each end kept (at most 4 characters each:
    /// `Peru•••…•••lang`); any other answer as `FieldType.masked` quotes it.
    public func masked(_ value: String) -> String {
        guard personal, !type.value.isPersonal else { return type.value.masked(value) }
        let characters = Array(value)
        let keep = min(4, characters.count / 4)
        return String(characters.prefix(keep)) + String(repeating: "•", count: characters.count - 2 * keep)
            + String(characters.suffix(keep))
    }
}

extension FormField {
    /// The answer as people read it (tester 16, finding 13): a date the Indonesian way, as its
    /// prompt asks it (`01-12-2026`, stored `2026-12-01`); any other answer `masked` unless
    /// personal data may be shown.
    /// A number as the language writes it (tester 29, F7): recorded "2.5", shown "2,5" in
    /// Bahasa Indonesia and "2.5" in English.
    public func shown(_ value: String, showPersonal: Bool = false, language: Language = .id) -> String {
        if type.value == .tanggal, let date = FieldDates.indonesian(value) { return date }
        let text = type.value == .angka ? Self.number(value, language) : value
        return showPersonal ? text : masked(text)
    }

    /// A recorded number ("2.5", "-0.75") with the language's decimal mark.
    /// In Bahasa Indonesia thousands grouped by points (tester 34, F6: "85,000" read as 85).
    public static func number(_ value: String, _ language: Language) -> String {
        IndonesianNumber.shown(value, language)
    }
}
