import SOPCore
import Testing

@testable import SOPModel

/// An outside tester's findings on two new SOPs (`Tests/Fixtures/newsop`), at the model level.
@Suite struct NewSOPModelFindingTests {
    /// Finding 3: seconds look like a duration: never silently no standard, an error with the
    /// standard in minutes to write (as "15 Mnt" gets). Minute marks ("5'") are read as minutes
    /// since the tenth outside test (F4): see `MinuteMarksAndPrintedExtrasTests`.
    @Test("A duration in seconds is unreadable with a suggestion", arguments: [
        ("30 detik", "1 menit"),
        ("90 detik", "2 menit"),
        ("45 dtk", "1 menit"),
    ])
    func seconds(text: String, suggestion: String) {
        #expect(WaktuParser.read(text) == .unreadable(suggestion: suggestion))
        #expect(WaktuParser.read(suggestion) != .none)
    }

    /// Finding 2: what is echoed masked is what a NIK or a phone field would accept, not any run
    /// of 8 digits: a file number or a date stays as typed.
    @Test func onlyANIKOrAPhoneShapedRunIsMasked() {
        #expect(PersonalEcho.quoted("Berkas daring SiCantik No. 2025-0456") == "Berkas daring SiCantik No. 2025-0456")
        #expect(PersonalEcho.quoted("2026-12-08") == "2026-12-08")
        #expect(PersonalEcho.quoted("08-12-2026") == "08-12-2026")
        #expect(PersonalEcho.quoted("Rp 12500000") == "Rp 12500000")
        #expect(PersonalEcho.quoted("RM 00-12-34") == "RM 00-12-34")
        // Still masked: a NIK, a phone in any writing, wherever typed.
        #expect(PersonalEcho.quoted("3573014101900001") == "3573••••••••••01")
        #expect(PersonalEcho.quoted("NIK 3573 0141 0190 0001") == "NIK 3573••••••••••01")
        #expect(PersonalEcho.quoted("y 0812-3456-7890") == "y 0812••••••90")
        #expect(PersonalEcho.quoted("+62 812 3456 7890") == "+628••••••••90")
        #expect(PersonalEcho.quoted("62812345678") == "628••••••78")
    }
}
