import SOPCore
import SOPModel

/// What a form field's answer must look like, said under the field before any mistake (tester 20's
/// finding 5: the step form told the NIK's and the phone's format only in its refusal), in the
/// words of the correction form's hint. Nil for free text. (A date's hint is the date input's own.)
enum FieldHint {
    static func format(of field: FormField) -> Localized? {
        typealias Hint = Catalog.WebCorrections
        switch field.type.value {
        case .nik: return Hint.hintNIK
        case .kk: return Hint.hintKK
        case .nip: return Catalog.NIP.hint
        case .telepon: return Hint.hintPhone
        case .angka: return Hint.hintNumber
        case .yaTidak: return Hint.hintYesNo
        case .email: return Hint.hintEmail
        case .pilihan: return Hint.hintChoice(field.options.map(\.value))
        case .tanggal, .teks: return nil
        }
    }
}
