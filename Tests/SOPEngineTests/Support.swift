import Foundation
import SOPCore
import SOPModel

@testable import SOPEngine

enum Fixtures {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func sop(_ relative: String) -> (SOP, [UInt8]) {
        let path = root + "/" + relative
        let bytes = Array(FileManager.default.contents(atPath: path) ?? Data())
        let result = SOPLoader.load(bytes: bytes, path: relative)
        precondition(!result.hasErrors, "\(relative): \(result.diagnostics.map(\.message.en))")
        return (result.sop!, bytes)
    }

    static func sop(text: String) -> (SOP, [UInt8]) {
        let result = SOPLoader.load(text: text, path: "inline.yaml")
        precondition(!result.hasErrors, "\(result.diagnostics.map(\.message.en))")
        return (result.sop!, Array(text.utf8))
    }

    /// Monday 30 November 2026, 09:00 WIB.
    static let monday = Date(timeIntervalSince1970: 1_796_004_000)
}

/// Answers from a queue and records everything the session shows.
final class ScriptedTestPrompter: Prompter {
    var replies: [Reply]
    var messages: [SessionMessage] = []
    var questions: [Question] = []
    var refusals: [String] = []
    let retry: Bool
    let clock: FixedClock?
    /// Minutes the clock moves before each answer (the operator typing).
    let minutesPerAnswer: Double

    init(_ replies: [Reply], retry: Bool = true, clock: FixedClock? = nil, minutesPerAnswer: Double = 0) {
        self.replies = replies
        self.retry = retry
        self.clock = clock
        self.minutesPerAnswer = minutesPerAnswer
    }

    func show(_ message: SessionMessage) { messages.append(message) }

    func ask(_ question: Question) -> Reply {
        questions.append(question)
        guard !replies.isEmpty else { return .endOfInput }
        clock?.advance(minutes: minutesPerAnswer)
        return replies.removeFirst()
    }

    func refused(_ question: Question, reason: Localized) -> Bool {
        refusals.append(reason.en)
        return retry
    }

    var committedTypes: [String] {
        messages.flatMap { message -> [String] in
            if case .committed(let events) = message { return events.map(\.kind.type) }
            return []
        }
    }
}

struct NoFiles: AttachmentSource {
    func read(_ path: String) -> Result<[UInt8], AttachmentProblem> {
        path == "surat.pdf" ? .success(Array("%PDF-1.4 surat".utf8)) : .failure(AttachmentProblem(Localized(verbatim: "no such file: \(path)")))
    }
}

struct Harness {
    let sop: SOP
    let bytes: [UInt8]
    let store = InMemoryCaseStore()
    let clock = FixedClock(Fixtures.monday)

    init(_ pair: (SOP, [UInt8])) {
        (sop, bytes) = pair
    }

    var revision: SOPRevision {
        SOPRevision(content: bytes, nomor: sop.nomor, judul: sop.judul, revisionDate: "-", path: sop.file, savedAt: clock.now())
    }

    func start(_ prompter: Prompter, roles: [String], name: String = "budi") throws -> CaseSession {
        try CaseSession.start(revision: revision, engine: Engine(sop: sop), store: store, clock: clock, prompter: prompter,
                              attachments: NoFiles(), actor: Operator(name: name, roles: roles))
    }

    func resume(_ id: CaseID, _ prompter: Prompter, roles: [String], name: String = "sari") throws -> CaseSession {
        try CaseSession(caseID: id, engine: Engine(sop: sop), store: store, clock: clock, prompter: prompter,
                        attachments: NoFiles(), actor: Operator(name: name, roles: roles))
    }
}

func answers(_ texts: String...) -> [Reply] { texts.map { .answer($0) } }

/// A case driven by engine commands on a fixed clock, without a session: one operator playing
/// `roles`, the clock moved on by hours or minutes before each command.
struct CommandRun {
    let engine: Engine
    var state: CaseState
    var time = Fixtures.monday
    let actor: Operator

    init(_ sop: SOP, roles: [String]) {
        engine = Engine(sop: sop, calendar: .standard)
        state = CaseState(id: CaseID("\(sop.nomor)-2026-000001"))
        actor = Operator(name: "x", roles: roles)
        let started = CaseEvent.CaseStarted(nomor: sop.nomor, judul: sop.judul, revision: "r", revisionDate: "-", file: "f")
        apply(engine.start(started, by: roles[0], at: time))
    }

    mutating func apply(_ kinds: [CaseEvent.Kind]) {
        for (offset, kind) in kinds.enumerated() {
            state.apply(CaseEvent(sequence: state.lastSequence + 1 + offset, at: time, operatorName: "x", role: nil, kind: kind))
        }
    }

    mutating func run(_ command: Command, afterHours hours: Double = 0) throws {
        try run(command, afterSeconds: hours * 3600)
    }

    mutating func run(_ command: Command, afterMinutes minutes: Double) throws {
        try run(command, afterSeconds: minutes * 60)
    }

    private mutating func run(_ command: Command, afterSeconds seconds: TimeInterval) throws {
        time = time.addingTimeInterval(seconds)
        apply(try engine.execute(command, on: state, by: actor, at: time))
    }

    /// The step's open visit, else its latest done one.
    func visit(_ step: String) -> StepVisit? {
        state.active.first { $0.step == step } ?? state.completed.last { $0.step == step }
    }

    func done(_ step: String) -> [StepVisit] { state.completed.filter { $0.step == step } }
}
