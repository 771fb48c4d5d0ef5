import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// Joint boxes, separate paths, paths that stop inside a row, and the run screens' numbering in
/// an SOP of several tables, at the run level.
@Suite struct JointRowRunTests {
    static let actors = """
          - {id: ppk, nama: PPK, jenis: staf}
          - {id: penyedia, nama: Penyedia, jenis: eksternal}
        """

    static func headers(_ prompter: ScriptedTestPrompter) -> [StepHeader] {
        prompter.messages.compactMap { message -> StepHeader? in
            guard case .stepOpened(let header) = message else { return nil }
            return header
        }
    }

    @Test func aJointRowIsOneActivityAskedOnceWithItsPartner() throws {
        let harness = Harness(DrawnFlowTests.sop("""
              - {no: 1, uraian: Mengundang rapat, pelaksana: ppk}
              - {no: 2, uraian: PPK dan Penyedia menandatangani Kontrak, pelaksana: ppk, bersama: [penyedia]}
              - {no: 3, uraian: Menerbitkan SPMK, pelaksana: ppk}
            """, actors: Self.actors))
        let prompter = ScriptedTestPrompter(answers("", "", ""))
        let session = try harness.start(prompter, roles: ["ppk"])
        #expect(session.run() == .completed)
        #expect(session.state.completed.map(\.step) == ["1", "2", "3"])
        let joint = Self.headers(prompter)[1]
        #expect(joint.involvedNames == ["Penyedia"])
        #expect(joint.part == nil)
        #expect("\(joint.position)/\(joint.total)" == "2/3")
    }

    @Test func twoChainsSideBySideAndAPathThatStopsInsideItsRow() throws {
        let harness = Harness(DrawnFlowTests.sop("""
              - {no: 1, uraian: Pemeriksaan bersama, pelaksana: ppk, bersama: [penyedia], paralel: [ppk-2, penyedia-2]}
              - {id: ppk-2, no: 2, baris: terpisah, uraian: Mengawasi, pelaksana: ppk, bersama: [penyedia], lanjut: ppk-3}
              - {id: penyedia-2, no: 2, uraian: Mengawasi, pelaksana: penyedia, lanjut: penyedia-3}
              - {id: ppk-3, no: 3, baris: terpisah, uraian: Inspeksi, pelaksana: ppk, bersama: [penyedia], lanjut: 4}
              - {id: penyedia-3, no: 3, uraian: Inspeksi, pelaksana: penyedia, berhenti: ya}
              - {no: 4, uraian: Mengajukan pembayaran, pelaksana: ppk}
            """, actors: Self.actors))
        let prompter = ScriptedTestPrompter(answers("", "", "", "", "", ""))
        let session = try harness.start(prompter, roles: ["ppk"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        let done = session.state.completed.map(\.step)
        // Every box once; each chain keeps to its own column; the stopped path ends nothing else.
        #expect(Set(done) == ["1", "ppk-2", "penyedia-2", "ppk-3", "penyedia-3", "4"])
        #expect(done.count == 6)
        #expect(done.firstIndex(of: "ppk-3")! > done.firstIndex(of: "ppk-2")!)
        #expect(done.firstIndex(of: "penyedia-3")! > done.firstIndex(of: "penyedia-2")!)
        #expect(done.firstIndex(of: "4")! > done.firstIndex(of: "ppk-3")!)
    }

    @Test func runScreensNameTheTableAndCountItsOwnRows() throws {
        let text = "nomor: \"20\"\njudul: Uji\npelaksana:\n" + Self.actors + """

            tabel:
              - judul: Pengajuan Akun 521211
                kegiatan:
                  - {no: 1, uraian: Menyusun dokumen, pelaksana: ppk}
                  - {no: 2, uraian: Memeriksa, pelaksana: ppk}
              - kegiatan:
                  - {no: 1, uraian: Menyusun dokumen, pelaksana: ppk}

            """
        let harness = Harness(Fixtures.sop(text: text))
        let prompter = ScriptedTestPrompter(answers("", "", ""))
        let session = try harness.start(prompter, roles: ["ppk"])
        #expect(session.run() == .completed)
        let shown = Self.headers(prompter).map { "\($0.table?.number ?? 0) \($0.table?.title ?? "-") \($0.position)/\($0.total)" }
        #expect(shown == ["1 Pengajuan Akun 521211 1/2", "1 Pengajuan Akun 521211 2/2", "2 - 1/1"])
    }
}
