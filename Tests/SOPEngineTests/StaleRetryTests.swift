import Foundation
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPModel

/// A store that always finds the case moved on (as a forged insert the store cannot see once
/// made it): the session reloads and asks again a bounded number of times, then stops with a
/// clear message instead of looping.
final class AlwaysStaleStore: CaseStore, @unchecked Sendable {
    let base = InMemoryCaseStore()
    var appends = 0

    func saveRevision(_ revision: SOPRevision) throws(StoreError) { try base.saveRevision(revision) }
    func revision(hash: String) throws(StoreError) -> SOPRevision? { try base.revision(hash: hash) }
    func startCase(prefix: String, year: Int, events: [CaseEvent], projection: CaseProjection) throws(StoreError) -> CaseID {
        try base.startCase(prefix: prefix, year: year, events: events, projection: projection)
    }
    func append(_ events: [CaseEvent], to id: CaseID, projection: CaseProjection) throws(StoreError) {
        appends += 1
        let first = events.first?.sequence ?? 1
        throw .stale(id, expected: first - 1, found: first)
    }
    func events(of id: CaseID) throws(StoreError) -> [CaseEvent] { try base.events(of: id) }
    func summary(of id: CaseID) throws(StoreError) -> CaseSummary? { try base.summary(of: id) }
    func cases(_ filter: CaseFilter) throws(StoreError) -> [CaseSummary] { try base.cases(filter) }
    func tasks(roles: [String]) throws(StoreError) -> [TaskEntry] { try base.tasks(roles: roles) }
    func visits(_ filter: VisitFilter) throws(StoreError) -> [VisitRow] { try base.visits(filter) }
    func saveAttachment(_ bytes: [UInt8], name: String) throws(StoreError) -> CaseEvent.Attachment {
        try base.saveAttachment(bytes, name: name)
    }
    func attachment(sha256: String) throws(StoreError) -> [UInt8]? { try base.attachment(sha256: sha256) }
    func caseID(tracking: String) throws(StoreError) -> CaseID? { try base.caseID(tracking: tracking) }
}

@Suite("Stale writes")
struct StaleRetryTests {
    @Test func aStaleWriteIsRetriedABoundedNumberOfTimesThenStopsClearly() throws {
        let harness = Harness(Fixtures.sop("sop/01-pengaduan-langsung.yaml"))
        let store = AlwaysStaleStore()
        let opener = try CaseSession.start(revision: harness.revision, engine: Engine(sop: harness.sop), store: store,
                                           clock: harness.clock, prompter: ScriptedTestPrompter([]), attachments: NoFiles(),
                                           actor: Operator(name: "budi", roles: ["resepsionis"]))
        let prompter = ScriptedTestPrompter(Array(repeating: Reply.answer("y"), count: 50))
        let session = try CaseSession(caseID: opener.state.id, engine: Engine(sop: harness.sop), store: store, clock: harness.clock,
                                      prompter: prompter, attachments: NoFiles(), actor: Operator(name: "sari", roles: ["resepsionis"]))
        let outcome = session.run()
        #expect(outcome == .storeFailed(Catalog.Chain.staleGaveUp(opener.state.id.rawValue, attempts: CaseSession.maxStaleRetries + 1)))
        #expect(store.appends == CaseSession.maxStaleRetries + 1)
    }
}
