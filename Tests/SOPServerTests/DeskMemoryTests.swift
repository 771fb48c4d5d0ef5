import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPServer
import SOPStore
import Testing

/// What an instance keeps between requests (DeskMemory) is used only while the store still
/// holds exactly it: a write by another connection (a terminal, a second instance), a
/// revocation, an edited SOP file is seen by the very next request.
@Suite struct DeskMemoryTests {
    @Test func aCaseWrittenByAnotherConnectionIsReadAgain() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, first) = try await CaseFlowTests.start(budi)
        // The page reads the case: the instance now keeps it.
        #expect(try await budi.get(first).body.contains("id=\"langkah\""))
        // A terminal on the same file pauses the case.
        let store = try harness.store()
        let events = try store.events(of: CaseID(id))
        var state = CaseState(id: CaseID(id), events: events)
        let paused = CaseEvent(sequence: state.lastSequence + 1, at: Harness.monday, operatorName: "budi", role: "resepsionis",
                               kind: .casePaused)
        state.apply(paused)
        let sop = try #require(SOPLoader.load(path: Harness.root.appendingPathComponent("sop/01-pengaduan-langsung.yaml").path).sop)
        try store.append([paused], to: CaseID(id), projection: try #require(state.projection(sop: sop)))
        let page = try await budi.get(first)
        #expect(page.status == .ok)
        #expect(!page.body.contains("id=\"langkah\""))
        // And a POST of the form the desk still shows is refused, nothing written.
        let reply = try await budi.post(first, [("k.0", "ada"), ("versi", String(events.count))])
        #expect(reply.status == .conflict)
        #expect(try store.events(of: CaseID(id)).count == events.count + 1)
    }

    @Test func aRevocationWrittenByAnotherConnectionIsSeenByTheNextPage() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (_, first) = try await CaseFlowTests.start(budi)
        #expect(try await budi.get(first).status == .ok)
        let store = try harness.store()
        let roster = Roster(history: try store.rosterHistory())
        try store.appendRoster(RosterEntry(sequence: roster.nextSequence, at: Harness.monday, by: "ani", action: .revoke,
                                           operatorName: "budi", role: "resepsionis", sop: nil))
        // budi held no other role: the next page ends his session (tester 12), saying why.
        let next = try await budi.get(first)
        #expect(next.status == .seeOther && next.location == "/masuk?alasan=peran")
    }

    @Test func anEditedSOPFileIsReadAgain() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("01-pengaduan-langsung.yaml")
        let good = try Data(contentsOf: Harness.root.appendingPathComponent("sop/01-pengaduan-langsung.yaml"))
        try good.write(to: file)
        let harness = try await Harness(folder: folder.path)
        let budi = harness.browser()
        try await budi.login("budi")
        #expect(try await budi.get("/sop").body.contains("data-sop=\"01\""))
        // An edit that breaks the SOP: it may no longer start a case.
        try Data("nomor: 01\njudul: [".utf8).write(to: file)
        let broken = try await budi.get("/sop")
        #expect(!broken.body.contains("data-sop=\"01\""))
        #expect(try await budi.get("/sop/01/mulai").status != .ok)
        // Mended: startable again.
        try good.write(to: file)
        #expect(try await budi.get("/sop").body.contains("data-sop=\"01\""))
        #expect(try await budi.get("/sop/01/mulai").status == .ok)
    }
}
