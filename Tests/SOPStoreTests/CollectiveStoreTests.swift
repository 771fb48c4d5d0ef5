import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine
@testable import SOPStore

/// Collective completion on each store (tester 28, F6): every case written on its own, its
/// events continuing its own log and its worklist row moved on; a case another desk moved on
/// meanwhile is read again and refused, not overwritten.
@Suite("Collective completion on each store")
struct CollectiveStoreTests {
    static let text = """
        nomor: "12"
        judul: Penerbitan KTP-el
        pelaksana:
          - {id: fo, nama: Petugas Front Office, jenis: staf}
          - {id: kabid, nama: Kepala Bidang, jenis: staf}
        kegiatan:
          - {no: 1, uraian: Menyetujui daftar penerbitan, pelaksana: kabid, kolektif: ya, mutu_baku: {kelengkapan: [Daftar penerbitan], output: [Daftar disetujui]}}
          - {no: 2, uraian: Mencetak KTP-el, pelaksana: fo, mutu_baku: {waktu: Setiap hari kerja pukul 14.00}}

        """

    @Test(arguments: StoreKind.available)
    func everyCaseIsWrittenOnItsOwn(kind: StoreKind) throws {
        let store = try kind.make()
        let sop = try #require(SOPLoader.load(text: Self.text, path: "sop/12.yaml").sop)
        let engine = Engine(sop: sop)
        let revision = SOPRevision(content: Array(Self.text.utf8), nomor: "12", judul: sop.judul, revisionDate: "-", path: "sop/12.yaml",
                                   savedAt: t0)
        try store.saveRevision(revision)
        var ids: [CaseID] = []
        for _ in 0..<5 {
            let kinds = engine.start(.init(nomor: "12", judul: sop.judul, revision: revision.hash, revisionDate: "-", file: "sop/12.yaml"),
                                     by: "kabid", at: t0)
            let events = kinds.enumerated().map { CaseEvent(sequence: $0 + 1, at: t0, operatorName: "rina", role: "fo", kind: $1) }
            var state = CaseState(id: CaseID("draft"))
            events.forEach { state.apply($0) }
            ids.append(try store.startCase(prefix: "12", year: 2026, events: events, projection: try #require(state.projection(engine: engine))))
        }
        // Another desk completes case 4 first.
        let clock = FixedClock(t0.addingTimeInterval(3600))
        let hendra = Operator(name: "hendra", roles: ["kabid"])
        let answers = CollectiveAnswers(kelengkapan: ["Daftar penerbitan": true], outputs: ["Daftar disetujui": CollectiveOutput(text: "Daftar 1")])
        let run = CollectiveRun(store: store, clock: clock, actor: hendra) { _ in .success(engine) }
        _ = run.run(step: "1", cases: [ids[3]], answers: answers)
        let results = run.run(step: "1", cases: ids, answers: answers)
        #expect(results.map { if case .done = $0 { "done" } else if case .refused = $0 { "refused" } else { "failed" } }
                    == ["done", "done", "done", "refused", "done"])
        for id in ids {
            let events = try store.events(of: id)
            #expect(events.map(\.sequence) == Array(1...events.count))
            #expect(events.filter { $0.kind.type == "step-completed" }.count == 1, "case \(id) completed once")
            #expect(try store.summary(of: id)?.projection.active.map(\.step) == ["2"])
        }
        #expect(try store.tasks(roles: ["kabid"]).isEmpty)
        let printing = try store.tasks(roles: ["fo"])
        #expect(Set(printing.map(\.caseID)) == Set(ids))
        // Due at 14.00 of the day the print run starts (t0 is Monday 09.00 WIB; started 10.00).
        #expect(printing.allSatisfy { $0.entry.due == t0.addingTimeInterval(5 * 3600) })
    }
}
