import SOPCore
import Testing

@testable import SOPModel

/// A range of serial numbers written as two groups of four digits ("Blanko SKHP no seri
/// 0451-0454", tester 22's finding 8) is echoed as typed, as file and register numbers are; every
/// phone number the masking rule caught before is still masked.
@Suite struct SerialRangeMaskingTests {
    @Test("A serial range is echoed as typed", arguments: [
        "Blanko SKHP no seri 0451-0454",
        "seri 0451 - 0454",
        "No. 0012-0015",
        "segel 0451-0454 dan 0460-0463",
        "6201-6205",
    ])
    func serialRange(_ text: String) {
        #expect(PersonalEcho.quoted(text) == text)
    }

    @Test("A phone number is still masked", arguments: [
        ("0812-3456-7890", "0812••••••90"),
        ("0812 3456 7890", "0812••••••90"),
        ("0812.3456.789", "081••••••89"),
        ("081234567890", "0812••••••90"),
        ("+62 812 3456 7890", "+628••••••••90"),
        ("+62-812-3456-7890", "+628••••••••90"),
        ("62812345678", "628••••••78"),
        ("6281-2345-678", "628••••••78"),
        ("021-5678-1234", "021••••••34"),
        ("(021) 5678 1234", "(021••••••34"),
        ("021 56781234", "021••••••34"),
        ("0274-512345", "027•••••45"),
        ("0451-0454-0460", "0451••••••60"),
    ])
    func phone(_ text: String, _ masked: String) {
        #expect(PersonalEcho.quoted(text) == masked)
    }

    @Test("A date with its hour is echoed as typed", arguments: [
        "Jadwal 09-12-2026 09.00",
        "jadwal ulang 2026-12-16 13.30 WIB",
        "09-12-2026 9",
    ])
    func dateAndHour(_ text: String) {
        #expect(PersonalEcho.quoted(text) == text)
    }

    /// A phone number typed after a date is masked all the same (with the date: one run).
    @Test func aPhoneAfterADateIsStillMasked() {
        #expect(PersonalEcho.quoted("09-12-2026 0812 3456 789") != "09-12-2026 0812 3456 789")
        #expect(!PersonalEcho.quoted("09-12-2026 0812 3456 789").contains("3456"))
    }

    /// Four digits and four digits is the range's shape only: three groups, other group sizes or
    /// another joining mark stay a phone's shape.
    @Test func onlyTwoGroupsOfFourDigitsJoinedByADashAreARange() {
        #expect(PersonalEcho.isSerialRange("0451-0454"))
        #expect(PersonalEcho.isSerialRange("0451 - 0454"))
        #expect(!PersonalEcho.isSerialRange("0451-0454-0460"))
        #expect(!PersonalEcho.isSerialRange("04510-454"))
        #expect(!PersonalEcho.isSerialRange("0451 0454"))
        #expect(!PersonalEcho.isSerialRange("021-56781"))
        // A NIK is masked whatever its groups.
        #expect(PersonalEcho.quoted("NIK 3573-0141-0190-0001") == "NIK 3573••••••••••01")
    }
}
