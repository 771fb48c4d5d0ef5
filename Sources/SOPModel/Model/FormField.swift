import SOPCore

/// An input captured at a step (step 1 of SOP 01 fills "Data pelapor").
public struct FormField: Sendable {
    public enum FieldType: String, Sendable, CaseIterable {
        case teks
        case angka
        case tanggal
        case pilihan
        case yaTidak = "ya/tidak"
        case nik
        /// A Nomor Kartu Keluarga (16 digits, as a NIK): personal, masked as a NIK is, a search key (tester 31 F13).
        case kk
        case telepon
        case email
        /// A civil servant's NIP (18 digits): public, shown whole, and a case's search key.
        case nip

        /// Personal data: masked in listings and timelines unless asked for.
        public var isPersonal: Bool { self == .nik || self == .kk || self == .telepon }

        /// Whether a case is found by the answer (`sop cases --cari`, the web's search): a NIK, a
        /// phone number or a NIP, through its digits' SHA-256.
        public var isSearchKey: Bool { isPersonal || self == .nip }
    }

    public var name: Located<String>
    public var label: String
    public var type: Located<FieldType>
    public var required: Bool
    /// The options of a pilihan field.
    public var options: [Located<String>]
    public var mark: Mark
    /// `pribadi: ya`: personal data masked like a NIK or phone (`FormField+Personal`).
    public var personal = false
    /// `hanya_kunjungan_ulang: ya`: asked only when a loop brings the case back to its step (its
    /// second pass and later), e.g. the new date of a visit rescheduled after the loop; a
    /// `waktu_baku: {sampai}` naming it reads its latest answer in the case.
    public var laterPassOnly = false

    public init(name: Located<String>, label: String, type: Located<FieldType>, required: Bool,
                options: [Located<String>] = [], mark: Mark) {
        self.name = name
        self.label = label
        self.type = type
        self.required = required
        self.options = options
        self.mark = mark
    }
}
