import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// Standards read from printed cells, counted from an earlier step, shared by merged rows and
/// chosen by the case: the due times the engine records and the time it judges.
@Suite struct WaktuTimingTests {
    static let text = """
        nomor: "19"
        judul: Izin
        pelaksana:
          - {id: petugas, nama: Petugas, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Menerima permohonan
            pelaksana: petugas
            formulir: [{nama: cara, jenis: pilihan, pilihan: [Online, Datang langsung]}]
            mutu_baku: {waktu: "Pada jam kerja, paling lambat 30 (tiga puluh) menit sejak berkas diterima", dihitung_sejak: 1}
          - no: 2
            uraian: Memeriksa berkas
            pelaksana: petugas
            mutu_baku: {waktu: 2 (dua) jam, gabung_sampai: 3}
          - no: 3
            uraian: Memverifikasi
            pelaksana: petugas
          - no: 4
            uraian: Menerbitkan izin
            pelaksana: petugas
            mutu_baku:
              waktu: 1 hari kerja (online), 1 jam (datang langsung)
              waktu_baku: {menurut: cara, jika: {Online: 1 hari kerja, Datang langsung: 1 jam}}
          - no: 5
            uraian: Menyerahkan izin
            pelaksana: petugas
            mutu_baku: {waktu: 1 x 24 jam sejak permohonan diterima, dihitung_sejak: 1}

        """

    @Test func spansMergedCellsAndConditionalStandards() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        var run = CommandRun(sop, roles: ["petugas"])
        // Row 1: the sentence's duration is the standard (Monday 09:00 + 30 min of service time).
        #expect(run.visit("1")?.due == Fixtures.monday.addingTimeInterval(30 * 60))
        try run.run(.answerField(step: "1", field: "cara", value: "Datang langsung"))
        try run.run(.completeStep(step: "1"), afterMinutes: 10)
        // Row 2 opens the merged cell: not judged on its own, it shows the cell's due time
        // (2 hours from its start, 09:10 → 11:10); 3 has none until it starts.
        #expect(run.visit("2")?.due == Fixtures.monday.addingTimeInterval(10 * 60 + 2 * 3600))
        try run.run(.completeStep(step: "2"), afterMinutes: 50)
        #expect(run.state.completed.last?.used == nil)
        // Row 3 closes the cell: due 2 hours after row 2 started (09:10 → 11:10), judged from there.
        let cellStart = Fixtures.monday.addingTimeInterval(10 * 60)
        #expect(run.visit("3")?.due == cellStart.addingTimeInterval(2 * 3600))
        try run.run(.completeStep(step: "3"), afterMinutes: 30)
        let cellUsed: Double = 80 * 60
        #expect(run.state.completed.last?.used == cellUsed)
        // Row 4: the case chose "Datang langsung", so 1 jam, not 1 hari kerja.
        let fourStart = run.time
        #expect(run.visit("4")?.due == fourStart.addingTimeInterval(3600))
        try run.run(.completeStep(step: "4"), afterMinutes: 20)
        // Row 5: 1 x 24 jam counted from the start of row 1, not from its own start.
        #expect(run.visit("5")?.due == Fixtures.monday.addingTimeInterval(24 * 3600))
        try run.run(.completeStep(step: "5"), afterMinutes: 5)
        let total: Double = (10 + 50 + 30 + 20 + 5) * 60
        #expect(run.state.completed.last?.used == total)
        #expect(run.state.status == .completed)
    }

    @Test func theOtherChoiceGivesTheOtherStandard() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        var run = CommandRun(sop, roles: ["petugas"])
        try run.run(.answerField(step: "1", field: "cara", value: "online"))
        for step in ["1", "2", "3"] { try run.run(.completeStep(step: step)) }
        // 1 hari kerja from Monday 09:00: Tuesday 09:00.
        #expect(run.visit("4")?.due == Fixtures.monday.addingTimeInterval(24 * 3600))
    }

    @Test func totalsCountTheMergedCellOnceAndTheSpanInPlaceOfItsRows() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        // Rows 1–5 are spanned by row 5's 1 x 24 jam; nothing else is added, not even row 1's
        // own span (it lies inside the longer one).
        #expect(sop.totalWaktu.parts == [.calendarMinutes: 1440...1440])
        #expect(sop.timing(of: "2") == nil)
        #expect(sop.timing(of: "3")?.from == "2")
        #expect(sop.timing(of: "5")?.from == "1")
    }

    /// On a pass after a loop back, the standard the case chose by its decision is the one the
    /// desk and `sop case` name ("2 jam (Kurang)"), not the printed one (tester 27, finding N1);
    /// the first pass keeps the printed one.
    @Test func theChoiceADecisionMadeIsTheStandardOfTheNextPass() throws {
        let (sop, _) = Fixtures.sop(text: """
            nomor: "20"
            judul: Verifikasi
            pelaksana: [{id: petugas, nama: Petugas, jenis: staf}]
            kegiatan:
              - no: 1
                uraian: Melengkapi berkas
                pelaksana: petugas
                mutu_baku: {waktu: 30 menit, waktu_baku: {menurut: "2", jika: {Kurang: 2 jam}, lainnya: 30 menit}}
              - no: 2
                uraian: Memeriksa berkas
                pelaksana: petugas
                keputusan: {cabang: {Lengkap: 3, Kurang: 1}}
              - {no: 3, uraian: Menyerahkan, pelaksana: petugas}

            """)
        let conditional = try #require(sop.step("1")?.mutuBaku.waktu?.conditional)
        var run = CommandRun(sop, roles: ["petugas"])
        #expect(run.state.chosenStandard(conditional, for: run.visit("1")) == nil)
        try run.run(.completeStep(step: "1"), afterMinutes: 10)
        try run.run(.chooseBranch(step: "2", label: "Kurang"))
        try run.run(.completeStep(step: "2"), afterMinutes: 5)
        let second = try #require(run.visit("1"))
        #expect(second.visit == 2)
        let chosen = try #require(run.state.chosenStandard(conditional, for: second))
        #expect(chosen.value.value == "Kurang" && chosen.text.value == "2 jam")
        #expect(second.due == second.startedAt.addingTimeInterval(2 * 3600))
        // The first pass, looked at afterwards, was timed by the printed standard.
        let first = try #require(run.state.completed.first { $0.step == "1" && $0.visit == 1 })
        #expect(run.state.chosenStandard(conditional, for: first) == nil)
    }
}
