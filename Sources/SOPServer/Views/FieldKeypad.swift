import SOPModel

/// The keypad a phone shows for a field (`inputmode`): digits for a NIK, a phone's keypad (with
/// "+", since "+62…" is a phone number the engine accepts), digits with a decimal point for a
/// number, an e-mail keyboard; nil for words.
enum FieldKeypad {
    static func mode(_ type: FormField.FieldType) -> String? {
        switch type {
        case .nik, .kk, .nip: "numeric"
        case .telepon: "tel"
        case .angka: "decimal"
        case .email: "email"
        case .teks, .tanggal, .pilihan, .yaTidak: nil
        }
    }

    /// ` inputmode="…"`, or nothing.
    static func attribute(_ type: FormField.FieldType) -> String {
        mode(type).map { " inputmode=\"\($0)\"" } ?? ""
    }
}
