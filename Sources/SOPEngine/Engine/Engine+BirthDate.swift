import Foundation
import SOPCore
import SOPModel

/// A NIK holds its holder's birth date (digits 7-12, DDMMYY, 40 added to the day for women). When
/// an SOP asks one NIK and one birth date ("Tanggal lahir"), an answer to either that disagrees
/// with the other is warned of at the desk (tester 28 F15), not refused: the desk keeps it when
/// typed again or on Enter, the NIK being the citizen's as printed and the error either's. The
/// warning never shows the NIK's digits or the date they hold.
extension Engine {
    public func birthDateMismatch(_ field: FormField, value: String, in state: CaseState) -> Localized? {
        let form = graph.steps.flatMap(\.form)
        let niks = form.filter { $0.type.value == .nik }
        let births = form.filter(Self.isBirthDate)
        guard niks.count == 1, births.count == 1, let nik = niks.first, let birth = births.first,
            field.name.value == nik.name.value || field.name.value == birth.name.value,
            // One person's: "NIK" and "Tanggal lahir", or "NIK pemohon" and "Tanggal lahir pemohon";
            // never "NIK kepala keluarga" against "Tanggal lahir anak".
            Self.whose(nik, after: "nik") == Self.whose(birth, after: "lahir"),
            case .success(let normalized) = field.validate(value)
        else { return nil }
        let other = field.name.value == nik.name.value ? birth : nik
        guard let answered = Self.latestAnswer(other.name.value, in: state) else { return nil }
        let (nikValue, birthValue) = field.name.value == nik.name.value ? (normalized, answered) : (answered, normalized)
        guard let fromNIK = Self.birthDate(ofNIK: nikValue) else { return nil }
        let parts = birthValue.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        if parts[0] % 100 == fromNIK.year, parts[1] == fromNIK.month, parts[2] == fromNIK.day { return nil }
        return Catalog.PersonalNumbers.birthDateMismatch(nik: nik.label, birth: birth.label, typed: birth.shown(birthValue))
    }

    /// A date field read as a birth date: "lahir" in its name or label.
    static func isBirthDate(_ field: FormField) -> Bool {
        field.type.value == .tanggal && (field.name.value.lowercased().contains("lahir") || field.label.lowercased().contains("lahir"))
    }

    /// The words after `keyword` in the field's label (else its name): whose number or date it is.
    static func whose(_ field: FormField, after keyword: String) -> [String] {
        for text in [field.label, field.name.value] {
            let words = text.lowercased().split { !$0.isLetter }.map(String.init)
            if let at = words.firstIndex(of: keyword) { return Array(words[(at + 1)...]) }
        }
        return []
    }

    /// The day, month and two-digit year a NIK's digits 7-12 hold.
    static func birthDate(ofNIK nik: String) -> (day: Int, month: Int, year: Int)? {
        let digits = Array(nik.utf8)
        guard digits.count == 16, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        func number(_ at: Int) -> Int { Int(digits[at] - 0x30) * 10 + Int(digits[at + 1] - 0x30) }
        let day = number(6)
        return (day > 40 ? day - 40 : day, number(8), number(10))
    }

    static func latestAnswer(_ name: String, in state: CaseState) -> String? {
        let visits = (state.completed + state.active).filter { $0.fields[name].map { !$0.isEmpty } ?? false }
        return visits.max { $0.startedAt < $1.startedAt }?.fields[name]
    }
}
