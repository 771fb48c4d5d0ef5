import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// A row pass read back from a store (an outside tester's finding 1): a box continuing a pass
/// asks no Kelengkapan and counts its time from the row's first box in a new session too, also
/// for cases stored while a box's start lost its `rowStarted` (before desk5).
@Suite struct RowPassHistoryTests {
    /// Two boxes passing the work on (berurutan), then a row of two boxes done together (paralel).
    static let text = """
        nomor: "32"
        judul: Retribusi
        pelaksana:
          - {id: pemohon, nama: Pemohon, jenis: eksternal, dicatat_oleh: loket}
          - {id: loket, nama: Loket, jenis: staf}
          - {id: bendahara, nama: Bendahara, jenis: staf}
        kegiatan:
          - no: 1
            id: bayar
            baris: berurutan
            uraian: Pemohon membayar
            pelaksana: pemohon
            mutu_baku: {kelengkapan: [SKRD], waktu: 30 menit, output: [SSRD]}
          - {no: 1, id: terima, uraian: Menerima pembayaran, pelaksana: bendahara}
          - no: 2
            id: arsip-loket
            uraian: Mengarsipkan
            pelaksana: loket
            mutu_baku: {kelengkapan: [Berkas], waktu: 1 jam, output: [Arsip]}
          - {no: 2, id: arsip-bendahara, uraian: Mengarsipkan, pelaksana: bendahara}
          - {no: 3, uraian: Selesai, pelaksana: loket}
        """

    /// The events as a store written before desk5 kept them: no box start names its pass.
    static func withoutRowStarts(_ events: [CaseEvent]) -> [CaseEvent] {
        events.map { event in
            guard case .stepStarted(var started) = event.kind else { return event }
            started.rowStarted = nil
            var stripped = event
            stripped.kind = .stepStarted(started)
            return stripped
        }
    }

    @Test func theRowPassesOfAWholeCaseAreRebuiltFromEventsThatLostThem() throws {
        let harness = Harness(Fixtures.sop(text: Self.text))
        let prompter = ScriptedTestPrompter(answers("ya", "", "SSRD 1", "", "ya", "", "arsip", "", ""),
                                            clock: harness.clock, minutesPerAnswer: 3)
        let session = try harness.start(prompter, roles: ["loket", "bendahara"])
        #expect(session.run() == .completed, "\(prompter.refusals)")
        let events = try harness.store.events(of: session.state.id)
        let original = CaseState(id: session.state.id, events: events)
        #expect(original.completed.filter { $0.rowStartedAt != nil }.map(\.step) == ["terima", "arsip-bendahara"])
        let engine = Engine(sop: harness.sop)
        let rebuilt = engine.state(of: session.state.id, events: Self.withoutRowStarts(events))
        #expect(rebuilt.completed.map(\.rowStartedAt) == original.completed.map(\.rowStartedAt))
        #expect(CaseState(id: session.state.id, events: Self.withoutRowStarts(events)).completed.allSatisfy { $0.rowStartedAt == nil })
    }

    @Test func aSecondBoxOpenedInANewSessionOnSuchEventsAsksNoKelengkapan() throws {
        let harness = Harness(Fixtures.sop(text: Self.text))
        let first = ScriptedTestPrompter(answers("ya", ""), clock: harness.clock, minutesPerAnswer: 4)
        let session = try harness.start(first, roles: ["loket"])
        _ = session.run()
        let id = session.state.id
        // The same case in a store that lost the pass's start.
        let stripped = Self.withoutRowStarts(try harness.store.events(of: id))
        let store = InMemoryCaseStore()
        let state = CaseState(id: id, events: stripped)
        let projection = try #require(state.projection(sop: harness.sop))
        let copied = try store.startCase(prefix: "32", year: 2026, events: stripped, projection: projection)
        let second = ScriptedTestPrompter(answers("SSRD 1", ""), clock: harness.clock, minutesPerAnswer: 4)
        let resumed = try CaseSession(caseID: copied, engine: Engine(sop: harness.sop), store: store, clock: harness.clock,
                                      prompter: second, attachments: NoFiles(), actor: Operator(name: "ani", roles: ["bendahara"]))
        _ = resumed.run(resumed: true)
        #expect(RowPassTests.asked(second) == ["terima O SSRD"], "\(second.refusals)")
        let terima = try #require(resumed.state.completed.first { $0.step == "terima" })
        let bayar = try #require(resumed.state.completed.first { $0.step == "bayar" })
        #expect(terima.rowStartedAt == bayar.startedAt)
        #expect(terima.used == terima.completedAt!.timeIntervalSince(bayar.startedAt))
    }
}
