import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A parallel row printed with one Output cell whose items each belong to one box (tester 22,
/// finding 4): the item of a box that did not run in a pass is not asked in it.
@Suite struct OutputBoxTests {
    static let text = """
        nomor: "07"
        judul: Tera
        pelaksana:
          - {id: penera, nama: Penera, jenis: staf}
          - {id: loket, nama: Petugas Lokasi, jenis: staf}
          - {id: petugas, nama: Petugas Pelayanan, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Menetapkan jadwal, pelaksana: penera}
          - id: siap-lokasi
            no: 2
            uraian: Menyiapkan UTTP dan blanko
            pelaksana: loket
            mutu_baku: {output: [{butir: UTTP siap diuji, oleh: siap-lokasi}, {butir: Blanko SKHP, oleh: siap-petugas}]}
          - {id: siap-petugas, no: 2, pelaksana: petugas}
          - no: 3
            uraian: Menilai hasil
            pelaksana: penera
            keputusan: {pertanyaan: Sah?, cabang: [{ke: 4, label: Ya}, {ke: siap-lokasi}]}
          - {no: 4, uraian: Menyerahkan SKHP, pelaksana: penera}

        """

    /// The outputs still asked of a step's active visit.
    static func outputs(_ step: String, _ run: CommandRun) -> [String] {
        guard let visit = run.state.visit(of: step) else { return [] }
        return run.engine.pending(visit, in: run.state).compactMap { if case .output(let item) = $0 { item } else { nil } }
    }

    @Test func eachItemIsAskedAtTheBoxItNamesAndALoopBackAsksOnlyThatBoxs() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        #expect(sop.step("siap-lokasi")?.mutuBaku.output.map(\.value) == ["UTTP siap diuji", "Blanko SKHP"])
        var run = CommandRun(sop, roles: ["penera", "loket", "petugas"])
        try run.run(.completeStep(step: "1"))
        // First pass: each box is asked its own item, whichever is done first; never the other's.
        #expect(Self.outputs("siap-lokasi", run) == ["UTTP siap diuji"])
        #expect(Self.outputs("siap-petugas", run) == ["Blanko SKHP"])
        #expect(throws: EngineError.self) { try run.run(.completeStep(step: "siap-petugas")) }
        try run.run(.recordOutput(step: "siap-petugas", item: "Blanko SKHP", text: "disiapkan", attachment: nil))
        try run.run(.completeStep(step: "siap-petugas"))
        // The last box done asks only its own item, not the one already given at the other box.
        #expect(Self.outputs("siap-lokasi", run) == ["UTTP siap diuji"])
        try run.run(.recordOutput(step: "siap-lokasi", item: "UTTP siap diuji", text: "siap", attachment: nil))
        try run.run(.completeStep(step: "siap-lokasi"))
        // Back to the Lokasi box alone: the Petugas's blanko is not asked again.
        try run.run(.chooseBranch(step: "3", label: "t"))
        try run.run(.completeStep(step: "3"))
        #expect(Self.outputs("siap-lokasi", run) == ["UTTP siap diuji"])
        try run.run(.recordOutput(step: "siap-lokasi", item: "UTTP siap diuji", text: "diperbaiki", attachment: nil))
        try run.run(.completeStep(step: "siap-lokasi"))
        #expect(run.state.active.map(\.step) == ["3"])
    }

    /// An item naming no box is still asked at the box that ends the pass; each box lists only
    /// its own items and the unclaimed ones.
    @Test func anUnclaimedItemIsAskedAtTheLastBox() throws {
        let text = Self.text.replacingOccurrences(of: "{output: [{butir: UTTP siap diuji, oleh: siap-lokasi}, ",
                                                  with: "{output: [Berita acara, {butir: UTTP siap diuji, oleh: siap-lokasi}, ")
        let (sop, _) = Fixtures.sop(text: text)
        var run = CommandRun(sop, roles: ["penera", "loket", "petugas"])
        try run.run(.completeStep(step: "1"))
        #expect(Self.outputs("siap-lokasi", run) == ["UTTP siap diuji"])
        try run.run(.recordOutput(step: "siap-lokasi", item: "UTTP siap diuji", text: "siap", attachment: nil))
        try run.run(.completeStep(step: "siap-lokasi"))
        #expect(Self.outputs("siap-petugas", run) == ["Berita acara", "Blanko SKHP"])
        let lokasi = try #require(run.engine.graph.index(of: "siap-lokasi"))
        let petugas = try #require(run.engine.graph.index(of: "siap-petugas"))
        #expect(run.engine.boxOutput(of: lokasi)?.own == ["UTTP siap diuji"])
        #expect(run.engine.boxOutput(of: lokasi)?.row == ["Berita acara"])
        #expect(run.engine.boxOutput(of: petugas)?.own == ["Blanko SKHP"])
    }
}
