import Foundation
import SOPCore
import Testing

@testable import SOPModel

/// `jenis: nip`: 18 digits (spaces allowed, stored without), checked on its parts, never masked,
/// and a case's search key; a NIP typed into a `teks` field stays masked as a NIK-long run.
@Suite struct NIPFieldTests {
    static let field = FormField(name: Located("nip", at: Mark(line: 1, column: 1)), label: "NIP",
                                 type: Located(.nip, at: Mark(line: 1, column: 1)), required: true, mark: Mark(line: 1, column: 1))

    func refusal(_ typed: String) -> String? {
        if case .failure(let problem) = Self.field.validate(typed) { return problem.message.id }
        return nil
    }

    @Test func aNIPAsPrintedIsStoredAsItsDigits() throws {
        #expect(try Self.field.validate("19880512 201101 1 003").get() == "198805122011011003")
        #expect(try Self.field.validate("198805122011011003").get() == "198805122011011003")
        #expect(try Self.field.validate("NIP. 19880512 201101 2 003").get() == "198805122011012003")
    }

    @Test func eachPartIsCheckedWithItsOwnMessage() {
        #expect(refusal("19880512 201101 1 00") == "NIP harus 18 angka (spasi boleh); tertulis 17 angka")
        #expect(refusal("19880512-201101-1-003") == "NIP harus 18 angka (spasi boleh); karakter ke-9 ('-') bukan angka")
        #expect(refusal("19881312 201101 1 003")
            == "NIP 198813122011011003 tidak sah: tanggal lahir (angka ke-1 s.d. 8, TTTTBBHH) '19881312' tidak ada di kalender")
        #expect(refusal("19870229 201101 1 003")
            == "NIP 198702292011011003 tidak sah: tanggal lahir (angka ke-1 s.d. 8, TTTTBBHH) '19870229' tidak ada di kalender")
        #expect(refusal("19880512 201113 1 003")
            == "NIP 198805122011131003 tidak sah: TMT CPNS (angka ke-9 s.d. 14, TTTTBB) '201113' bukan bulan yang sah")
        #expect(refusal("19880512 198701 1 003")
            == "NIP 198805121987011003 tidak sah: TMT CPNS (angka ke-9 s.d. 14) lebih awal dari tanggal lahir (angka ke-1 s.d. 8)")
        #expect(refusal("19880512 201101 3 003")
            == "NIP 198805122011013003 tidak sah: angka ke-15 (jenis kelamin) harus 1 atau 2, tertulis '3'")
    }

    @Test func aNIPIsShownWholeAndIsASearchKeyButNotPersonal() {
        #expect(Self.field.shown("198805122011011003") == "198805122011011003")
        #expect(Self.field.masked("198805122011011003") == "198805122011011003")
        #expect(!Self.field.isPersonal && Self.field.showsByItsType && Self.field.type.value.isSearchKey)
        // In a text field (pribadi: tidak or not), 18 digits are NIK-long: masked, as before.
        var text = Self.field
        text.type = Located(.teks, at: Mark(line: 1, column: 1))
        #expect(text.shown("198805122011011003") == "1988••••••••••••03")
        #expect(!text.showsByItsType && !text.type.value.isSearchKey)
    }
}
