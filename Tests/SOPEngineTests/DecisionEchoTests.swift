import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A NIK typed into a decision's prompt by mistake is refused without being quoted back whole.
@Suite struct DecisionEchoTests {
    @Test func aNIKTypedAsABranchIsNotQuotedBack() throws {
        let text = """
            nomor: "10"
            judul: Izin
            pelaksana:
              - {id: petugas, nama: Petugas, jenis: staf}
            kegiatan:
              - no: 1
                uraian: Periksa
                pelaksana: petugas
                keputusan:
                  cabang:
                    Lengkap: 2
                    Belum lengkap: 2
              - no: 2
                uraian: Tanda tangan
                pelaksana: petugas

            """
        let harness = Harness(Fixtures.sop(text: text))
        let prompter = ScriptedTestPrompter(answers("3573014101900001", "1", "", ""))
        let session = try harness.start(prompter, roles: ["petugas"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        #expect(prompter.refusals == ["'3573••••••••••01' is not a branch of this decision (1. Lengkap, 2. Belum lengkap)"])
    }
}
