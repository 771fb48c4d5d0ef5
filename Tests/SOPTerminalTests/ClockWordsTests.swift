import Foundation
import SOPCore
import SOPEngine
import SOPModel
import Testing

@testable import SOPTerminal

/// A completed step's times add up: used + sisa = the standard, a late step is never ✓.
@Suite struct ClockWordsTests {
    let words = ClockWords(time: TimeText(language: .id))
    /// Monday 30 November 2026, 09:00 WIB.
    let start = Date(timeIntervalSince1970: 1_796_004_000)

    func line(_ used: TimeInterval, standard: TimeInterval? = 300, late: Bool = false, due: TimeInterval = 300,
              end: TimeInterval? = nil, paused: TimeInterval = 0) -> String {
        let clock = StepClock(standardSeconds: standard, used: used, due: start.addingTimeInterval(due), late: late,
                              paused: paused, end: start.addingTimeInterval(end ?? used))
        return words.done("1", waktu: standard == nil ? "3 hari kerja" : "5 menit", clock: clock).0
    }

    @Test func usedAndRemainingAddUpToTheStandard() {
        // 1 min 50 s: the floor of each gave "1 menit … sisa 3 menit".
        #expect(line(110) == "✓ Kegiatan 1 selesai dalam 2 menit — tepat waktu (standar 5 menit, sisa 3 menit)")
        #expect(line(20) == "✓ Kegiatan 1 selesai dalam kurang dari 1 menit — tepat waktu (standar 5 menit, sisa hampir 5 menit)")
        #expect(line(290) == "✓ Kegiatan 1 selesai dalam 5 menit — tepat waktu (standar 5 menit, sisa kurang dari 1 menit)")
    }

    @Test func aLateStepIsNeverTicked() {
        let text = line(320, late: true)
        #expect(text == "⚠ Kegiatan 1 selesai terlambat dalam 6 menit — MELEBIHI standar 5 menit (lebih 1 menit)")
        #expect(!text.contains("✓"))
    }

    @Test func daysNameTheirDeadlineAndPausesAreSaid() {
        let text = line(3600, standard: nil, due: 3 * 86_400, paused: 7200)
        #expect(text == "✓ Kegiatan 1 selesai dalam 1 jam — tepat waktu (standar 3 hari kerja, batas 03-12-2026 09.00 WIB, tanpa 2 jam dijeda)")
        // Done at 15.58 with service time left past closing: the next-day deadline is named too.
        let overnight = line(240, due: 23 * 3600 + 180, end: 6 * 3600 + 58 * 60)
        #expect(overnight.contains("sisa 1 menit, batas 01-12-2026 08.03 WIB"))
    }
}
