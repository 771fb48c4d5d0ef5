import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine
@testable import SOPReport

/// A visit closed undone is not done: a skip (`/lewati`) is counted on its row as "dilewati" and
/// in none of the times, shares or steps done; a withdrawn box is counted nowhere.
@Suite struct SkippedStepReportTests {
    typealias F = ReportFixtures

    @Test func skipsAreCountedApartAndWithdrawalsNotAtAll() throws {
        var skipped = F.visit("b", step: "1", start: 0, end: 300, waktu: 5, by: "sari")
        skipped.skipped = true
        var withdrawn = F.visit("c", step: "1", start: 0, end: 2, waktu: 5, by: "sari")
        withdrawn.withdrawn = true
        let visits = [F.visit("a", step: "1", start: 0, end: 3, waktu: 5), skipped, withdrawn]
        let cases = ["a", "b", "c"].map { F.summary($0, .completed, start: 0, end: 300) }
        let report = ReportBuilder(revisions: ["rev": F.sop01], calendar: F.calendar, now: F.minutes(400))
            .build(visits: visits, cases: cases, from: nil, to: nil)
        let step = try #require(report.sops.first?.steps.first)
        #expect(step.cases == 2)
        #expect(step.skipped == 1)
        #expect(step.duration == Spread(count: 1, median: 180, p90: 180))
        #expect(step.within == Share(within: 1, of: 1))
        #expect(step.late == 0)
        let section = try #require(report.sops.first)
        #expect(section.operators.map(\.key) == ["budi"], "the one who only skipped or was withdrawn did no step")
        let text = ReportText(language: .id, calendar: F.calendar)
        #expect(text.cases(step) == "2 (dilewati 1)")
        #expect(ReportText(language: .en, calendar: F.calendar).cases(step) == "2 (skipped 1)")
        #expect(text.stepsLegend(section).contains("Dilewati: kunjungan kegiatan opsional"))
        let csv = ReportCSVWriter(language: .id).write(report).split(separator: "\n").map(String.init)
        #expect(csv[0].hasSuffix(",terlambat_terbuka,dilewati"))
        #expect(csv[2].hasPrefix("kegiatan,01,1,") && csv[2].hasSuffix(",0,1"), "\(csv[2])")
    }

    @Test func theLeadTimeReadsInWords() {
        let words = Catalog.Report.self
        #expect(words.leadTime(count: 40, shortest: "5 menit", median: "20 menit", p90: "2 jam", withinMedian: 20, withinP90: 36).text(.id)
            == "separuh kasus selesai dalam 20 menit, 90% dalam 2 jam")
        #expect(words.leadTime(count: 40, shortest: "5 minutes", median: "20 minutes", p90: "2 hours", withinMedian: 20, withinP90: 36).text(.en)
            == "half the cases finished within 20 minutes, 90% within 2 hours")
        #expect(words.leadTime(count: 3, shortest: "1 menit", median: "1 menit", p90: "1 menit", withinMedian: 3, withinP90: 3).text(.id)
            == "semua 3 kasus selesai dalam 1 menit")
        #expect(words.leadTime(count: 1, shortest: "1 menit", median: "1 menit", p90: "1 menit", withinMedian: 1, withinP90: 1).text(.id)
            == "1 kasus selesai dalam 1 menit")
        #expect(words.leadTime(count: 12, shortest: "5 menit", median: "20 menit", p90: "1 jam", withinMedian: 6, withinP90: 11).text(.id)
            == "6 dari 12 kasus selesai dalam 20 menit, 11 dalam 1 jam")
    }
}
