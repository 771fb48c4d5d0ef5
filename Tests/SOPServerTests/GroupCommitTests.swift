import Foundation
import SOPCore
import SOPEngine
import SOPModel
@testable import SOPServer
import SOPStore
import Testing

/// Group commit on SQLite (`GroupWriter`, `SQLiteCaseStore.group`): the answers that wait for
/// the writer are committed together, in one transaction; each request is answered only once
/// its own answer is committed, and an answer that fails in the group (refused by the store's
/// roster check, stale) fails alone. The writer is held by a job of the test's own, so that the
/// answers sent meanwhile are sure to wait and form one group.
@Suite(.serialized, .timeLimit(.minutes(10))) struct GroupCommitTests {
    typealias Flag = WorkerPoolTests.Flag

    /// Holds the app's writer until `release` is signalled; `body` runs first, inside the held group.
    final class HeldWriter: @unchecked Sendable {
        let release = DispatchSemaphore(value: 0)
        let started = Flag()
        var task: Task<Void, any Error>?

        init(_ gateway: StoreGateway, body: @escaping @Sendable (any AdministeredStore) throws -> Void = { _ in }) async throws {
            let (release, started) = (release, started)
            task = Task {
                try await gateway.run(writing: true) { store in
                    // A body that fails still lets the test go on (and fail at `letGo`), never wait forever.
                    do { try body(store) } catch { started.set(); throw error }
                    started.set()
                    release.wait()
                }
            }
            while !started.isSet { try await Task.sleep(for: .milliseconds(5)) }
        }

        func letGo() async throws {
            release.signal()
            try await task?.value
        }
    }

    static func stepOne(_ versi: String) -> [(String, String)] {
        [("k.0", "ada"), ("f.nama", "Siti Aminah"), ("f.nik", "3573014101900001"), ("f.telepon", "0812 3456 7890"),
         ("f.cara_menghubungi", "Telepon"), ("f.maksud", "Menanyakan izin"), ("o.0", "dicatat"), ("versi", versi)]
    }

    /// A logged-in browser on the first step of a case: (browser, step URL, its form's fields).
    static func onStepOne(_ harness: Harness, _ name: String, case url: String, address: String) async throws
        -> (Harness.Browser, String, [(String, String)]) {
        let browser = harness.browser(address: address)
        try await browser.login(name)
        let page = try await browser.get(url)
        #expect(page.status == .ok)
        return (browser, url, stepOne(CaseFlowTests.versi(page.body)))
    }

    /// Waits for `count` answers queued behind the held writer; after 60 s it records the
    /// failure and returns, so that the test lets the writer go and ends instead of hanging.
    static func waitUntil(_ gateway: StoreGateway, waiting count: Int) async throws {
        let writer = try #require(gateway.grouped)
        let deadline = ContinuousClock.now + .seconds(60)
        while writer.waitingCount < count {
            guard ContinuousClock.now < deadline else {
                Issue.record("only \(writer.waitingCount) of \(count) answers queued behind the held writer after 60 s")
                return
            }
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    static func stepOneDone(_ store: SQLiteCaseStore, _ id: String) throws -> Int {
        try store.events(of: CaseID(id)).filter { if case .stepCompleted = $0.kind { true } else { false } }.count
    }

    @Test func anAnswerRefusedByTheStoreFailsAloneAndTheOthersOfItsGroupAreCommitted() async throws {
        let harness = try await Harness(grants: [("budi", "resepsionis"), ("citra", "resepsionis")])
        let budi = harness.browser()
        try await budi.login("budi")
        var cases: [(String, String)] = []
        for _ in 0..<3 { cases.append(try await CaseFlowTests.start(budi)) }
        let a = try await Self.onStepOne(harness, "budi", case: cases[0].1, address: "192.0.2.21")
        let b = try await Self.onStepOne(harness, "citra", case: cases[1].1, address: "192.0.2.22")
        let c = try await Self.onStepOne(harness, "budi", case: cases[2].1, address: "192.0.2.23")
        let gateway = try #require(harness.gateway)
        // The held group revokes citra's role: her page's check (already passed) cannot see it,
        // the store's roster trigger, in the next group, does.
        let held = try await HeldWriter(gateway) { store in
            let roster = try #require(store as? RosterStore)
            try roster.appendRoster(RosterEntry(sequence: Roster(history: try roster.rosterHistory()).nextSequence, at: Harness.monday,
                                                by: "ani", action: .revoke, operatorName: "citra", role: "resepsionis", sop: nil))
        }
        let before = try #require(gateway.grouped).written.groups
        async let replyA = a.0.post(a.1, a.2)
        async let replyB = b.0.post(b.1, b.2)
        async let replyC = c.0.post(c.1, c.2)
        try await Self.waitUntil(gateway, waiting: 3)
        try await held.letGo()
        let (ra, rb, rc) = try await (replyA, replyB, replyC)
        #expect(ra.status == .seeOther)
        #expect(rc.status == .seeOther)
        #expect(rb.status == .forbidden)
        #expect(rb.body.contains("Resepsionis"))
        // The three were one group, after the held one.
        let written = try #require(gateway.grouped).written
        #expect(written.groups == before + 1)
        #expect(written.lastSize == 3)
        let store = try harness.store()
        #expect(try Self.stepOneDone(store, cases[0].0) == 1)
        #expect(try Self.stepOneDone(store, cases[1].0) == 0)
        #expect(try Self.stepOneDone(store, cases[2].0) == 1)
        #expect(try ChainVerifier.run(store).breaks.isEmpty)
    }

    @Test func twoAnswersToTheSameStepInOneGroupWriteItOnce() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, url) = try await CaseFlowTests.start(budi)
        let first = try await Self.onStepOne(harness, "budi", case: url, address: "192.0.2.31")
        let second = try await Self.onStepOne(harness, "budi", case: url, address: "192.0.2.32")
        let gateway = try #require(harness.gateway)
        let held = try await HeldWriter(gateway)
        async let one = first.0.post(first.1, first.2)
        async let two = second.0.post(second.1, second.2)
        try await Self.waitUntil(gateway, waiting: 2)
        try await held.letGo()
        let statuses = try await [one.status, two.status]
        // The later of the two found the step done by the earlier, in the same transaction: 409.
        #expect(statuses.sorted { $0.code < $1.code } == [.seeOther, .conflict])
        #expect(try #require(gateway.grouped).written.lastSize == 2)
        let store = try harness.store()
        #expect(try Self.stepOneDone(store, id) == 1)
        #expect(try ChainVerifier.run(store).breaks.isEmpty)
    }

    @Test func anAnswerIsRepliedToOnlyOnceItIsCommitted() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, url) = try await CaseFlowTests.start(budi)
        let desk = try await Self.onStepOne(harness, "budi", case: url, address: "192.0.2.41")
        let gateway = try #require(harness.gateway)
        let held = try await HeldWriter(gateway)
        let replied = Flag()
        let post = Task {
            let reply = try await desk.0.post(desk.1, desk.2)
            replied.set()
            return reply
        }
        try await Self.waitUntil(gateway, waiting: 1)
        try await Task.sleep(for: .milliseconds(100))
        // Waiting for the writer: no reply, and another connection sees nothing of it.
        #expect(!replied.isSet)
        #expect(try Self.stepOneDone(try harness.store(), id) == 0)
        try await held.letGo()
        #expect(try await post.value.status == .seeOther)
        // Replied: a connection opened now (another process, as the terminal) finds it.
        #expect(try Self.stepOneDone(try harness.store(), id) == 1)
    }

    @Test func aTerminalWritingTheSameStoreMeanwhileLosesNothing() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        var cases: [(String, String)] = []
        for _ in 0..<5 { cases.append(try await CaseFlowTests.start(budi)) }
        // The terminal's case: it pauses and resumes it, one commit each, on its own connection.
        let terminalCase = cases.removeLast().0
        var desks: [(Harness.Browser, String, [(String, String)])] = []
        for (index, (_, url)) in cases.enumerated() {
            desks.append(try await Self.onStepOne(harness, "budi", case: url, address: "192.0.2.\(50 + index)"))
        }
        let path = harness.path
        let sop = CaseFlowTests.sop
        let terminal = Task.detached { () throws -> Int in
            let store = try SQLiteCaseStore(path: path)
            var state = CaseState(id: CaseID(terminalCase), events: try store.events(of: CaseID(terminalCase)))
            for turn in 0..<20 {
                let event = CaseEvent(sequence: state.lastSequence + 1, at: Harness.monday, operatorName: "budi", role: "resepsionis",
                                      kind: turn % 2 == 0 ? .casePaused : .caseResumed)
                var next = state
                next.apply(event)
                try store.append([event], to: CaseID(terminalCase), projection: try #require(next.projection(sop: sop)))
                state = next
            }
            return state.lastSequence
        }
        let replies = try await withThrowingTaskGroup(of: Int.self) { group in
            for desk in desks { group.addTask { try await desk.0.post(desk.1, desk.2).status.code } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let terminalLast = try await terminal.value
        #expect(replies == Array(repeating: 303, count: desks.count))
        let store = try harness.store()
        for (id, _) in cases { #expect(try Self.stepOneDone(store, id) == 1) }
        #expect(try store.events(of: CaseID(terminalCase)).count == terminalLast)
        #expect(try ChainVerifier.run(store).breaks.isEmpty)
    }

    @Test func aNewCaseIsKeptAsStartedAndItsFirstPageReadsNoEvents() async throws {
        let harness = try await Harness()
        let budi = harness.browser()
        try await budi.login("budi")
        let (id, url) = try await CaseFlowTests.start(budi)
        // Kept under the head the store holds: the first page finds it in memory.
        let store = try harness.store()
        let events = try store.events(of: CaseID(id))
        let heads: any DeskHeadStore = store
        let head = try #require(try heads.caseHead(CaseID(id)))
        let kept = try #require(harness.app.desk.memory.pinned(CaseID(id), head: head))
        #expect(kept.events.map(\.sequence) == events.map(\.sequence))
        #expect(kept.state.lastSequence == events.count)
        #expect(kept.tracking == (try store.summary(of: CaseID(id))?.projection.lookup.tracking))
        let page = try await budi.get(url)
        #expect(page.status == .ok)
        #expect(page.body.contains("form id=\"langkah\""))
    }
}
