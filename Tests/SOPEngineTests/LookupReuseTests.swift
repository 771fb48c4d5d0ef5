import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// The session computes a case's title and search keys again only when an answer may change
/// them (`CaseState.mayChangeLookup`): every projection written must still equal the one
/// computed from the whole case.
@Suite struct LookupReuseTests {
    let harness = Harness(Fixtures.sop("sop/01-pengaduan-langsung.yaml"))

    /// Checks every projection written against the one the whole state gives.
    final class CheckingStore: CaseStore {
        let inner: InMemoryCaseStore
        let sop: SOP
        var checked = 0
        var mismatches: [String] = []
        init(_ inner: InMemoryCaseStore, sop: SOP) {
            self.inner = inner
            self.sop = sop
        }
        func saveRevision(_ revision: SOPRevision) throws(StoreError) { try inner.saveRevision(revision) }
        func revision(hash: String) throws(StoreError) -> SOPRevision? { try inner.revision(hash: hash) }
        func startCase(prefix: String, year: Int, events: [CaseEvent], projection: CaseProjection) throws(StoreError) -> CaseID {
            try inner.startCase(prefix: prefix, year: year, events: events, projection: projection)
        }
        func append(_ events: [CaseEvent], to id: CaseID, projection: CaseProjection) throws(StoreError) {
            let state = CaseState(id: id, events: try inner.events(of: id) + events)
            let whole = state.projection(sop: sop)?.lookup
            checked += 1
            if whole != projection.lookup { mismatches.append("\(events.map(\.kind.type)): \(projection.lookup) ≠ \(String(describing: whole))") }
            // As `sop db verify` derives them, from every answer of the case (`latestFields`).
            if projection.lookup.title != state.title(sop: sop) || projection.lookup.searchKeys != state.searchKeys(sop: sop) {
                mismatches.append("\(events.map(\.kind.type)): \(projection.lookup) is not what verify derives")
            }
            try inner.append(events, to: id, projection: projection)
        }
        func events(of id: CaseID) throws(StoreError) -> [CaseEvent] { try inner.events(of: id) }
        func summary(of id: CaseID) throws(StoreError) -> CaseSummary? { try inner.summary(of: id) }
        func cases(_ filter: CaseFilter) throws(StoreError) -> [CaseSummary] { try inner.cases(filter) }
        func tasks(roles: [String]) throws(StoreError) -> [TaskEntry] { try inner.tasks(roles: roles) }
        func visits(_ filter: VisitFilter) throws(StoreError) -> [VisitRow] { try inner.visits(filter) }
        func caseID(tracking: String) throws(StoreError) -> CaseID? { try inner.caseID(tracking: tracking) }
        func saveAttachment(_ bytes: [UInt8], name: String) throws(StoreError) -> CaseEvent.Attachment {
            try inner.saveAttachment(bytes, name: name)
        }
        func attachment(sha256: String) throws(StoreError) -> [UInt8]? { try inner.attachment(sha256: sha256) }
    }

    @Test func everyProjectionWrittenHasTheLookupOfTheWholeCase() throws {
        let store = CheckingStore(harness.store, sop: harness.sop)
        let prompter = ScriptedTestPrompter(SOP01SessionTests.fullRun, clock: harness.clock, minutesPerAnswer: 1)
        let session = try CaseSession.start(revision: harness.revision, engine: Engine(sop: harness.sop), store: store,
                                            clock: harness.clock, prompter: prompter, attachments: NoFiles(),
                                            actor: Operator(name: "budi", roles: ["resepsionis", "staf-pengaduan"]))
        #expect(session.run() == .completed)
        #expect(store.checked > 15)
        #expect(store.mismatches.isEmpty, "\(store.mismatches)")
        let lookup = try #require(try store.summary(of: session.state.id)).projection.lookup
        #expect(lookup.title == "Siti Aminah · Menanyakan izin usaha mikro")
        #expect(lookup.searchKeys.count == 2, "NIK and phone")
    }

    @Test func onlyAnswersToTitleOrPersonalFieldsAndCorrectionsMayChangeIt() {
        let sop = harness.sop
        func answer(_ field: String) -> [CaseEvent] {
            [CaseEvent(sequence: 9, at: Fixtures.monday, operatorName: "budi", role: "resepsionis",
                       kind: .fieldAnswered(.init(step: "1", visit: 1, field: field, value: "x")))]
        }
        #expect(CaseState.mayChangeLookup(answer("nama"), sop: sop), "a title field")
        #expect(CaseState.mayChangeLookup(answer("nik"), sop: sop), "a personal field")
        #expect(CaseState.mayChangeLookup(answer("telepon"), sop: sop), "a personal field")
        #expect(!CaseState.mayChangeLookup(answer("cara_menghubungi"), sop: sop), "neither")
        #expect(CaseState.mayChangeLookup(answer("bukan-isian"), sop: sop), "an unknown field: computed again")
        #expect(!CaseState.mayChangeLookup([], sop: sop))
        let step = CaseEvent(sequence: 9, at: Fixtures.monday, operatorName: "budi", role: "resepsionis",
                             kind: .kelengkapanChecked(.init(step: "1", visit: 1, item: "Identitas", present: true)))
        #expect(!CaseState.mayChangeLookup([step], sop: sop))
    }

    /// An answer to a title field alone keeps the search keys (the session reuses them); a
    /// personal answer, one the SOP does not name, and a correction may change them.
    @Test func onlyPersonalAnswersAndCorrectionsMayChangeTheKeys() {
        let engine = Engine(sop: harness.sop)
        func answer(_ field: String) -> [CaseEvent] {
            [CaseEvent(sequence: 9, at: Fixtures.monday, operatorName: "budi", role: "resepsionis",
                       kind: .fieldAnswered(.init(step: "1", visit: 1, field: field, value: "3573014101900001")))]
        }
        #expect(!CaseState.mayChangeKeys(answer("nama"), engine: engine), "a title field")
        #expect(!CaseState.mayChangeKeys(answer("maksud"), engine: engine), "a title field")
        #expect(!CaseState.mayChangeKeys(answer("cara_menghubungi"), engine: engine), "neither")
        #expect(CaseState.mayChangeKeys(answer("nik"), engine: engine), "a personal field")
        #expect(CaseState.mayChangeKeys(answer("telepon"), engine: engine), "a personal field")
        #expect(CaseState.mayChangeKeys(answer("bukan-isian"), engine: engine), "an unknown field: computed again")
        let correction = CaseEvent(sequence: 9, at: Fixtures.monday, operatorName: "budi", role: "resepsionis",
                                   kind: .answerCorrected(.init(step: "1", visit: 1, target: .field, name: "nama", value: "Budi",
                                                                reason: "salah ketik")))
        #expect(CaseState.mayChangeKeys([correction], engine: engine))
        #expect(engine.searchKeyFields == ["nik", "telepon"])
        #expect(harness.sop.searchKeyFields == engine.searchKeyFields)
    }
}
