import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine
@testable import SOPReport

/// A case that ends with an outcome (`hasil_akhir`) is reported apart from cancelled cases.
@Suite struct OutcomeReportTests {
    typealias F = ReportFixtures

    static let sop: SOP = SOPLoader.load(text: """
        nomor: "01"
        judul: Pemeriksaan
        pelaksana: [{id: resepsionis, nama: Pemeriksa, jenis: staf}]
        kegiatan:
          - no: 1
            uraian: Memeriksa tuduhan
            pelaksana: resepsionis
            keputusan: {cabang: {Terbukti: 3, Tidak terbukti: 2}}
          - {no: 2, uraian: Pemeriksaan dihentikan, pelaksana: resepsionis, simbol: terminator, hasil_akhir: Tidak terbukti}
          - {no: 3, uraian: Menjatuhkan sanksi, pelaksana: resepsionis}

        """, path: "uji.yaml").sop!

    @Test func outcomesAreCountedApartFromCancelledCases() throws {
        let visits = [
            F.visit("a", step: "1", start: 0, end: 4, waktu: nil), F.visit("a", step: "2", start: 4, end: 5, waktu: nil),
            F.visit("b", step: "1", start: 0, end: 4, waktu: nil), F.visit("b", step: "3", start: 4, end: 9, waktu: nil),
            F.visit("c", step: "1", start: 0, end: nil, waktu: nil),
        ]
        let cases = [F.summary("a", .completed, start: 0, end: 5), F.summary("b", .completed, start: 0, end: 9),
                     F.summary("c", .cancelled, start: 0, end: 3)]
        let report = ReportBuilder(revisions: ["rev": Self.sop], calendar: F.calendar, now: F.minutes(80))
            .build(visits: visits, cases: cases, from: nil, to: nil)
        let section = try #require(report.sops.first)
        #expect(section.cases == CaseCounts(started: 3, completed: 2, cancelled: 1, open: 0, endedWithOutcome: 1))
        let text = ReportText(language: .id, calendar: F.calendar).summary(section)
        #expect(text.contains("berakhir dengan hasil akhir 1"), "\(text)")
    }
}
