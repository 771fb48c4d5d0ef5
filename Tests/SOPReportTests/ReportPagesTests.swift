import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine
@testable import SOPReport

/// Issue 13's report fixes: paused cases apart, the page heading, steps without a standard in
/// the chart, short hari kerja medians, labels never cut.
@Suite struct ReportPagesTests {
    typealias F = ReportFixtures

    func report(_ visits: [VisitRow], _ cases: [CaseSummary], from: Date? = nil, to: Date? = nil) -> Report {
        ReportBuilder(revisions: ["rev": F.sop01], calendar: F.calendar, now: F.minutes(80))
            .build(visits: visits, cases: cases, from: from, to: to)
    }

    @Test func pausedCasesAreCountedApart() throws {
        let report = report([], [F.summary("a", .open, start: 0, end: nil), F.summary("b", .paused, start: 0, end: nil),
                                 F.summary("c", .completed, start: 0, end: 50)])
        let section = try #require(report.sops.first)
        #expect(section.cases == CaseCounts(started: 3, completed: 1, cancelled: 0, open: 1, paused: 1))
        let text = ReportText(language: .id, calendar: F.calendar)
        #expect(text.summary(section).hasPrefix("Kasus 3 (selesai 1, dibatalkan 0, terbuka 1, dijeda 1)"))
        #expect(ReportText(language: .en, calendar: F.calendar).summary(section).hasPrefix("Cases 3 (completed 1, cancelled 0, open 1, paused 1)"))
    }

    @Test func thePageIsHeadedByTheUnitAndThePeriod() throws {
        let from = F.t0, to = F.t0.addingTimeInterval(2 * 86_400)
        let html = ReportHTMLWriter(text: ReportText(language: .id, calendar: F.calendar))
            .write(report([F.visit("a", step: "1", start: 0, end: 4, waktu: 5)], [], from: from, to: to))
        #expect(html.contains("<h1>Laporan mutu baku · Dinas Koperasi, Perindustrian dan Perdagangan Kota Malang · periode 30-11-2026 s.d. 02-12-2026</h1>"))
        #expect(html.contains("<title>Laporan mutu baku · Dinas Koperasi"))
        // The period once: in the heading, not again in the line under it (tester 11, F17).
        let all = ReportHTMLWriter(text: ReportText(language: .id, calendar: F.calendar))
            .write(report([F.visit("a", step: "1", start: 0, end: 4, waktu: 5)], []))
        let meta = try #require(all.components(separatedBy: "<p class=\"meta\">").dropFirst().first?.components(separatedBy: "</p>").first)
        #expect(meta.hasPrefix("dibuat ") || meta.hasPrefix("Dibuat "), "\(meta)")
        #expect(!meta.contains("seluruh periode") && all.contains("· seluruh periode</h1>"))
    }

    @Test func stepsWithoutAStandardAreDrawnAsSuchAndLabelsAreWhole() throws {
        // Step 2 has no waktu and took 50 minutes, far longer than step 1's 4 of 5.
        let visits = [F.visit("a", step: "1", start: 0, end: 4, waktu: 5), F.visit("a", step: "2", start: 4, end: 54, waktu: nil)]
        let html = ReportHTMLWriter(text: ReportText(language: .id, calendar: F.calendar)).write(report(visits, []))
        #expect(html.contains("tanpa standar waktu · separuh selesai dalam 50 menit"))
        #expect(!html.contains("- · -"))
        // No bar for step 2 (tester 11, F17: a bar on its own scale read as the slowest step).
        #expect(!html.contains("data-step=\"2\" data-kind="))
        #expect(html.contains("data-step=\"1\" data-kind=\"p90\""))
        #expect(html.contains("data-step=\"1\" data-kind=\"standard\""))
        #expect(html.contains("Kegiatan tanpa standar waktu tidak digambar batangnya"))
        // Every word of the step's text is on the page, in the chart too (no "…").
        let chart = try #require(html.components(separatedBy: "</svg>").first)
        #expect(!chart.contains("…"))
        #expect(chart.contains("dan menyampaikan maksud keinginannya"))
    }

    @Test func aShortHariKerjaMedianIsNotZeroDays() {
        let text = ReportText(language: .id, calendar: F.calendar)
        #expect(text.duration(20 * 60, clock: .workingDays) == "20 menit")
        #expect(text.duration(10, clock: .workingDays) == "kurang dari 1 menit")
        #expect(!text.duration(20 * 60, clock: .workingDays).contains("0 hari kerja"))
        #expect(text.duration(2 * F.calendar.workingDayLength, clock: .workingDays) == "2 hari kerja")
    }

    @Test func aStepWhosePauseStoppedTheClockIsWithinAsTheDeskSaid() throws {
        // Step 3 (30 menit) from 09.00 to 10.10 with an hour paused: 10 minutes used, on time,
        // though its first due time (09.30) has passed; a step really late stays late.
        var paused = F.visit("a", step: "3", role: "staf-pengaduan", start: 0, end: 70, waktu: 30)
        paused.used = 10 * 60
        let late = F.visit("b", step: "3", role: "staf-pengaduan", start: 0, end: 45, waktu: 30)
        let section = try #require(report([paused, late], [F.summary("a", .completed, start: 0, end: 70),
                                                          F.summary("b", .completed, start: 0, end: 45)]).sops.first)
        #expect(section.steps.first?.within == Share(within: 1, of: 2))
        #expect(section.steps.first?.late == 1)
    }

    @Test func aPausedCasesOpenStepIsNotRunningLate() throws {
        // Both step 3 visits were due at 09.30 and it is 10.20; b's case is paused, the clock stopped.
        let visits = [F.visit("a", step: "3", role: "staf-pengaduan", start: 0, end: nil, waktu: 30),
                      F.visit("b", step: "3", role: "staf-pengaduan", start: 0, end: nil, waktu: 30)]
        let section = try #require(report(visits, [F.summary("a", .open, start: 0, end: nil),
                                                   F.summary("b", .paused, start: 0, end: nil)]).sops.first)
        #expect(section.steps.first?.overdueOpen == 1)
    }

    /// Tepat waktu counts finished visits; the step late now in an open case is in a column of its
    /// own, so "3/3 (100%)" stands next to "Terlambat (selesai): 0", never next to a "Terlambat: 1".
    @Test func finishedAndStillOpenLateStepsAreCountedApartSoEachColumnAddsUp() throws {
        // Step 3 (30 menit): three visits done within it, a fourth still open at 80 minutes, due at 30.
        let visits = ["a", "b", "c"].map { F.visit($0, step: "3", role: "staf-pengaduan", start: 0, end: 20, waktu: 30) }
            + [F.visit("d", step: "3", role: "staf-pengaduan", start: 0, end: nil, waktu: 30)]
        let cases = ["a", "b", "c"].map { F.summary($0, .completed, start: 0, end: 20) } + [F.summary("d", .open, start: 0, end: nil)]
        let built = report(visits, cases)
        let step = try #require(built.sops.first?.steps.first { $0.step == "3" })
        #expect(step.within == Share(within: 3, of: 3) && step.lateDone == 0 && step.overdueOpen == 1)
        let text = ReportText(language: .id, calendar: F.calendar)
        let html = ReportHTMLWriter(text: text).write(built)
        #expect(html.contains("<td data-kolom=\"Tepat waktu\">3/3 (100%)</td><td data-kolom=\"Terlambat (selesai)\">0</td>"
                              + "<td data-kolom=\"Lewat batas, belum selesai\">1</td>"), "\(html)")
        #expect(!html.contains("data-kolom=\"Terlambat\""))
        // By role the same two; by operator only the finished one (an open step has no operator).
        #expect(html.contains("<th>Peran</th><th>Kegiatan selesai</th><th>Tepat waktu</th><th>Terlambat (selesai)</th><th>Lewat batas, belum selesai</th>"))
        #expect(html.contains("<th>Operator</th><th>Kegiatan selesai</th><th>Tepat waktu</th><th>Terlambat (selesai)</th></tr>"))
        let table = ReportTableWriter(text: ReportText(language: .en, calendar: F.calendar)).write(built)
        #expect(table.contains("Done late") && table.contains("Open past due") && !table.contains("Overdue"), "\(table)")
        // CSV keeps its header; its columns already held the two apart.
        let csv = ReportCSVWriter(language: .id).write(built)
        #expect(csv.hasPrefix(Catalog.Report.csvHeader.text(.id) + "\n"))
    }
}
