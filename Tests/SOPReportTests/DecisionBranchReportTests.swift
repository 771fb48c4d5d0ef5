import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine
@testable import SOPReport

/// A decision row's passes per exit, and an exit that carries an outcome while the flow goes on
/// through shared rows (tester 26, finding 5: Memenuhi Syarat / Berkas Kurang / Tidak Memenuhi Syarat).
@Suite struct DecisionBranchReportTests {
    typealias F = ReportFixtures

    static let sop: SOP = SOPLoader.load(text: """
        nomor: "01"
        judul: Usul Kenaikan Pangkat
        pelaksana: [{id: resepsionis, nama: Analis Kepegawaian, jenis: staf}]
        kegiatan:
          - {no: 1, uraian: Melengkapi berkas, pelaksana: resepsionis}
          - no: 2
            uraian: Memverifikasi berkas
            pelaksana: resepsionis
            keputusan:
              cabang:
                Memenuhi Syarat: 3
                Berkas Kurang: 1
                Tidak Memenuhi Syarat: {ke: 3, hasil: Tidak memenuhi syarat}
          - {no: 3, uraian: Menyampaikan SK atau Surat Pemberitahuan, pelaksana: resepsionis}

        """, path: "uji.yaml").sop!

    static func visit(_ id: String, step: String, visit: Int = 1, start: Double, end: Double?, branch: String? = nil,
                      target: String? = nil) -> VisitRow {
        var row = F.visit(id, step: step, start: start, end: end, waktu: nil)
        row.visit = visit
        row.branch = branch
        row.branchTarget = target
        return row
    }

    static func report() -> Report {
        let visits = [
            // a: Berkas Kurang, back to 1, then Memenuhi Syarat.
            visit("a", step: "1", start: 0, end: 1), visit("a", step: "2", start: 1, end: 2, branch: "Berkas Kurang"),
            visit("a", step: "1", visit: 2, start: 2, end: 3), visit("a", step: "2", visit: 2, start: 3, end: 4, branch: "Memenuhi Syarat"),
            visit("a", step: "3", start: 4, end: 5),
            // b: Tidak Memenuhi Syarat, on through row 3 with its outcome.
            visit("b", step: "1", start: 0, end: 1), visit("b", step: "2", start: 1, end: 2, branch: "Tidak Memenuhi Syarat"),
            visit("b", step: "3", start: 2, end: 3),
            // c: open at the decision.
            visit("c", step: "1", start: 0, end: 1), visit("c", step: "2", start: 1, end: nil),
        ]
        let cases = [F.summary("a", .completed, start: 0, end: 5), F.summary("b", .completed, start: 0, end: 3),
                     F.summary("c", .open, start: 0, end: nil)]
        return ReportBuilder(revisions: ["rev": sop], calendar: F.calendar, now: F.minutes(80))
            .build(visits: visits, cases: cases, from: nil, to: nil)
    }

    @Test func eachExitCountsItsPassesAndAnExitWithHasilIsAnOutcome() throws {
        let section = try #require(Self.report().sops.first)
        let decision = try #require(section.steps.first { $0.step == "2" })
        #expect(decision.branches == [
            BranchCount(label: "Memenuhi Syarat", passes: 1), BranchCount(label: "Berkas Kurang", passes: 1),
            BranchCount(label: "Tidak Memenuhi Syarat", passes: 1, outcome: "Tidak memenuhi syarat"),
        ])
        #expect(section.steps.first { $0.step == "1" }?.branches == nil)
        #expect(section.cases == CaseCounts(started: 3, completed: 2, cancelled: 0, open: 1, endedWithOutcome: 1))
    }

    @Test func theTextAndHTMLReportsPrintTheBranchesInBothLanguages() throws {
        let report = Self.report()
        let id = ReportTableWriter(text: ReportText(language: .id, calendar: F.calendar)).write(report)
        #expect(id.contains("Cabang keputusan\n"), "\(id)")
        #expect(id.contains("Tidak Memenuhi Syarat") && id.contains("Tidak memenuhi syarat"), "\(id)")
        #expect(id.contains("berakhir dengan hasil akhir 1"))
        let en = ReportTableWriter(text: ReportText(language: .en, calendar: F.calendar)).write(report)
        #expect(en.contains("Decision branches\n") && en.contains("Passes"), "\(en)")
        let html = ReportHTMLWriter(text: ReportText(language: .id, calendar: F.calendar)).write(report)
        #expect(html.contains("<h3>Cabang keputusan</h3>"))
        #expect(html.contains("<td data-kolom=\"Hasil\">Tidak memenuhi syarat</td>"), "\(html)")
        let json = ReportJSONWriter().write(report)
        #expect(json.contains("\"outcome\" : \"Tidak memenuhi syarat\""), "\(json)")
        #expect(json.contains("\"passes\" : 1"))
        // CSV unchanged: no branch rows.
        #expect(!ReportCSVWriter(language: .id).write(report).contains("Berkas Kurang"))
    }

    /// An exit drawn as a plain arrow is named as the desk names it, not "→ 1" (tester 27, N5).
    @Test func anUnlabelledExitIsNamedAsAtTheDesk() throws {
        let sop = try #require(SOPLoader.load(text: """
            nomor: "02"
            judul: Surat Keterangan Ahli Waris
            pelaksana: [{id: petugas, nama: Petugas PATEN, jenis: staf}]
            kegiatan:
              - {no: 1, uraian: Menerima berkas, pelaksana: petugas}
              - no: 2
                uraian: Memeriksa berkas
                pelaksana: petugas
                keputusan:
                  cabang:
                    - {ke: 3, label: Lengkap}
                    - {ke: 1}
              - {no: 3, uraian: Mencatat register, pelaksana: petugas}

            """, path: "uji.yaml").sop)
        let visits = [
            Self.visit("a", step: "1", start: 0, end: 1), Self.visit("a", step: "2", start: 1, end: 2, branch: "", target: "1"),
            Self.visit("a", step: "1", visit: 2, start: 2, end: 3), Self.visit("a", step: "2", visit: 2, start: 3, end: 4, branch: "Lengkap"),
        ]
        func branches(_ language: Language) throws -> [BranchCount]? {
            let report = ReportBuilder(revisions: ["rev": sop], calendar: F.calendar, now: F.minutes(80), language: language)
                .build(visits: visits, cases: [F.summary("a", .open, start: 0, end: nil)], from: nil, to: nil)
            return try #require(report.sops.first).steps.first { $0.step == "2" }?.branches
        }
        #expect(try branches(.id) == [BranchCount(label: "Lengkap", passes: 1),
                                      BranchCount(label: "Tidak lengkap (kembali ke kegiatan 1)", passes: 1)])
        #expect(try branches(.en)?.last?.label == "Tidak lengkap (back to step 1)")
    }

    /// Two exits drawn as plain arrows both carry the empty label: each pass is counted on the exit
    /// it took, known by where it led (tester 28, finding 4: all three passes were put on the first).
    @Test func twoUnlabelledExitsAreToldApartByWhereTheyLed() throws {
        let sop = try #require(SOPLoader.load(text: """
            nomor: "12"
            judul: Perekaman KTP-el
            pelaksana: [{id: operator, nama: Operator Perekaman, jenis: staf}]
            kegiatan:
              - {no: 4, uraian: Data sudah ada di SIAK?, pelaksana: operator, keputusan: {cabang: [{ke: 5b}, {ke: 5a}]}}
              - {no: 5a, uraian: Merekam biometrik, pelaksana: operator, lanjut: 6}
              - {no: 5b, uraian: Memutakhirkan data, pelaksana: operator, lanjut: 6}
              - {no: 6, uraian: Mencetak, pelaksana: operator}

            """, path: "uji.yaml").sop)
        func visit(_ id: String, _ step: String, start: Double, end: Double?, to target: String? = nil) -> VisitRow {
            var row = Self.visit(id, step: step, start: start, end: end, branch: target == nil ? nil : "")
            row.branchTarget = target
            return row
        }
        let visits = [
            visit("a", "4", start: 0, end: 1, to: "5b"), visit("a", "5b", start: 1, end: 2),
            visit("b", "4", start: 0, end: 1, to: "5a"), visit("b", "5a", start: 1, end: 2),
            visit("c", "4", start: 0, end: 1, to: "5a"), visit("c", "5a", start: 1, end: nil),
        ]
        let report = ReportBuilder(revisions: ["rev": sop], calendar: F.calendar, now: F.minutes(80))
            .build(visits: visits, cases: ["a", "b", "c"].map { F.summary($0, .open, start: 0, end: nil) }, from: nil, to: nil)
        let branches = try #require(report.sops.first).steps.first { $0.step == "4" }?.branches
        #expect(branches?.map(\.passes) == [1, 2], "\(String(describing: branches))")
        #expect(branches?.map(\.label) == ["ke kegiatan 5b", "ke kegiatan 5a"])
    }
}
