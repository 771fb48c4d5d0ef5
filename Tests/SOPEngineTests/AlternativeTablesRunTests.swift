import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// Tables that are alternative procedures (`alur_tabel: pilihan`) and a branch that forks into
/// two rows at once (`Ya: [6, 7]`), at the language and the run level.
@Suite struct AlternativeTablesRunTests {
    static let text = """
        nomor: "29"
        judul: Pengajuan Pembayaran
        alur_tabel: pilihan
        pelaksana:
          - {id: ketua, nama: Ketua Tim, jenis: staf}
          - {id: ppk, nama: PPK, jenis: staf}
        tabel:
          - judul: Akun 521211
            kegiatan:
              - {no: 1, uraian: Menyusun dokumen, pelaksana: ketua, mutu_baku: {waktu: 3 hari}}
              - no: 2
                uraian: Serah terima barang
                pelaksana: ppk
                keputusan: {pertanyaan: Sesuai?, cabang: {Tidak: 1, Ya: [3, 4]}}
                mutu_baku: {waktu: 1 hari}
              - {no: 3, uraian: Menyampaikan barang, pelaksana: ketua, berhenti: ya, mutu_baku: {waktu: 1 hari}}
              - {no: 4, uraian: Membayar, pelaksana: ppk, mutu_baku: {waktu: 5 hari}}
          - judul: |-
              Akun 524114
              (Perjalanan)
            kegiatan:
              - {no: 1, uraian: Menyusun SPD, pelaksana: ketua, mutu_baku: {waktu: 2 hari}}
              - {no: 2, uraian: Membayar, pelaksana: ppk, mutu_baku: {waktu: 1 hari}}
        """

    static var harness: Harness { Harness(Fixtures.sop(text: text)) }

    @Test func eachTableIsItsOwnProcedureWithItsOwnTotal() {
        let sop = Self.harness.sop
        #expect(sop.tablesAreAlternatives)
        let graph = FlowGraph(sop)
        #expect(graph.starts == [0, 4])
        // The last row of table 1 ends the case: it does not go on to table 2.
        #expect(graph.successors(of: 3).map(\.node) == [.end])
        #expect(graph.reachable(from: [0])[4] == false)
        // The longest path (tester 28, F13): "Ya" starts rows 3 and 4 together, row 3 ends
        // there, so the longer of the two (5 hari) counts, not both: 3 + 1 + 5.
        #expect(WaktuFormatter.format(sop.totalWaktu(table: 0), .id) == "9 hari")
        #expect(WaktuFormatter.format(sop.totalWaktu(table: 1), .id) == "3 hari")
        #expect(TableChoice.totalText(of: sop, .id) == "1: 9 hari; 2: 3 hari")
        #expect(TableChoice.titles(of: sop) == ["Akun 521211", "Akun 524114 (Perjalanan)"])
        #expect(TableChoice.table("2", in: sop) == 2)
        #expect(TableChoice.table("perjalanan", in: sop) == 2)
        #expect(TableChoice.table("Akun", in: sop) == nil)  // in both headings
        #expect(TableChoice.table("9", in: sop) == nil)
        #expect(TableChoice.table("521211", in: sop) == 1)  // a number outside 1-2 is read as a heading part
    }

    @Test func theForkIsReadInBothForms() throws {
        let sop = Self.harness.sop
        guard case .decision(let decision) = sop.steps[1].flow else { throw Failure("no decision") }
        #expect(decision.branches[1].targets.map(\.value.text) == ["3", "4"])
        let list = Fixtures.sop(text: Self.text.replacingOccurrences(
            of: "{Tidak: 1, Ya: [3, 4]}", with: "[{ke: 1, label: Tidak}, {ke: [3, 4], label: Ya}]")).0
        guard case .decision(let listed) = list.steps[1].flow else { throw Failure("no decision") }
        #expect(listed.branches[1].targets.map(\.value.text) == ["3", "4"])
    }

    @Test func theCaseRunsTheChosenTableOnlyAndItsForkStartsBothRows() throws {
        let harness = Self.harness
        let prompter = ScriptedTestPrompter(answers("", "Ya", "", "", "", ""))
        let session = try CaseSession.start(revision: harness.revision, engine: Engine(sop: harness.sop), store: harness.store,
                                            clock: harness.clock, prompter: prompter, attachments: NoFiles(),
                                            actor: Operator(name: "budi", roles: ["ketua", "ppk"]), table: 1)
        #expect(session.run() == .completed, "\(prompter.refusals)")
        #expect(session.state.completed.map(\.step) == ["1", "2", "3", "4"])
        let started = try #require(session.state.started)
        #expect(started.table == 1)
        #expect(started.tableTitle == "Akun 521211")
    }

    @Test func theSecondTableStartsAtItsOwnFirstRowAndFallsDueByItsOwnTotal() throws {
        let harness = Self.harness
        let prompter = ScriptedTestPrompter(answers("", ""))
        let session = try CaseSession.start(revision: harness.revision, engine: Engine(sop: harness.sop), store: harness.store,
                                            clock: harness.clock, prompter: prompter, attachments: NoFiles(),
                                            actor: Operator(name: "budi", roles: ["ketua", "ppk"]), table: 2)
        #expect(session.run() == .completed, "\(prompter.refusals)")
        #expect(session.state.completed.map(\.step) == ["t2-1", "t2-2"])
        let started = try #require(session.state.started)
        #expect(started.tableTitle == "Akun 524114 (Perjalanan)")
        // 3 calendar days from Monday 30 November 2026, not the 13 days of both tables summed.
        let due = try #require(started.due)
        #expect(due.timeIntervalSince(Fixtures.monday) <= 3 * 86_400 + 1)
    }

    @Test func aForkIntoARowThatGoesOnWaitsForTheOtherPath() throws {
        let (sop, bytes) = Fixtures.sop(text: Self.text.replacingOccurrences(
            of: "{no: 3, uraian: Menyampaikan barang, pelaksana: ketua, berhenti: ya, mutu_baku: {waktu: 1 hari}}",
            with: "{no: 3, uraian: Menyampaikan barang, pelaksana: ketua, mutu_baku: {waktu: 1 hari}}"))
        let harness = Harness((sop, bytes))
        let prompter = ScriptedTestPrompter(answers("", "Ya", "", "", "", ""))
        let session = try CaseSession.start(revision: harness.revision, engine: Engine(sop: harness.sop), store: harness.store,
                                            clock: harness.clock, prompter: prompter, attachments: NoFiles(),
                                            actor: Operator(name: "budi", roles: ["ketua", "ppk"]), table: 1)
        #expect(session.run() == .completed, "\(prompter.refusals)")
        // Row 4 is reached from the fork and from row 3: it runs once, after row 3.
        #expect(session.state.completed.map(\.step) == ["1", "2", "3", "4"])
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
