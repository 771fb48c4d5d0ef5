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

    @Test func aLoopBackToOneBoxAsksOnlyItsOwnOutput() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        #expect(sop.step("siap-lokasi")?.mutuBaku.output.map(\.value) == ["UTTP siap diuji", "Blanko SKHP"])
        var run = CommandRun(sop, roles: ["penera", "loket", "petugas"])
        func outputs(_ step: String) -> [String] {
            guard let visit = run.state.visit(of: step) else { return [] }
            return run.engine.pending(visit, in: run.state).compactMap { if case .output(let item) = $0 { item } else { nil } }
        }
        try run.run(.completeStep(step: "1"))
        // First pass: both boxes run; the last one done asks both items.
        try run.run(.completeStep(step: "siap-petugas"))
        #expect(outputs("siap-lokasi") == ["UTTP siap diuji", "Blanko SKHP"])
        try run.run(.recordOutput(step: "siap-lokasi", item: "UTTP siap diuji", text: "siap", attachment: nil))
        try run.run(.recordOutput(step: "siap-lokasi", item: "Blanko SKHP", text: "disiapkan", attachment: nil))
        try run.run(.completeStep(step: "siap-lokasi"))
        // Back to the Lokasi box alone: the Petugas's blanko is not asked again.
        try run.run(.chooseBranch(step: "3", label: "t"))
        try run.run(.completeStep(step: "3"))
        #expect(outputs("siap-lokasi") == ["UTTP siap diuji"])
        try run.run(.recordOutput(step: "siap-lokasi", item: "UTTP siap diuji", text: "diperbaiki", attachment: nil))
        try run.run(.completeStep(step: "siap-lokasi"))
        #expect(run.state.active.map(\.step) == ["3"])
    }
}
