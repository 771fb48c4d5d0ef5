import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// An Output cell printed "-" (issue 10), as a Kelengkapan cell printed "-": held as printed,
/// nothing asked or recordable at the desk, nothing offered for correction.
@Suite struct OutputDashCellTests {
    static let text = """
        nomor: "35"
        judul: Disposisi
        pelaksana:
          - {id: petugas, nama: Petugas, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Meneruskan surat, pelaksana: petugas, mutu_baku: {kelengkapan: [Surat masuk], output: ["-"]}}
          - {no: 2, uraian: Mengarsipkan surat, pelaksana: petugas, mutu_baku: {output: [Arsip surat]}}
        """

    @Test func theDashIsHeldAsPrintedAndNeverAsked() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        #expect(sop.output(of: "1").map(\.value) == ["-"])
        #expect(sop.askedOutput(of: "1").isEmpty)
        #expect(sop.askedOutput(of: "2").map(\.value) == ["Arsip surat"])
        let harness = Harness((sop, Fixtures.sop(text: Self.text).1))
        let prompter = ScriptedTestPrompter(answers("ya", "", "arsip", ""))
        let session = try harness.start(prompter, roles: ["petugas"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        let outputs = prompter.questions.compactMap { question -> String? in
            if case .output(let item) = question.kind { return "\(question.step.id.value) \(item)" }
            return nil
        }
        #expect(outputs == ["2 Arsip surat"])
        // Recording or correcting the dash by name is refused: there is nothing to record.
        let engine = Engine(sop: sop)
        var state = CaseState(id: CaseID("35-2026-000001"))
        let started = CaseEvent.CaseStarted(nomor: "35", judul: "Disposisi", revision: "r", revisionDate: "-", file: "f")
        for (offset, kind) in engine.start(started, by: "petugas", at: Fixtures.monday).enumerated() {
            state.apply(CaseEvent(sequence: offset + 1, at: Fixtures.monday, operatorName: "budi", role: nil, kind: kind))
        }
        let actor = Operator(name: "budi", roles: ["petugas"])
        #expect(throws: EngineError.self) {
            _ = try engine.execute(.recordOutput(step: "1", item: "-", text: "x", attachment: nil), on: state, by: actor, at: Fixtures.monday)
        }
        let visit = try #require(state.visit(of: "1"))
        #expect(engine.pending(visit, in: state).count == 1)  // the Kelengkapan only
    }
}
