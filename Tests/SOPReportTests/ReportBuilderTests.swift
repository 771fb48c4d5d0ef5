import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine
@testable import SOPReport

enum ReportFixtures {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let sop01: SOP = SOPLoader.load(path: root + "/sop/01-pengaduan-langsung.yaml").sop!
    static let calendar: WorkCalendar = CalendarLoader.load(path: root + "/sop/kalender.yaml").calendar!
    /// Monday 30 November 2026, 09:00 WIB.
    static let t0 = Date(timeIntervalSince1970: 1_796_004_000)

    static func minutes(_ value: Double) -> Date { t0.addingTimeInterval(value * 60) }

    static func visit(_ id: String, step: String, role: String = "resepsionis", start: Double, end: Double?,
                      waktu: Double?, by: String = "budi") -> VisitRow {
        VisitRow(caseID: CaseID(id), nomor: "01", revision: "rev", step: step, visit: 1, role: role, startedAt: minutes(start),
                 due: waktu.map { minutes(start + $0) }, completedAt: end.map(minutes), completedBy: end == nil ? nil : by,
                 used: end.map { ($0 - start) * 60 })
    }

    static func summary(_ id: String, _ status: CaseState.Status, start: Double, end: Double?) -> CaseSummary {
        CaseSummary(id: CaseID(id), projection: CaseProjection(
            nomor: "01", judul: "Pelayanan Pengaduan Langsung", revision: "rev", status: status, startedAt: minutes(start),
            updatedAt: minutes(end ?? start), lastSequence: 1, active: [], endedAt: end.map(minutes),
            due: minutes(start + 100)))
    }
}

@Suite struct ReportBuilderTests {
    typealias F = ReportFixtures

    @Test func percentiles() {
        #expect(Spread([4, 1, 3, 2]) == Spread(count: 4, median: 2.5, p90: 4))
        #expect(Spread([5]) == Spread(count: 1, median: 5, p90: 5))
        let hundred = Spread((1...100).map(Double.init))
        #expect(hundred?.median == 50.5 && hundred?.p90 == 90)
        let ten = Spread((1...10).map(Double.init))
        #expect(ten?.p90 == 9)
        #expect(Spread([]) == nil)
    }

    @Test func stepsRolesAndOperators() throws {
        let visits = [
            F.visit("a", step: "1", start: 0, end: 4, waktu: 5),
            F.visit("b", step: "1", start: 0, end: 9, waktu: 5, by: "sari"),
            F.visit("c", step: "1", start: 60, end: 62, waktu: 5),
            F.visit("a", step: "3", role: "staf-pengaduan", start: 4, end: 30, waktu: 30, by: "sari"),
            F.visit("b", step: "3", role: "staf-pengaduan", start: 9, end: nil, waktu: 30),
            F.visit("c", step: "3", role: "staf-pengaduan", start: 62, end: nil, waktu: 30),
        ]
        let cases = [F.summary("a", .completed, start: 0, end: 95), F.summary("b", .open, start: 0, end: nil),
                     F.summary("c", .cancelled, start: 60, end: 70)]
        let report = ReportBuilder(revisions: ["rev": F.sop01], calendar: F.calendar, now: F.minutes(80))
            .build(visits: visits, cases: cases, from: nil, to: nil)
        let section = try #require(report.sops.first)
        #expect(section.cases == CaseCounts(started: 3, completed: 1, cancelled: 1, open: 1))
        #expect(section.leadTime == Spread(count: 1, median: 95 * 60, p90: 95 * 60))
        #expect(section.leadWithin == Share(within: 1, of: 1), "95 minutes within the 100 of the standard")
        #expect(section.standardTotal == "1 jam 40 menit")
        #expect(section.steps.map(\.step) == ["1", "3"])
        let first = section.steps[0]
        #expect(first.cases == 3 && first.duration == Spread(count: 3, median: 240, p90: 540))
        #expect(first.within == Share(within: 2, of: 3))
        #expect(first.standardSeconds == 300 && first.clock == .serviceTime && first.waktu == "5 menit")
        let third = section.steps[1]
        // b's step 3 was due at 09:39 and the case is open: overdue. c's case was cancelled.
        #expect(third.overdueOpen == 1)
        #expect(third.within == Share(within: 1, of: 1))
        #expect(section.roles.map(\.name) == ["Resepsionis", "Staf layanan pengaduan"])
        #expect(section.roles[0].within == Share(within: 2, of: 3))
        #expect(section.operators.map(\.key) == ["budi", "sari"])
        #expect(section.operators.map(\.completed) == [2, 2])
        #expect(section.roles[1].overdueOpen == 1 && section.roles[0].overdueOpen == 0)
    }

    @Test func emptyPeriod() {
        let report = ReportBuilder(revisions: [:], calendar: .standard, now: F.t0).build(visits: [], cases: [], from: F.t0, to: F.t0)
        #expect(report.sops.isEmpty)
        let text = ReportText(language: .id, calendar: .standard)
        #expect(ReportTableWriter(text: text).write(report).hasSuffix("Belum ada kasus pada periode ini.\n"))
    }

    @Test func writers() throws {
        let visits = [F.visit("a", step: "1", start: 0, end: 4, waktu: 5), F.visit("a", step: "3", role: "staf-pengaduan", start: 4, end: 40, waktu: 30)]
        let report = ReportBuilder(revisions: ["rev": F.sop01], calendar: F.calendar, now: F.minutes(80))
            .build(visits: visits, cases: [F.summary("a", .completed, start: 0, end: 120)], from: nil, to: nil)
        let csv = ReportCSVWriter(language: .en).write(report).split(separator: "\n")
        #expect(csv[0] == "section,sop,key,name,standard,count,median_seconds,p90_seconds,within,judged,overdue_open,skipped")
        #expect(csv[1] == "sop,01,01,Pelayanan Pengaduan Langsung,1 jam 40 menit,1,7200,7200,0,1,,")
        #expect(csv[2] == "step,01,1,Pelapor menghubungi resepsionis baik melalui telepon maupun secara langsung dan menyampaikan maksud keinginannya,5 menit,1,240,240,1,1,0,0")
        #expect(ReportCSVWriter.escape("Bahan, data \"x\"") == "\"Bahan, data \"\"x\"\"\"")
        let json = try JSONSerialization.jsonObject(with: Data(ReportJSONWriter().write(report).utf8)) as? [String: Any]
        let sops = json?["sops"] as? [[String: Any]]
        #expect(sops?.first?["nomor"] as? String == "01")
        #expect((sops?.first?["steps"] as? [[String: Any]])?.count == 2)
        let html = ReportHTMLWriter(text: ReportText(language: .id, calendar: F.calendar)).write(report)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href="), "self-contained")
        #expect(html.contains("data-step=\"3\" data-kind=\"median\""))
        #expect(html.contains("data-step=\"1\" data-kind=\"standard\""))
    }

    @Test func chartBarsAreScaledAgainstTheStandard() throws {
        let visits = [F.visit("a", step: "1", start: 0, end: 10, waktu: 5)]
        let report = ReportBuilder(revisions: ["rev": F.sop01], calendar: F.calendar, now: F.minutes(80))
            .build(visits: visits, cases: [], from: nil, to: nil)
        let svg = ReportHTMLWriter(text: ReportText(language: .id, calendar: F.calendar)).chart(try #require(report.sops.first))
        func x(_ kind: String, _ attribute: String) -> Double? {
            guard let range = svg.range(of: "data-kind=\"\(kind)\"") else { return nil }
            let line = svg[..<range.lowerBound].split(separator: "\n").last ?? ""
            guard let start = line.range(of: "\(attribute)=\"") else { return nil }
            return Double(line[start.upperBound...].prefix { $0 != "\"" })
        }
        // Median 10 minutes against a standard of 5: the bar reaches twice as far as the line.
        let barEnd = try #require(x("median", "width")) + 260
        let line = try #require(x("standard", "x1"))
        #expect(abs((barEnd - 260) / (line - 260) - 2) < 0.01)
    }
}
