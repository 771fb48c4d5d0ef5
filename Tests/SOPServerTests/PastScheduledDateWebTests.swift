import Foundation
import SOPCore
import SOPEngine
import SOPModel
import Testing

/// The web step page of a row recording the date a later row is due by (`waktu_baku: {sampai}`):
/// a date already past (by the server's clock, Monday 30 November 2026) is said next to its field
/// and nothing is saved; the same date sent again is kept, as Enter keeps it at the terminal.
@Suite struct PastScheduledDateWebTests {
    static let text = """
        nomor: "24"
        judul: Tera UTTP di Luar Kantor
        pelaksana:
          - {id: penera, nama: Penera, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Menetapkan jadwal
            pelaksana: penera
            formulir:
              - {nama: tanggal_jadwal, label: Tanggal pelaksanaan, jenis: tanggal}
          - no: 2
            uraian: Datang ke lokasi pemohon
            pelaksana: penera
            mutu_baku: {waktu: sesuai jadwal, waktu_baku: {sampai: tanggal_jadwal}}

        """

    @Test func aPastDateIsSaidNextToItsFieldAndKeptWhenSentAgain() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-jadwal-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.text.write(to: folder.appendingPathComponent("24-tera.yaml"), atomically: true, encoding: .utf8)
        let harness = try await Harness(grants: [("budi", "penera")], folder: folder.path)
        let budi = harness.browser()
        try await budi.login("budi")
        let list = try await budi.get("/sop")
        let action = try #require(list.body.components(separatedBy: "action=\"").dropFirst().first { $0.contains("/mulai\"") }?
            .prefix { $0 != "\"" })
        try await budi.get(String(action))
        let started = try await budi.post(String(action), [])
        let id = String(try #require(started.location).split(separator: "/")[1])
        let one = "/kasus/\(id)/langkah/1"
        var page = try await budi.get(one)
        let refused = try await budi.post(one, [("f.tanggal_jadwal", "27-11-2026"), ("versi", CaseFlowTests.versi(page.body))])
        #expect(refused.status == .unprocessableContent, "\(refused.body)")
        #expect(refused.body.contains("tanggal 27-11-2026 sudah lewat (hari ini 30-11-2026): kegiatan 2 dinilai sampai tanggal itu, jadi langsung terlambat. Kirim lagi untuk tetap memakai tanggal itu"),
                "\(refused.body)")
        #expect(refused.body.contains("<input type=\"hidden\" name=\"lampau.f.tanggal_jadwal\" value=\"27-11-2026\">"), "\(refused.body)")
        #expect(try harness.store().events(of: CaseID(id)).allSatisfy { if case .fieldAnswered = $0.kind { false } else { true } })
        // Sent again as it stands: kept, and row 2 is due on it.
        page = try await budi.get(one)
        let kept = try await budi.post(one, [("f.tanggal_jadwal", "27-11-2026"), ("lampau.f.tanggal_jadwal", "27-11-2026"),
                                             ("versi", CaseFlowTests.versi(page.body))])
        #expect(kept.status == .seeOther, "\(kept.body)")
        let state = CaseState(id: CaseID(id), events: try harness.store().events(of: CaseID(id)))
        #expect(state.completed.first?.fields["tanggal_jadwal"] == "2026-11-27")
        #expect(state.active.first?.step == "2")
        // A date not yet past is taken at once.
        let other = try await Harness(grants: [("budi", "penera")], folder: folder.path)
        let ani = other.browser()
        try await ani.login("budi")
        try await ani.get(String(action))
        let second = try await ani.post(String(action), [])
        let next = "/kasus/\(String(try #require(second.location).split(separator: "/")[1]))/langkah/1"
        page = try await ani.get(next)
        let taken = try await ani.post(next, [("f.tanggal_jadwal", "01-12-2026"), ("versi", CaseFlowTests.versi(page.body))])
        #expect(taken.status == .seeOther, "\(taken.body)")
    }
}
