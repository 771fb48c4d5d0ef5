import Foundation
import SOPCore
import Testing

@testable import SOPEngine
@testable import SOPModel

/// A store that takes the case's start, then fails every write as a full disk does.
final class FullDiskStore: CaseStore, @unchecked Sendable {
    let base = InMemoryCaseStore()
    let failure: StoreError

    init(failing failure: StoreError = .unavailable(Catalog.Store.full)) { self.failure = failure }

    func saveRevision(_ revision: SOPRevision) throws(StoreError) { try base.saveRevision(revision) }
    func revision(hash: String) throws(StoreError) -> SOPRevision? { try base.revision(hash: hash) }
    func startCase(prefix: String, year: Int, events: [CaseEvent], projection: CaseProjection) throws(StoreError) -> CaseID {
        try base.startCase(prefix: prefix, year: year, events: events, projection: projection)
    }
    func append(_ events: [CaseEvent], to id: CaseID, projection: CaseProjection) throws(StoreError) { throw failure }
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

/// After the store fails under a desk (a full disk, a lost server, a read-only file), the run
/// stops saying why, that what was saved is safe, and which case to continue, as Ctrl-D does
/// (tester 18's finding 4).
@Suite("A store failing under a desk names the case to continue")
struct StoreFailureResumeTests {
    @Test(arguments: [StoreError.unavailable(Catalog.Store.full), .unavailable(Catalog.Postgres.connectionLost("terminating connection due to administrator command"))])
    func theRunStopsNamingTheCaseToContinue(failure: StoreError) throws {
        let harness = Harness(Fixtures.sop("sop/01-pengaduan-langsung.yaml"))
        let store = FullDiskStore(failing: failure)
        let opener = try CaseSession.start(revision: harness.revision, engine: Engine(sop: harness.sop), store: store,
                                           clock: harness.clock, prompter: ScriptedTestPrompter([]), attachments: NoFiles(),
                                           actor: Operator(name: "budi", roles: ["resepsionis"]))
        let session = try CaseSession(caseID: opener.state.id, engine: Engine(sop: harness.sop), store: store, clock: harness.clock,
                                      prompter: ScriptedTestPrompter([.answer("y")]), attachments: NoFiles(),
                                      actor: Operator(name: "budi", roles: ["resepsionis"]))
        guard case .storeFailed(let message) = session.run() else {
            Issue.record("the run did not stop for the store")
            return
        }
        let id = opener.state.id.rawValue
        let text = message.text(.id)
        #expect(text.hasSuffix("\n  Lanjutkan dengan: sop run --case \(id)"), "\(text)")
        #expect(text.contains("Yang sudah tersimpan tetap aman"))
        #expect(message.text(.en).hasSuffix("\n  Continue with: sop run --case \(id)"))
        // No server's raw English words, and no "no answer is lost" said before "may not be saved".
        #expect(!text.contains("administrator command") && !text.contains("jawaban tidak hilang"))
    }

    @Test func aFullDiskSaysTheChangeWasNotSavedWithoutCallingEveryChangeAnAnswer() {
        let text = Catalog.Store.full.text(.id)
        #expect(text.hasPrefix("disk penuh:") && text.contains("TIDAK tersimpan") && !text.contains("jawaban"))
        #expect(Catalog.Postgres.connectionLost("terminating connection due to administrator command").text(.id)
            .contains("server PostgreSQL dihentikan"))
        #expect(!Catalog.Faults.reconnecting(attempt: 1, pause: 0.1).text(.id).contains("tidak hilang"))
    }
}
