import Testing

@testable import SOPModel

/// A NIK or phone answer has its separators removed on its bytes when it is ASCII without CR
/// (`String.removingASCII`): the same text as removing them character by character, and the
/// same verdicts and normalized values as before for the separators people type.
@Suite struct PersonalNumberBytesTests {
    static let samples = [
        "3573014101900001", "3573 0141 0190 0001", "3573.0141-0190.0001", " 3573-01 ", "", "-. ", "0812-3456-7890",
        "+62 (812) 3456.7890", "0812\r\n3456", "0812\r3456", "0812\n3456", "３５７３014101900001", "0812–3456", "3573\u{301}014101900001",
        "1\u{301}2", "é-1", "a b.c-d(e)f",
    ]

    @Test func theBytesGiveWhatTheCharactersGive() {
        for set in [" .-", " -()."] {
            for text in Self.samples {
                #expect(text.removingASCII(set) == text.filter { !set.contains($0) }, "\(text.debugDescription) without \(set)")
            }
        }
    }

    @Test func separatedNumbersAreReadAsBefore() throws {
        let nik = try FaultInputTests.field("nik")
        for typed in ["3573014101900001", "3573 0141 0190 0001", "3573.0141-0190.0001", " 3573014101900001 "] {
            #expect(nik.validate(typed) == .success("3573014101900001"), "\(typed)")
        }
        for refused in ["3573\r\n014101900001", "３５７３014101900001", "357301410190000", "3573013102900001"] {
            guard case .failure = nik.validate(refused) else {
                Issue.record("\(refused.debugDescription) accepted")
                continue
            }
        }
        let phone = try FaultInputTests.field("telepon")
        #expect(phone.validate("0812-3456-7890") == .success("081234567890"))
        #expect(phone.validate("+62 (812) 3456.7890") == .success("+6281234567890"))
        guard case .failure = phone.validate("0812\r\n34567890") else {
            Issue.record("a phone with a line break accepted")
            return
        }
    }
}
