import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine
@testable import SOPReport

/// The note right of each bar ("tanpa standar waktu · separuh selesai dalam kurang dari 1 menit") stays inside
/// the chart: seen cut at the chart's edge in the report page's screenshot.
@Suite struct ReportChartNoteTests {
    typealias F = ReportFixtures

    @Test func theLongestNoteFitsInsideTheChart() throws {
        let visits = [F.visit("a", step: "1", start: 0, end: 4, waktu: 5), F.visit("a", step: "2", start: 4, end: 4.5, waktu: nil)]
        let report = ReportBuilder(revisions: ["rev": F.sop01], calendar: F.calendar, now: F.minutes(80))
            .build(visits: visits, cases: [], from: nil, to: nil)
        let html = ReportHTMLWriter(text: ReportText(language: .id, calendar: F.calendar)).write(report)
        let note = "tanpa standar waktu · separuh selesai dalam kurang dari 1 menit"
        #expect(html.contains(">\(note)</text>"))
        let width = try #require(html.components(separatedBy: "<svg class=\"grafik\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").dropFirst().first
            .flatMap { Double($0.prefix { $0 != "\"" }) })
        // The note starts 8px right of the bars (260 + 420) and needs about 7px a character.
        #expect(width >= 260 + 420 + 8 + Double(note.count) * 7)
        // A chart whose notes are short keeps its usual width.
        let short = ReportHTMLWriter(text: ReportText(language: .id, calendar: F.calendar)).write(
            ReportBuilder(revisions: ["rev": F.sop01], calendar: F.calendar, now: F.minutes(80))
                .build(visits: [visits[0]], cases: [], from: nil, to: nil))
        #expect(short.contains("<svg class=\"grafik\" xmlns=\"http://www.w3.org/2000/svg\" width=\"840\""))
    }

    /// Tester 31, F10: a row timed to a date the case gives (`waktu_baku: {sampai: tanggal_muskel}`)
    /// has no fixed length, but its visits are judged: the chart said "tanpa standar waktu" beside
    /// the table's "3/3 (100%)"; and the two boxes of a row read as one label twice.
    @Test func aRowJudgedByADateFromTheCaseShowsItsShareAndABoxItsActor() throws {
        let visits = [F.visit("a", step: "1", start: 0, end: 4, waktu: 5), F.visit("a", step: "2", start: 4, end: 4.5, waktu: nil)]
        var report = ReportBuilder(revisions: ["rev": F.sop01], calendar: F.calendar, now: F.minutes(80))
            .build(visits: visits, cases: [], from: nil, to: nil)
        report.sops[0].steps[1].standardSeconds = nil
        report.sops[0].steps[1].waktu = "sesuai jadwal musyawarah kelurahan"
        report.sops[0].steps[1].within = Share(within: 3, of: 3)
        report.sops[0].steps[1].box = "Petugas Loket"
        let html = ReportHTMLWriter(text: ReportText(language: .id, calendar: F.calendar)).write(report)
        #expect(html.contains(">sesuai jadwal musyawarah kelurahan · 3/3 (100%)</text>"))
        #expect(!html.contains(">tanpa standar waktu"))
        #expect(html.contains("Petugas Loket: "))
    }
}

/// Tester 32: on a 24-hour SOP that serves holidays, no time is outside service hours, so a step
/// done within a minute is not explained as "dikerjakan di luar jam layanan".
@Suite struct RoundTheClockLegendTests {
    @Test func theServiceHoursLegendIsLeftOutWhenTheClockNeverStops() throws {
        let served = try #require(try? ServiceHoursParser.parse(["24 jam setiap hari, termasuk hari libur"]).get())
        let allDay = WorkCalendar.standard.serving(ServiceHours(texts: [], entries: served.entries, timeZone: nil, holidays: served.holidays))
        #expect(allDay.roundTheClock)
        let closedOnHolidays = try #require(try? ServiceHoursParser.parse(["24 jam setiap hari, kecuali hari libur"]).get())
        #expect(!WorkCalendar.standard.serving(ServiceHours(texts: [], entries: closedOnHolidays.entries, timeZone: nil,
                                                            holidays: closedOnHolidays.holidays)).roundTheClock)
        #expect(!WorkCalendar.standard.roundTheClock)
        let report = ReportBuilder(revisions: ["rev": ReportFixtures.sop01], calendar: ReportFixtures.calendar, now: ReportFixtures.minutes(80))
            .build(visits: [ReportFixtures.visit("a", step: "1", start: 0, end: 0.2, waktu: 5)], cases: [], from: nil, to: nil)
        var section = try #require(report.sops.first)
        let text = ReportText(language: .id, calendar: ReportFixtures.calendar)
        section.steps[0].clock = .serviceTime
        section.steps[0].duration = Spread(count: 1, median: 0, p90: 0)
        #expect(text.stepsLegend(section).contains("di luar jam layanan"))
        section.roundTheClock = true
        #expect(!text.stepsLegend(section).contains("di luar jam layanan"))
    }
}
