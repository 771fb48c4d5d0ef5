import Foundation
import SOPCore
import SOPEngine
import SOPModel
import Testing

@testable import SOPTerminal

/// Tester 31, F13: after a decision sends the case to two boxes done at once by two roles the
/// operator does not hold, the hint named only the first role though both wait.
@Suite struct HandOffHintTests {
    struct Fixed: Clock { func now() -> Date { Date(timeIntervalSince1970: 1_796_004_000) } }

    func shown(_ waiting: [(step: String, role: String, roleName: String)], language: Language = .id,
               holds: @escaping (String) -> Bool = { _ in false }) -> String {
        var text = ""
        let prompter = TerminalPrompter(language: language, colour: false, clock: Fixed(), time: TimeText(language: language),
                                        input: { nil }, output: { text += $0 })
        prompter.mayActAs = holds
        prompter.show(.waiting(waiting))
        return text
    }

    @Test func everyWaitingRoleIsNamedOnce() {
        let text = shown([("8 (Operator SIKS-NG)", "operator-siksng", "Operator SIKS-NG"), ("8 (Petugas Loket)", "loket", "Petugas Loket")])
        #expect(text.contains("  Dilanjutkan oleh pemegang peran 'operator-siksng' dan 'loket', masing-masing (sop tasks di mejanya).\n"))
        let english = shown([("8", "operator-siksng", "Operator"), ("9", "loket", "Loket"), ("10", "loket", "Loket")], language: .en)
        #expect(english.contains("  To be continued by holders of the roles 'operator-siksng' and 'loket', each their own (sop tasks at their desk).\n"))
    }

    @Test func oneRoleReadsAsBefore() {
        #expect(shown([("2", "staf-pengaduan", "Staf")]).contains("  Dilanjutkan oleh pemegang peran 'staf-pengaduan' (sop tasks di mejanya).\n"))
    }

    @Test func aHeldRoleIsOfferedToContinueAndTheOtherNamed() {
        let text = shown([("8", "operator-siksng", "Operator"), ("8", "loket", "Loket")], holds: { $0 == "loket" })
        #expect(text.contains("  Lanjutkan dengan: sop run --case  --as loket\n") || text.contains("--as loket\n"))
        #expect(!text.contains("--as operator-siksng"))
        #expect(text.contains("  Dilanjutkan oleh pemegang peran 'operator-siksng' (sop tasks di mejanya).\n"))
    }

    /// Tester 33: without a roster every role may be taken, and each waiting role gets its command.
    @Test func withoutARosterEachWaitingRoleGetsItsCommand() {
        var text = ""
        let prompter = TerminalPrompter(language: .id, colour: false, clock: Fixed(), time: TimeText(language: .id),
                                        input: { nil }, output: { text += $0 })
        prompter.show(.waiting([("8 (Operator SIKS-NG)", "operator-siksng", "Operator SIKS-NG"), ("8 (Petugas Loket)", "loket", "Petugas Loket")]))
        #expect(text.contains("--as operator-siksng\n"))
        #expect(text.contains("--as loket\n"))
        #expect(!text.contains("Dilanjutkan oleh"))
    }
}
