import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// The case's due time is the longest single path from where the case stands to an end, never
/// the sum of every row (the sixth outside tester's finding 7: the receipt added the online and
/// the walk-in rows, exclusive exits of one decision).
@Suite struct PathDueTests {
    /// Online (1 x 24 jam) or walk-in (30 menit), a check that can send the case back to row 1,
    /// a merged cell over rows 5-6, and a last row.
    static let text = """
        nomor: "03"
        judul: Surat keterangan domisili
        pelaksana:
          - {id: fo, nama: Petugas Front Office, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Menerima permohonan, pelaksana: fo, keputusan: {pertanyaan: Cara pengajuan?, cabang: {Online: 2, Datang langsung: 3}}, mutu_baku: {waktu: 10 menit}}
          - {no: 2, uraian: Aplikasi meneruskan, pelaksana: fo, lanjut: 4, mutu_baku: {waktu: 1 x 24 jam}}
          - {no: 3, uraian: Menerima berkas langsung, pelaksana: fo, mutu_baku: {waktu: 30 menit}}
          - {no: 4, uraian: Memeriksa berkas, pelaksana: fo, keputusan: {pertanyaan: Lengkap?, cabang: {Lengkap: 5, Tidak lengkap: 1}}, mutu_baku: {waktu: 15 menit}}
          - {no: 5, uraian: Mengetik konsep, pelaksana: fo, mutu_baku: {waktu: 2 jam, gabung_sampai: 6}}
          - {no: 6, uraian: Memaraf konsep, pelaksana: fo}
          - {no: 7, uraian: Menyerahkan surat, pelaksana: fo, mutu_baku: {waktu: 10 menit}}
        """

    static let minute: TimeInterval = 60

    @Test func atTheStartTheLongestAlternativeCountsNotTheirSum() throws {
        let harness = Harness(Fixtures.sop(text: Self.text))
        let session = try harness.start(ScriptedTestPrompter([]), roles: ["fo"])
        let engine = Engine(sop: harness.sop)
        let due = try #require(engine.caseDue(in: session.state, now: Fixtures.monday))
        // 10 menit + max(1 x 24 jam, 30 menit) + 15 menit + 2 jam (rows 5-6 once) + 10 menit; the
        // way back from row 4 to row 1 once only. The old sum was 27 h 5 min.
        #expect(due.timeIntervalSince(Fixtures.monday) == 24 * 3600 + 2 * 3600 + 35 * Self.minute)
        // The due time stored at the start says the same.
        #expect(session.state.started?.due == due)
    }

    @Test func onceTheWalkInExitIsTakenOnlyItsPathCounts() throws {
        let harness = Harness(Fixtures.sop(text: Self.text))
        let prompter = ScriptedTestPrompter(answers("Datang langsung", ""))
        let session = try harness.start(prompter, roles: ["fo"])
        _ = session.run()
        #expect(session.state.active.map(\.step) == ["3"], "\(prompter.refusals)")
        let due = try #require(Engine(sop: harness.sop).caseDue(in: session.state, now: Fixtures.monday))
        // Row 3 falls due at its own due time (30 menit), then 15 menit + 2 jam + 10 menit.
        #expect(due.timeIntervalSince(Fixtures.monday) == 30 * Self.minute + 15 * Self.minute + 2 * 3600 + 10 * Self.minute)
        // Rows already done are not counted again, and a late step makes a late case.
        let later = try #require(Engine(sop: harness.sop).caseDue(in: session.state, now: Fixtures.monday + 5 * 3600))
        #expect(later == due)
    }

    @Test func parallelPartsTakeTheLongestAndAJoinCountsOnce() throws {
        let text = """
            nomor: "04"
            judul: Pemeriksaan bersama
            pelaksana:
              - {id: a, nama: Petugas A, jenis: staf}
              - {id: b, nama: Petugas B, jenis: staf}
            kegiatan:
              - {no: 1, uraian: Membagi berkas, pelaksana: a, paralel: [cek, ukur]}
              - {id: cek, no: 2, baris: terpisah, uraian: Memeriksa data, pelaksana: a, lanjut: 4, mutu_baku: {waktu: 2 jam}}
              - {id: ukur, no: 3, uraian: Mengukur lokasi, pelaksana: b, lanjut: 4, mutu_baku: {waktu: 1 hari}}
              - {no: 4, uraian: Menyusun laporan, pelaksana: a, menunggu: [cek, ukur], mutu_baku: {waktu: 30 menit}}
            """
        let harness = Harness(Fixtures.sop(text: text))
        let session = try harness.start(ScriptedTestPrompter([]), roles: ["a", "b"])
        let due = try #require(Engine(sop: harness.sop).caseDue(in: session.state, now: Fixtures.monday))
        #expect(due.timeIntervalSince(Fixtures.monday) == 86_400 + 30 * Self.minute)
    }

    @Test func aCaseWithoutAnyStandardHasNoDueTime() throws {
        let text = """
            nomor: "05"
            judul: Tanpa waktu
            pelaksana:
              - {id: a, nama: Petugas A, jenis: staf}
            kegiatan:
              - {no: 1, uraian: Menerima, pelaksana: a}
              - {no: 2, uraian: Menyerahkan, pelaksana: a}
            """
        let harness = Harness(Fixtures.sop(text: text))
        let session = try harness.start(ScriptedTestPrompter([]), roles: ["a"])
        #expect(Engine(sop: harness.sop).caseDue(in: session.state, now: Fixtures.monday) == nil)
        #expect(session.state.started?.due == nil)
    }
}
