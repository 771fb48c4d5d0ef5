import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine
@testable import SOPReport

/// The report as its readers read it (tester 20's F11–F13): the Pelaksana of the signed document,
/// operators by their full names, a box only ever withdrawn counted nowhere ("-"), a time of 0
/// minutes explained, and no command on the page for the head of the unit.
@Suite struct ReportReaderWordsTests {
    typealias F = ReportFixtures

    static func report(_ visits: [VisitRow], names: [String: String] = [:]) -> Report {
        var builder = ReportBuilder(revisions: ["rev": F.sop01], calendar: F.calendar, now: F.minutes(400))
        builder.operatorNames = names
        return builder.build(visits: visits, cases: [F.summary("a", .completed, start: 0, end: 30)], from: nil, to: nil)
    }

    @Test func thePelaksanaIsTheDocumentsWithWhoRecordedIt() throws {
        let report = Self.report([F.visit("a", step: "1", start: 0, end: 3, waktu: 5),
                                  F.visit("a", step: "3", role: "staf-pengaduan", start: 3, end: 20, waktu: 30)])
        let steps = try #require(report.sops.first?.steps)
        let id = ReportText(language: .id, calendar: F.calendar), en = ReportText(language: .en, calendar: F.calendar)
        #expect(steps[0].performer == "Pelapor" && steps[0].role == "Resepsionis")
        #expect(id.performer(steps[0]) == "Pelapor (dicatat oleh Resepsionis)")
        #expect(en.performer(steps[0]) == "Pelapor (recorded by Resepsionis)")
        #expect(id.performer(steps[1]) == "Staf layanan pengaduan", "the performer recorded it: said once")
        let html = ReportHTMLWriter(text: id).write(report)
        #expect(html.contains("<td data-kolom=\"Pelaksana\">Pelapor (dicatat oleh Resepsionis)</td>"), "\(html)")
    }

    @Test func operatorsByTheirRosterNamesWithTheLoginTheHistoryRecords() throws {
        let report = Self.report([F.visit("a", step: "1", start: 0, end: 3, waktu: 5, by: "sari"),
                                  F.visit("a", step: "2", start: 3, end: 4, waktu: nil, by: "budi")],
                                 names: ["sari": "Sari Wulandari, S.E."])
        let operators = try #require(report.sops.first?.operators)
        let text = ReportText(language: .id, calendar: F.calendar)
        #expect(Set(operators.map(text.person)) == ["budi", "Sari Wulandari, S.E. (sari)"])
        #expect(operators.first { $0.key == "sari" }?.name == "Sari Wulandari, S.E.")
        let table = ReportTableWriter(text: text).write(report)
        #expect(table.contains("Sari Wulandari, S.E. (sari)") && table.contains("\nbudi "), "\(table)")
        let csv = ReportCSVWriter(language: .id).write(report)
        #expect(csv.contains("\noperator,01,sari,\"Sari Wulandari, S.E.\","), "the key stays the login, the name is the roster's: \(csv)")
    }

    @Test func aBoxOnlyEverWithdrawnReadsNotApplicable() throws {
        var withdrawn = F.visit("a", step: "2", start: 3, end: 3, waktu: nil, by: "budi")
        withdrawn.withdrawn = true
        let report = Self.report([F.visit("a", step: "1", start: 0, end: 3, waktu: 5), withdrawn])
        let section = try #require(report.sops.first)
        let row = try #require(section.steps.first { $0.step == "2" })
        #expect(row.cases == 0 && !row.counted)
        let text = ReportText(language: .id, calendar: F.calendar)
        #expect(text.cases(row) == "-" && text.lateDone(row) == "-" && text.overdueOpen(row) == "-")
        #expect(text.stepsLegend(section).contains("Baris bertanda - pada Kasus: kotak itu hanya ditarik"))
        #expect(ReportText(language: .en, calendar: F.calendar).stepsLegend(section).contains("A row with - under Cases"))
        let done = try #require(section.steps.first { $0.step == "1" })
        #expect(text.cases(done) == "1" && text.lateDone(done) == "0" && text.overdueOpen(done) == "0")
        #expect(!text.stepsLegend(Self.report([F.visit("a", step: "1", start: 0, end: 3, waktu: 5)]).sops[0]).contains("Baris bertanda -"))
    }

    @Test func zeroMinutesOfServiceTimeAreExplained() throws {
        // Step 1 done in no service time (before opening hours): "0 menit", and the legend says why.
        var early = F.visit("a", step: "1", start: -120, end: -119, waktu: 5)
        early.used = 0
        let section = try #require(Self.report([early]).sops.first)
        let text = ReportText(language: .id, calendar: F.calendar)
        #expect(section.steps[0].clock == .serviceTime)
        #expect(text.stepsLegend(section).contains("kegiatan yang dikerjakan di luar jam layanan terhitung 0 menit"), "\(text.stepsLegend(section))")
        let timed = try #require(Self.report([F.visit("a", step: "1", start: 0, end: 3, waktu: 5)]).sops.first)
        #expect(!text.stepsLegend(timed).contains("di luar jam layanan"), "said only when a time reads 0 minutes")
    }

    @Test func theColumnsAreHeadedInWordsAndTheMachinesKeysStay() {
        let report = Self.report([F.visit("a", step: "1", start: 0, end: 3, waktu: 5)])
        let id = ReportText(language: .id, calendar: F.calendar), en = ReportText(language: .en, calendar: F.calendar)
        let table = ReportTableWriter(text: id).write(report)
        #expect(table.contains("Separuh selesai dalam") && table.contains("90% selesai dalam") && !table.contains("Median  "), "\(table)")
        #expect(ReportTableWriter(text: en).write(report).contains("Half done within"))
        #expect(ReportCSVWriter(language: .id).write(report).hasPrefix("bagian,sop,kunci,nama,waktu,jumlah,median_detik,p90_detik,"))
        let json = ReportJSONWriter().write(report)
        #expect(json.contains("\"median\" : 180") && json.contains("\"p90\" : 180"), "\(json)")
    }

    @Test func theHeadOfUnitsPageNamesNoCommandTheTerminalDoes() {
        var report = Self.report([F.visit("a", step: "1", start: 0, end: 3, waktu: 5)])
        report.basis = ReportBasis(cases: ["a"], headDigest: String(repeating: "ab", count: 32), checked: false)
        let text = ReportText(language: .id, calendar: F.calendar)
        let html = ReportHTMLWriter(text: text).write(report)
        #expect(html.contains("Dasar laporan: 1 kasus dihitung. Untuk pemeriksa, sidik (digest) kepala rantai riwayat saat laporan dibuat:"))
        #expect(html.contains(String(repeating: "ab", count: 32)), "the auditor's digest stays")
        #expect(!html.contains("sop db") && !html.contains("--periksa") && !html.contains("sop report"), "\(html)")
        let english = ReportHTMLWriter(text: ReportText(language: .en, calendar: F.calendar)).write(report)
        #expect(english.contains("For auditors, the digest of the history") && !english.contains("sop db"))
        let terminal = ReportTableWriter(text: text).write(report)
        #expect(terminal.contains("sop report --periksa memeriksanya."), "the terminal's reader can run it")
    }
}
