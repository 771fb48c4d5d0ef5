import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine
@testable import SOPReport

/// The summary's lead time as a head of unit reads it, for as many completed cases as a unit has
/// in a month or a year (tester 21's F10: "9 dari 10 kasus" with two cases read as a count).
@Suite struct ReportLeadTimeWordsTests {
    typealias F = ReportFixtures

    /// The lead times in minutes of the completed cases of each line of the golden.
    static let samples: [(String, [Double])] = [
        ("n = 0", []),
        ("n = 1", [95]),
        ("n = 2", [20, 65]),
        ("n = 2, the same time", [30, 30]),
        ("n = 3, each under a minute", [0.2, 0.3, 0.4]),
        ("n = 5", [12, 20, 20, 45, 130]),
        ("n = 10", [5, 8, 10, 15, 20, 25, 30, 45, 60, 150]),
        ("n = 10, most the same", [20, 20, 20, 20, 20, 20, 20, 20, 20, 90]),
        ("n = 1000", (0..<1000).map { Double(10 + ($0 * 37) % 120) }),
    ]

    static func summary(_ minutes: [Double], _ language: Language) -> String {
        // Every case but an open one ends; the standard of SOP 01 is 100 minutes.
        var cases = minutes.enumerated().map { F.summary("c\($0.offset)", .completed, start: 0, end: $0.element) }
        cases.append(F.summary("open", .open, start: 0, end: nil))
        let report = ReportBuilder(revisions: ["rev": F.sop01], calendar: F.calendar, now: F.minutes(400), language: language)
            .build(visits: [], cases: cases, from: nil, to: nil)
        return report.sops.map { ReportText(language: language, calendar: F.calendar).summary($0) }.joined()
    }

    @Test func theLeadTimeSaysWhatTheCasesDid() throws {
        var golden = ""
        for (name, minutes) in Self.samples {
            golden += "\(name)\n  id: \(Self.summary(minutes, .id))\n  en: \(Self.summary(minutes, .en))\n"
        }
        let url = URL(fileURLWithPath: F.root + "/Tests/EndToEndTests/Golden/report-lead-time.txt")
        if ProcessInfo.processInfo.environment["SOP_UPDATE_GOLDEN"] == "1" {
            try golden.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(golden == (try String(contentsOf: url, encoding: .utf8)), "differs from report-lead-time.txt; SOP_UPDATE_GOLDEN=1 rewrites it")
    }

    @Test func fewCasesAreCountedNeverGivenAsAShareOfTen() {
        #expect(Self.summary([20, 65], .id).contains("satu kasus selesai dalam 20 menit, yang lain dalam 1 jam 5 menit"))
        #expect(Self.summary([30, 30], .id).contains("kedua kasus selesai dalam 30 menit"))
        #expect(Self.summary([0.2, 0.3, 0.4], .id).contains("semua 3 kasus selesai dalam kurang dari 1 menit"))
        #expect(Self.summary([12, 20, 20, 45, 130], .id).contains("3 dari 5 kasus selesai dalam 20 menit, semuanya dalam 2 jam 10 menit"))
        for n in [2, 3, 5, 10, 19] {
            let text = Self.summary((1...n).map { Double($0 * 7) }, .id)
            #expect(!text.contains("9 dari 10") && !text.contains("90%") && !text.contains("separuh"), "n = \(n): \(text)")
        }
        #expect(Self.summary((1...20).map { Double($0 * 7) }, .id).contains("separuh kasus selesai dalam"))
    }

    @Test func withoutACompletedCaseNoTimeAndNoDash() {
        let text = Self.summary([], .id)
        #expect(text == "Kasus 1 (selesai 0, dibatalkan 0, terbuka 1) · jumlah waktu standar 1 jam 40 menit", "\(text)")
    }

    @Test func theCountsComeFromTheTimesAndStayOutOfTheJSON() throws {
        let spread = try #require(Spread([10, 20, 20, 20, 90]))
        #expect(spread.median == 20 && spread.p90 == 90 && spread.shortest == 10)
        #expect(spread.withinMedian == 4 && spread.withinP90 == 5, "ties with the median are counted within it")
        let json = String(decoding: try JSONEncoder().encode(spread), as: UTF8.self)
        #expect(!json.contains("within") && !json.contains("shortest"), "\(json)")
    }
}
