import SOPCore
import SOPModel

/// A standard completed by a form field the case answers (`waktu_baku: {per: jumlah}`,
/// `{sampai: tanggal_jadwal}`): the field must exist, be of the kind the standard reads, and be
/// answered in time (tester 22, findings 2 and 5).
enum CaseFieldReference {
    /// What is wrong with `name` named by `key` at step `index`, or nil: `kind` nil takes any kind;
    /// a field of the step itself or an earlier one is known in time (a date answered at the step
    /// itself sets its due once answered, tester 26, finding 1).
    static func problem(_ name: String, key: String, kind: FormField.FieldType?, at index: Int, in steps: [Step]) -> Localized? {
        guard let found = steps.indices.lazy.compactMap({ row in
            steps[row].form.first { $0.name.value == name }.map { (row, $0) }
        }).first
        else { return Catalog.WaktuFromCase.unknownField(key, name) }
        let (row, field) = found
        if let kind, field.type.value != kind {
            return Catalog.WaktuFromCase.wrongKind(key, name, kind: field.type.value.rawValue, expected: kind.rawValue)
        }
        if row > index {
            return Catalog.WaktuFromCase.answeredLater(key, name, at: steps[row].number ?? steps[row].id.value, isDate: key != "per")
        }
        return nil
    }
}
