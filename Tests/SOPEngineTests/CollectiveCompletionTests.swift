import Foundation
import SOPCore
import SOPModel
import Testing

@testable import SOPEngine

/// Collective completion (tester 28, F6): one waiting step completed for several cases with the
/// Kelengkapan and Output answered once; each case gets its own events, its own role check, and
/// is written on its own. And "Setiap hari kerja pukul 14.00" read as a due hour (F2/F9).
@Suite struct CollectiveCompletionTests {
    static let text = """
        nomor: "12"
        judul: Penerbitan KTP-el
        pelaksana:
          - {id: fo, nama: Petugas Front Office, jenis: staf}
          - {id: kabid, nama: Kepala Bidang, jenis: staf}
        kegiatan:
          - no: 1
            uraian: Mencatat permohonan
            pelaksana: fo
            formulir: [{nama: nama, label: Nama pemohon, jenis: teks}]
          - no: 2
            uraian: Menyetujui daftar penerbitan
            pelaksana: kabid
            kolektif: ya
            mutu_baku:
              kelengkapan: [Daftar penerbitan, KTP-el lama (bila ada)]
              waktu: 30 menit
              output: [Daftar penerbitan disetujui]
          - no: 3
            uraian: Mencetak KTP-el secara kolektif
            pelaksana: fo
            kolektif: ya
            mutu_baku: {waktu: Setiap hari kerja pukul 14.00, output: [KTP-el tercetak]}

        """

    static let given = CollectiveAnswers(kelengkapan: ["Daftar penerbitan": true], notApplicable: ["KTP-el lama (bila ada)"],
                                           outputs: ["Daftar penerbitan disetujui": CollectiveOutput(text: "Daftar 07-12-2026")])
    static let kabid = Operator(name: "hendra", roles: ["kabid"])

    /// `count` cases waiting at row 2, each started and row 1 done by the front office.
    func waitingCases(_ count: Int) throws -> (Harness, [CaseID]) {
        let harness = Harness(Fixtures.sop(text: Self.text))
        var ids: [CaseID] = []
        for index in 1...count {
            let session = try harness.start(ScriptedTestPrompter(answers("Pemohon \(index)", "")), roles: ["fo"], name: "rina")
            _ = session.run()
            ids.append(session.state.id)
        }
        return (harness, ids)
    }

    func run(_ harness: Harness, store: CaseStore? = nil, actor: Operator = kabid) -> CollectiveRun {
        let engine = Engine(sop: harness.sop)
        return CollectiveRun(store: store ?? harness.store, clock: harness.clock, actor: actor) { _ in .success(engine) }
    }

    @Test func eachCaseGetsItsOwnEventsWithOneOperatorAndTime() throws {
        let (harness, ids) = try waitingCases(3)
        harness.clock.advance(minutes: 20)
        let results = run(harness).run(step: "2", cases: ids, answers: Self.given)
        #expect(results.count == 3)
        for id in ids {
            let events = try harness.store.events(of: id)
            let state = CaseState(id: id, events: events)
            let done = try #require(state.completed.last { $0.step == "2" })
            #expect(done.completedBy == "hendra")
            #expect(done.kelengkapan["Daftar penerbitan"] == true)
            #expect(done.notApplicable.contains("KTP-el lama (bila ada)"))
            #expect(done.outputs["Daftar penerbitan disetujui"]?.text == "Daftar 07-12-2026")
            #expect(state.active.map(\.step) == ["3"])
            let written = events.filter { $0.operatorName == "hendra" }
            #expect(Set(written.map(\.at)) == [Fixtures.monday.addingTimeInterval(20 * 60)])
            #expect(Set(written.map(\.role)) == ["kabid"])
            // Its own chain: the sequences continue the case's own log.
            #expect(events.map(\.sequence) == Array(1...events.count))
        }
    }

    /// The completion is marked as collective in its own payload, with the run's size (tester
    /// 30, N2); a step done alone is not, and an event written before the mark reads as alone.
    @Test func theCompletionIsMarkedCollectiveInItsPayload() throws {
        let (harness, ids) = try waitingCases(3)
        run(harness).run(step: "2", cases: Array(ids.prefix(2)), answers: Self.given)
        for id in ids.prefix(2) {
            let events = try harness.store.events(of: id)
            let completion = try #require(events.first { if case .stepCompleted(let c) = $0.kind { c.step == "2" } else { false } })
            guard case .stepCompleted(let payload) = completion.kind else { Issue.record("\(completion)"); continue }
            #expect(payload.collective == 2)
            #expect(completion.kind.payloadText.contains("\"collective\":2"), "\(completion.kind.payloadText)")
            #expect(CaseState(id: id, events: events).completed.last { $0.step == "2" }?.collective == 2)
            // The step started next is not marked, nor the earlier row.
            #expect(CaseState(id: id, events: events).completed.first { $0.step == "1" }?.collective == nil)
        }
        let older = Data(#"{"step":"2","visit":1}"#.utf8)
        guard case .stepCompleted(let read) = try CaseEvent.Kind.decode(type: "step-completed", payload: older) else {
            Issue.record("not a completion")
            return
        }
        #expect(read.collective == nil)
        #expect(CaseEvent.Kind.stepCompleted(read).payloadText == #"{"step":"2","visit":1}"#)
    }

    @Test func aCaseNoLongerWaitingOrARoleNotPlayedIsRefusedAndTheOthersAreDone() throws {
        let (harness, ids) = try waitingCases(3)
        // Case 2 was done at its own desk meanwhile.
        _ = run(harness).run(step: "2", cases: [ids[1]], answers: Self.given)
        let results = run(harness).run(step: "2", cases: ids, answers: Self.given)
        guard case .done = results[0], case .refused(let id, let reason) = results[1], case .done = results[2] else {
            Issue.record("\(results)")
            return
        }
        #expect(id == ids[1])
        #expect(reason.en.contains("not active") || reason.en.contains("step 2"))
        // The front office does not play the Kabid's role: every case refuses it, nothing written.
        let (other, more) = try waitingCases(2)
        let refused = run(other, actor: Operator(name: "rina", roles: ["fo"])).run(step: "2", cases: more, answers: Self.given)
        for result in refused {
            guard case .refused(_, let why) = result else { Issue.record("\(result)"); continue }
            #expect(why.id.contains("Kepala Bidang"))
        }
        for id in more {
            #expect(CaseState(id: id, events: try other.store.events(of: id)).active.map(\.step) == ["2"], "nothing written to \(id)")
        }
    }

    @Test func aFormOrADecisionIsRefusedForCollectiveCompletion() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        let engine = Engine(sop: sop)
        let refusal = try #require(engine.collectiveRefusal(of: "1"))
        #expect(refusal.id.contains("'Nama pemohon'"))
        #expect(refusal.en.contains("cannot be completed collectively"))
        #expect(engine.collectiveRefusal(of: "2") == nil)
        #expect(sop.step("2")?.isCollective == true)
        #expect(sop.step("1")?.isCollective == false)
    }

    @Test func aRequiredItemAnsweredMissingRefusesEveryCase() throws {
        let text = Self.text.replacingOccurrences(of: "kelengkapan: [Daftar penerbitan, KTP-el lama (bila ada)]",
                                                  with: "kelengkapan: [{butir: Daftar penerbitan, wajib: ya}]")
        let harness = Harness(Fixtures.sop(text: text))
        let session = try harness.start(ScriptedTestPrompter(answers("Pemohon", "")), roles: ["fo"], name: "rina")
        _ = session.run()
        let engine = Engine(sop: harness.sop)
        let state = engine.state(of: session.state.id, events: try harness.store.events(of: session.state.id))
        var missing = Self.given
        missing.kelengkapan["Daftar penerbitan"] = false
        #expect(throws: EngineError.self) {
            try engine.completeCollectively("2", answers: missing, on: state, by: Self.kabid, at: harness.clock.now())
        }
    }

    @Test func aStoreFailureStopsTheRunAndLeavesTheRestWaiting() throws {
        let (harness, ids) = try waitingCases(4)
        let failing = FailingAppendStore(harness.store, failAt: 3)
        var seen: [CaseID] = []
        let results = run(harness, store: failing).run(step: "2", cases: ids, answers: Self.given) { result in
            if case .done(let id, _) = result { seen.append(id) }
        }
        #expect(seen == Array(ids.prefix(2)))
        #expect(results.count == 3)
        guard case .failed(let id, _) = results[2] else { Issue.record("\(results)"); return }
        #expect(id == ids[2])
        for (index, id) in ids.enumerated() {
            let state = CaseState(id: id, events: try harness.store.events(of: id))
            #expect(state.active.map(\.step) == [index < 2 ? "3" : "2"])
        }
    }

    @Test func choosingCasesByNumbersRangesAndIds() {
        let ids = ["12-2026-000001", "12-2026-000002", "12-2026-000003", "12-2026-000004"]
        #expect(CollectiveChoice.parse("", ids: ids) == [0, 1, 2, 3])
        #expect(CollectiveChoice.parse("semua", ids: ids) == [0, 1, 2, 3])
        #expect(CollectiveChoice.parse("1,3", ids: ids) == [0, 2])
        #expect(CollectiveChoice.parse("2-4 1", ids: ids) == [1, 2, 3, 0])
        #expect(CollectiveChoice.parse("12-2026-000004, 2", ids: ids) == [3, 1])
        #expect(CollectiveChoice.parse("5", ids: ids) == nil)
        #expect(CollectiveChoice.parse("3-9", ids: ids) == nil)
        #expect(CollectiveChoice.parse("12-2026-000009", ids: ids) == nil)
        #expect(CollectiveChoice.parse("ya", ids: ids) == nil)
    }

    // MARK: "Setiap hari kerja pukul 14.00"

    @Test func aDailyHourIsReadFromThePrintedCell() throws {
        for text in ["Setiap hari kerja pukul 14.00", "Tiap hari kerja, pukul 14:00 WIB", "Pukul 14.00 setiap hari kerja"] {
            let daily = try #require(DailyTimeWaktu.read(text), "\(text)")
            #expect(daily == DailyTimeWaktu(hour: 14, minute: 0, workingDaysOnly: true))
        }
        #expect(DailyTimeWaktu.read("Setiap hari pukul 9.30") == DailyTimeWaktu(hour: 9, minute: 30, workingDaysOnly: false))
        for text in ["2 jam", "Setiap hari Senin", "Pukul 08.00-15.00", "Setiap hari kerja pukul 25.00", "Menunggu ketersediaan blanko"] {
            #expect(DailyTimeWaktu.read(text) == nil, "\(text)")
        }
        let (sop, _) = Fixtures.sop(text: Self.text)
        #expect(sop.step("3")?.mutuBaku.waktu?.dailyAt == DailyTimeWaktu(hour: 14, minute: 0))
        #expect(sop.waktuCellLines(at: 2, .id).last == "standar: pukul 14.00 hari kerja berikutnya sejak kegiatan dimulai")
    }

    @Test func aDailyHourIsDueAtTheNextSuchHourOfAWorkingDay() throws {
        let (sop, _) = Fixtures.sop(text: Self.text)
        let engine = Engine(sop: sop)
        let step = try #require(sop.step("3"))
        let hour: TimeInterval = 3600
        // Monday 09.00 → Monday 14.00; Monday 15.00 → Tuesday 14.00; Friday 14.00 → Monday 14.00.
        let monday = Fixtures.monday
        #expect(engine.standard(of: step, startingAt: monday, in: nil)?.dueAt == monday.addingTimeInterval(5 * hour))
        #expect(engine.standard(of: step, startingAt: monday.addingTimeInterval(6 * hour), in: nil)?.dueAt
                    == monday.addingTimeInterval(29 * hour))
        let friday = monday.addingTimeInterval(4 * 24 * hour + 5 * hour)
        #expect(engine.standard(of: step, startingAt: friday, in: nil)?.dueAt == monday.addingTimeInterval(7 * 24 * hour + 5 * hour))
    }
}

/// A store whose `failAt`-th append fails as a full disk would; everything else is passed on.
final class FailingAppendStore: CaseStore {
    let inner: CaseStore
    let failAt: Int
    var appends = 0

    init(_ inner: CaseStore, failAt: Int) {
        self.inner = inner
        self.failAt = failAt
    }

    func append(_ events: [CaseEvent], to id: CaseID, projection: CaseProjection) throws(StoreError) {
        appends += 1
        if appends == failAt { throw .unavailable(Localized(verbatim: "disk full")) }
        try inner.append(events, to: id, projection: projection)
    }

    func saveRevision(_ revision: SOPRevision) throws(StoreError) { try inner.saveRevision(revision) }
    func revision(hash: String) throws(StoreError) -> SOPRevision? { try inner.revision(hash: hash) }
    func startCase(prefix: String, year: Int, events: [CaseEvent], projection: CaseProjection) throws(StoreError) -> CaseID {
        try inner.startCase(prefix: prefix, year: year, events: events, projection: projection)
    }
    func events(of id: CaseID) throws(StoreError) -> [CaseEvent] { try inner.events(of: id) }
    func summary(of id: CaseID) throws(StoreError) -> CaseSummary? { try inner.summary(of: id) }
    func cases(_ filter: CaseFilter) throws(StoreError) -> [CaseSummary] { try inner.cases(filter) }
    func tasks(roles: [String]) throws(StoreError) -> [TaskEntry] { try inner.tasks(roles: roles) }
    func visits(_ filter: VisitFilter) throws(StoreError) -> [VisitRow] { try inner.visits(filter) }
    func skippedVisits(of cases: [CaseID]) throws(StoreError) -> Set<SkippedVisit> { try inner.skippedVisits(of: cases) }
    func branchesTaken(of cases: [CaseID]) throws(StoreError) -> [BranchTaken] { try inner.branchesTaken(of: cases) }
    func caseID(tracking: String) throws(StoreError) -> CaseID? { try inner.caseID(tracking: tracking) }
    func saveAttachment(_ bytes: [UInt8], name: String) throws(StoreError) -> CaseEvent.Attachment {
        try inner.saveAttachment(bytes, name: name)
    }
    func attachment(sha256: String) throws(StoreError) -> [UInt8]? { try inner.attachment(sha256: sha256) }
}
