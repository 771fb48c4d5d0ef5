import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPLint

/// The calendar kind: claimed by its `kalender` key, read by the calendar loader, checked by the
/// calendar rules, judged as of a given day.
@Suite struct CalendarLintTests {
    static let calendar = """
        kalender: Dinas
        jam_layanan: Senin-Kamis 08.00-15.30, Jumat 08.00-16.00
        libur_nasional:
          2026:
            2026-08-17: Proklamasi Kemerdekaan

        """

    static func day(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    func lint(_ files: [(String, String)], today: Date) -> [FileReport] {
        Linter(today: today).lint(files.map { .memory(path: $0.0, bytes: Array($0.1.utf8)) })
    }

    /// Tester 12, F21: `jam_layann` is one finding (the unknown key, with its suggestion), not
    /// also "no service hours".
    @Test func aMisspeltServiceHoursKeyIsOneFinding() {
        let typo = Self.calendar.replacingOccurrences(of: "jam_layanan:", with: "jam_layann:")
        let reports = lint([("sop/kalender.yaml", typo)], today: Self.day("2026-11-30T09:00:00+07:00"))
        #expect(reports.first?.diagnostics.map(\.code.rawValue) == ["unknown-key"])
        #expect(reports.first?.diagnostics.first?.notes.map(\.message.en) == ["did you mean 'jam_layanan'?"])
        let none = Self.calendar.replacingOccurrences(of: "jam_layanan: Senin-Kamis 08.00-15.30, Jumat 08.00-16.00\n", with: "")
        let without = lint([("sop/kalender.yaml", none)], today: Self.day("2026-11-30T09:00:00+07:00"))
        #expect(without.first?.diagnostics.map(\.code.rawValue) == ["calendar-no-service-hours"])
    }

    @Test func theYearBeingListedDependsOnToday() {
        let during = lint([("sop/kalender.yaml", Self.calendar)], today: Self.day("2026-11-30T09:00:00+07:00"))
        #expect(during.map(\.kind) == ["kalender"])
        #expect(during[0].diagnostics.isEmpty)
        // New Year's Day in Jakarta is still 31 December in UTC: the calendar's zone decides.
        let after = lint([("sop/kalender.yaml", Self.calendar)], today: Self.day("2026-12-31T18:00:00Z"))
        #expect(after[0].diagnostics.map(\.code.rawValue) == ["calendar-year-missing"])
        #expect(after[0].diagnostics.first?.location?.mark == Mark(line: 3, column: 1))
        #expect(after[0].diagnostics.first?.message.en == "no holidays listed for 2027 (listed: 2026); due times this year ignore holidays and cuti bersama")
    }

    @Test func aCalendarIsNotABrokenSOPAndTwoAreOneTooMany() {
        let reports = lint([("sop/01-a.yaml", RuleExample.sopText()), ("sop/kalender-a.yaml", Self.calendar),
                            ("sop/kalender-b.yaml", Self.calendar)], today: Self.day("2026-11-30T09:00:00+07:00"))
        #expect(reports.map(\.kind) == ["sop", "kalender", "kalender"])
        #expect(reports[0].diagnostics.isEmpty && reports[1].diagnostics.isEmpty)
        #expect(reports[2].diagnostics.map(\.code.rawValue) == ["calendar-duplicate"])
        #expect(reports[2].diagnostics.first?.notes.first?.location?.file == "sop/kalender-a.yaml")
    }

    @Test func calendarLoaderProblemsAreLocated() {
        let broken = "kalender: Rusak\nzona_waktu: WIT8\njam_layanan: kapan saja\nlibur_nasional:\n  2026:\n    2026-02-30: Tidak ada\n"
        let report = lint([("sop/kalender.yaml", broken)], today: Self.day("2026-11-30T09:00:00+07:00"))[0]
        #expect(report.diagnostics.map { "\($0.location!.line):\($0.code)" } == [
            "2:invalid-choice", "3:jam-layanan-format", "6:date-nonexistent",
        ])
    }
}
