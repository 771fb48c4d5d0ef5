import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// Tester 14, F6: a row the case went through twice (a loop back) has two passes; a correction
/// names the pass it amends (`sop correct --kunjungan N`), else it amends the latest, and it is
/// a new event like every correction.
@Suite struct CorrectionPassTests {
    static let text = """
        nomor: "25"
        judul: Izin
        pelaksana:
          - {id: fo, nama: Petugas FO, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Menerima berkas, pelaksana: fo, mutu_baku: {output: [Berkas permohonan]}}
          - no: 2
            uraian: Memeriksa berkas
            pelaksana: fo
            keputusan: {cabang: [{ke: 3a}, {ke: 1}]}
            keterangan: Jika berkas lengkap lanjut ke 3a, jika tidak kembali ke 1
          - {no: 3a, uraian: Mencatat berkas, pelaksana: fo}
        """

    let actor = Operator(name: "sari", roles: ["fo"])

    func run(_ engine: Engine, _ command: Command, _ state: inout CaseState) throws {
        for kind in try engine.execute(command, on: state, by: actor, at: Fixtures.monday) {
            state.apply(CaseEvent(sequence: state.lastSequence + 1, at: Fixtures.monday, operatorName: "sari", role: "fo", kind: kind))
        }
    }

    /// Row 1 twice ("tidak" the first time), row 2 sent back once by its Keterangan's word.
    func twoPasses() throws -> (Engine, CaseState) {
        let sop = try #require(SOPLoader.load(text: Self.text, path: "25-izin.yaml").sop)
        let engine = Engine(sop: sop)
        var state = CaseState(id: CaseID("25-2026-000001"))
        let started = CaseEvent.CaseStarted(nomor: "25", judul: "Izin", revision: "r", revisionDate: "-", file: "f")
        for (offset, kind) in engine.start(started, by: "sari", at: Fixtures.monday).enumerated() {
            state.apply(CaseEvent(sequence: offset + 1, at: Fixtures.monday, operatorName: "sari", role: "fo", kind: kind))
        }
        for (output, branch) in [("tidak", "tidak"), ("diterima", "berkas lengkap")] {
            try run(engine, .recordOutput(step: "1", item: "Berkas permohonan", text: output, attachment: nil), &state)
            try run(engine, .completeStep(step: "1"), &state)
            // The exits are unlabelled: named by the Keterangan's words, the row printed 3a.
            try run(engine, .chooseBranch(step: "2", label: branch), &state)
            try run(engine, .completeStep(step: "2"), &state)
        }
        return (engine, state)
    }

    @Test func theFirstPassIsCorrectedWhenNamedAndTheLatestOtherwise() throws {
        var (engine, state) = try twoPasses()
        let before = state.lastSequence
        try run(engine, .correct(step: "1", target: .output, name: "Berkas permohonan", value: "belum lengkap", attachment: nil,
                                 reason: "salah ketik", visit: 1), &state)
        let passes = state.completed.filter { $0.step == "1" }
        #expect(passes.map { $0.outputs["Berkas permohonan"]?.text } == ["belum lengkap", "diterima"])
        #expect(state.lastSequence == before + 1)
        try run(engine, .correct(step: "1", target: .output, name: "Berkas permohonan", value: "lengkap", attachment: nil,
                                 reason: "rapikan"), &state)
        #expect(state.completed.filter { $0.step == "1" }.map { $0.outputs["Berkas permohonan"]?.text } == ["belum lengkap", "lengkap"])
        #expect(state.corrections.map(\.correction.visit) == [1, 2])
    }

    @Test func aPassNeverMadeIsRefusedWithThePassesThereAre() throws {
        let (engine, state) = try twoPasses()
        #expect {
            _ = try engine.execute(.correct(step: "1", target: .output, name: "Berkas permohonan", value: "x", attachment: nil,
                                            reason: "x", visit: 3), on: state, by: actor, at: Fixtures.monday)
        } throws: { error in
            (error as? EngineError)?.message.id == "kasus ini tidak melewati kegiatan 1 kunjungan ke-3 (kunjungan yang ada: 1, 2)"
        }
    }
}
