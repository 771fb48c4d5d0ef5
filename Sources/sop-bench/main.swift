import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPPostgres
import SOPStore

// sop-bench run-cases CASES DB SOP ANSWERS
//   Runs CASES scripted cases through the SOP with the store DB names: a SQLite file (WAL,
//   synchronous = FULL) or postgres://… (synchronous_commit and fsync as the server has them):
//   the same engine, session and store as `sop run --answers`, without process start-up.
//   Every answer is its own durable commit, as at the desk. Prints one JSON line, with the
//   wall-clock start and end so that several desks running at once can be added up.
// sop-bench run-desks DESKS CASES DB SOP ANSWERS
//   DESKS desks at once in one process, a thread and a store connection each (RunDesks.swift).
// sop-bench report-corpus CASES DB SOP
//   Writes CASES generated cases of the SOP (one visit per step) into a new SQLite store, for the
//   report benchmark: deterministic, about 5% cancelled or still open.
// sop-bench serve-desks DESKS CASES OPERATOR PIN PORT[,PORT…]
//   The `sop serve` load test's desks (ServeDesks.swift).

/// Counts the durable commits (one per store write that carries events) and the steps completed.
final class CountingStore: CaseStore {
    let inner: CaseStore
    var commits = 0
    var steps = 0
    init(_ inner: CaseStore) { self.inner = inner }
    func saveRevision(_ revision: SOPRevision) throws(StoreError) { try inner.saveRevision(revision) }
    func revision(hash: String) throws(StoreError) -> SOPRevision? { try inner.revision(hash: hash) }
    func startCase(prefix: String, year: Int, events: [CaseEvent], projection: CaseProjection) throws(StoreError) -> CaseID {
        commits += 1
        return try inner.startCase(prefix: prefix, year: year, events: events, projection: projection)
    }
    func append(_ events: [CaseEvent], to id: CaseID, projection: CaseProjection) throws(StoreError) {
        commits += 1
        try inner.append(events, to: id, projection: projection)
        steps += events.filter { if case .stepCompleted = $0.kind { true } else { false } }.count
    }
    func events(of id: CaseID) throws(StoreError) -> [CaseEvent] { try inner.events(of: id) }
    func summary(of id: CaseID) throws(StoreError) -> CaseSummary? { try inner.summary(of: id) }
    func cases(_ filter: CaseFilter) throws(StoreError) -> [CaseSummary] { try inner.cases(filter) }
    func tasks(roles: [String]) throws(StoreError) -> [TaskEntry] { try inner.tasks(roles: roles) }
    func visits(_ filter: VisitFilter) throws(StoreError) -> [VisitRow] { try inner.visits(filter) }
    func skippedVisits(of cases: [CaseID]) throws(StoreError) -> Set<SkippedVisit> { try inner.skippedVisits(of: cases) }
    func branchesTaken(of cases: [CaseID]) throws(StoreError) -> [BranchTaken] { try inner.branchesTaken(of: cases) }
    func saveAttachment(_ bytes: [UInt8], name: String) throws(StoreError) -> CaseEvent.Attachment {
        try inner.saveAttachment(bytes, name: name)
    }
    func attachment(sha256: String) throws(StoreError) -> [UInt8]? { try inner.attachment(sha256: sha256) }
    func caseID(tracking: String) throws(StoreError) -> CaseID? { try inner.caseID(tracking: tracking) }
}

/// Shows nothing: the benchmark measures the engine and the store, not the terminal.
final class Silent: Prompter {
    func show(_ message: SessionMessage) {}
    func ask(_ question: Question) -> Reply { .endOfInput }
    func refused(_ question: Question, reason: Localized) -> Bool { false }
}

struct NoFiles: AttachmentSource {
    func read(_ path: String) -> Result<[UInt8], AttachmentProblem> { .failure(AttachmentProblem(Localized(verbatim: path))) }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

let arguments = CommandLine.arguments
if arguments.count > 1, arguments[1] == "serve-desks" { ServeDesks.run(arguments) }
if arguments.count > 1, arguments[1] == "run-desks" { RunDesks.run(arguments) }
if arguments.count == 5, arguments[1] == "report-corpus", let cases = Int(arguments[2]) {
    ReportCorpus.write(cases: cases, database: arguments[3], sopPath: arguments[4])
    exit(0)
}
guard arguments.count == 6, arguments[1] == "run-cases", let cases = Int(arguments[2]) else {
    fail("usage: sop-bench run-cases CASES DB SOP ANSWERS | sop-bench report-corpus CASES DB SOP")
}
let (database, sopPath, answersPath) = (arguments[3], arguments[4], arguments[5])
let (sop, revision, script) = RunDesks.load(sopPath: sopPath, answersPath: answersPath)
let desk = RunDesks.open(database, sop: sop)
let startedAt = Date().timeIntervalSince1970
let start = DispatchTime.now().uptimeNanoseconds
desk.run(cases: cases, revision: revision, script: script)
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let endedAt = Date().timeIntervalSince1970
if let failure = desk.failure { fail("only \(desk.completed) of \(cases) cases completed: \(failure)") }
let store = desk.store
print("{\"runner\": \"sop\", \"cases\": \(cases), \"commits\": \(store.commits), \"steps\": \(store.steps), "
    + "\"seconds\": \(seconds), \"ms_per_commit\": \(seconds / Double(max(1, store.commits)) * 1000), "
    + "\"cases_per_second\": \(Double(cases) / max(seconds, 1e-9)), \"started_at\": \(startedAt), \"ended_at\": \(endedAt)}")
