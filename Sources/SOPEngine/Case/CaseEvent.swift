import Foundation
import SOPCore

/// One entry of a case's append-only history. Sequences are gapless per case, from 1.
public struct CaseEvent: Sendable, Equatable {
    public var sequence: Int
    public var at: Date
    /// Who typed it (the login name or --operator).
    public var operatorName: String
    /// The staff role the operator played.
    public var role: String?
    public var kind: Kind

    public init(sequence: Int, at: Date, operatorName: String, role: String?, kind: Kind) {
        self.sequence = sequence
        self.at = at
        self.operatorName = operatorName
        self.role = role
        self.kind = kind
    }

    public enum Kind: Sendable, Equatable {
        case caseStarted(CaseStarted)
        case stepStarted(StepStarted)
        case kelengkapanChecked(KelengkapanCheck)
        case fieldAnswered(FieldAnswer)
        case outputRecorded(OutputRecord)
        case branchChosen(BranchChoice)
        case joinArrived(JoinArrival)
        case noteAdded(NoteText)
        case stepCompleted(StepCompletion)
        case casePaused
        case caseResumed
        case caseCancelled(Reason)
        case caseCompleted
        /// An earlier answer amended, with a reason: the original stays in the history.
        case answerCorrected(Correction)
        /// A decision's branch corrected, with a reason (tester 34, F3): the visits the wrong
        /// branch started, where nothing was recorded yet, are closed as corrected (each by its
        /// own `step-completed` with `skipped`, right after this event), and the corrected
        /// branch's target starts. The original choice stays in the history.
        case branchCorrected(BranchCorrection)

        /// The stable name stored with the event.
        public var type: String {
            switch self {
            case .caseStarted: "case-started"
            case .stepStarted: "step-started"
            case .kelengkapanChecked: "kelengkapan-checked"
            case .fieldAnswered: "field-answered"
            case .outputRecorded: "output-recorded"
            case .branchChosen: "branch-chosen"
            case .joinArrived: "join-arrived"
            case .noteAdded: "note-added"
            case .stepCompleted: Self.stepCompletedType
            case .casePaused: "case-paused"
            case .caseResumed: "case-resumed"
            case .caseCancelled: "case-cancelled"
            case .caseCompleted: "case-completed"
            case .answerCorrected: "answer-corrected"
            case .branchCorrected: Self.branchCorrectedType
            }
        }

        /// Whether the event changes which steps wait in worklists: a step starts or ends, or
        /// the case does.
        public var changesWorklist: Bool {
            switch self {
            case .stepStarted, .stepCompleted, .caseCompleted, .caseCancelled: true
            default: false
            }
        }

        /// Whether the event may change the case's title or search keys (an answer or its correction).
        public var changesLookup: Bool {
            switch self {
            case .fieldAnswered, .answerCorrected: true
            default: false
            }
        }

        /// Whether the event changes the case's status (paused, resumed, ended).
        public var changesStatus: Bool {
            switch self {
            case .casePaused, .caseResumed, .caseCompleted, .caseCancelled: true
            default: false
            }
        }

        /// The step an event belongs to, if any.
        public var step: String? {
            switch self {
            case .stepStarted(let p): p.step
            case .kelengkapanChecked(let p): p.step
            case .fieldAnswered(let p): p.step
            case .outputRecorded(let p): p.step
            case .branchChosen(let p): p.step
            case .joinArrived(let p): p.step
            case .noteAdded(let p): p.step
            case .stepCompleted(let p): p.step
            case .answerCorrected(let p): p.step
            case .branchCorrected(let p): p.step
            default: nil
            }
        }
    }

    public struct CaseStarted: Codable, Sendable, Equatable {
        public var nomor: String
        public var judul: String
        /// SHA-256 of the SOP file the case follows (its stored copy is pinned in the store).
        public var revision: String
        /// Tanggal revisi as printed ("-" when never revised).
        public var revisionDate: String
        public var file: String
        /// When the whole case falls due: the sum of the SOP's waktu, on the calendar.
        public var due: Date?
        /// The complainant's tracking code (`sop status`): random, not derived from the case id.
        public var tracking: String?
        /// In an SOP whose tables are alternative procedures: the table chosen (1-based) and its heading.
        public var table: Int?
        public var tableTitle: String?
    }

    public struct StepStarted: Codable, Sendable, Equatable {
        public var step: String
        public var visit: Int
        /// The staff role handling the step (its performer, or the staff member recording an
        /// external actor's step).
        public var role: String
        public var due: Date?
        /// When the box continues a pass through its printed row of several boxes: the start of
        /// the row's first box, which its Waktu counts from; nil for a row's first box (issue 10).
        public var rowStarted: Date? = nil
        /// The staff roles of the step's `bersama` actors (tester 28, F17): a holder of one of them
        /// may work on and complete the step too, in that role. Carried by the event because the
        /// server's check (PostgreSQL v27) and the stores' checks read the events, not the SOP.
        /// Nil (left out of the payload) when the step has none.
        public var joint: [String]? = nil
    }

    public struct KelengkapanCheck: Codable, Sendable, Equatable {
        public var step: String
        public var visit: Int
        public var item: String
        public var present: Bool
        /// A conditional item ("(apabila …)") that does not apply to this case: neither handed in
        /// nor missing (`present` is false). Absent from the payload otherwise.
        public var notApplicable: Bool? = nil
    }

    public struct FieldAnswer: Codable, Sendable, Equatable {
        public var step: String
        public var visit: Int
        public var field: String
        public var value: String
    }

    public struct Attachment: Codable, Sendable, Equatable {
        public var sha256: String
        public var name: String
        public var size: Int

        public init(sha256: String, name: String, size: Int) {
            self.sha256 = sha256
            self.name = name
            self.size = size
        }
    }

    public struct OutputRecord: Codable, Sendable, Equatable {
        public var step: String
        public var visit: Int
        public var item: String
        public var text: String
        public var attachment: Attachment?
    }

    public struct BranchChoice: Codable, Sendable, Equatable {
        public var step: String
        public var visit: Int
        public var label: String
        public var target: String
    }

    /// A parallel branch reached a join that still waits for others.
    public struct JoinArrival: Codable, Sendable, Equatable {
        public var step: String
        public var from: String
    }

    public struct NoteText: Codable, Sendable, Equatable {
        public var step: String?
        public var text: String
    }

    public struct StepCompletion: Codable, Sendable, Equatable {
        public var step: String
        public var visit: Int
        /// Seconds of its standard the step used, on the standard's own clock (service time for
        /// menit, jam and hari kerja; elapsed time otherwise); nil without a readable waktu.
        public var used: Double?
        /// Why the step was left out (an optional step skipped, an alternative not chosen, a step
        /// withdrawn when the case ended with an outcome); nil when it was done.
        public var skipped: String?
        /// The outcome the case ends with (`hasil_akhir`), when this step ends it.
        public var outcome: String?
        /// The outcome a decision's exit gives the case while its flow goes on (`hasil` on the
        /// exit, tester 26, finding 5): the case carries it to its end. Nil otherwise.
        public var branchOutcome: String?
        /// True when a box of a printed row of several boxes is done while its pass through the
        /// row goes on (another box open, or a separate path still on its way to one): a box of
        /// the row started next continues the pass (issue 10). Nil otherwise.
        public var rowOpen: Bool?
        /// The number of cases a collective run (`sop kolektif`) completed this step for at once,
        /// this one among them (tester 30, N2); nil when it was done in this case alone (and in
        /// every event written before collective runs were marked).
        public var collective: Int?

        public init(step: String, visit: Int, used: Double? = nil, skipped: String? = nil, outcome: String? = nil,
                    rowOpen: Bool? = nil, branchOutcome: String? = nil, collective: Int? = nil) {
            self.step = step
            self.visit = visit
            self.used = used
            self.skipped = skipped
            self.outcome = outcome
            self.rowOpen = rowOpen
            self.branchOutcome = branchOutcome
            self.collective = collective
        }
    }

    public struct Reason: Codable, Sendable, Equatable {
        public var reason: String
    }

    /// A corrected answer of a step visit: a kelengkapan item, a form field or an output.
    public struct Correction: Codable, Sendable, Equatable {
        public enum Target: String, Codable, Sendable, Equatable {
            case kelengkapan
            case field = "isian"
            case output
        }

        public var step: String
        public var visit: Int
        public var target: Target
        /// The item, field name or output name corrected.
        public var name: String
        /// The corrected value: "ya"/"tidak" for a kelengkapan item, the normalized field
        /// value, or the output's text.
        public var value: String
        public var attachment: Attachment?
        public var reason: String

        public init(step: String, visit: Int, target: Target, name: String, value: String, attachment: Attachment? = nil,
                    reason: String) {
            self.step = step
            self.visit = visit
            self.target = target
            self.name = name
            self.value = value
            self.attachment = attachment
            self.reason = reason
        }
    }
}

extension CaseEvent {
    /// A decision's branch corrected (`branch-corrected`): the decision's visit, the branch it
    /// takes now and the one it took, why, and the visits the wrong branch had started (closed
    /// right after, each by its own completion with a `skipped` reason: the stores' role checks
    /// let the corrector close exactly these, PostgreSQL's from v28).
    public struct BranchCorrection: Codable, Sendable, Equatable {
        public var step: String
        public var visit: Int
        public var label: String
        public var target: String
        public var previousLabel: String
        public var previousTarget: String
        public var reason: String
        /// The steps whose open visits the wrong branch started, closed as corrected.
        public var closed: [String]

        public init(step: String, visit: Int, label: String, target: String, previousLabel: String, previousTarget: String,
                    reason: String, closed: [String]) {
            self.step = step
            self.visit = visit
            self.label = label
            self.target = target
            self.previousLabel = previousLabel
            self.previousTarget = previousTarget
            self.reason = reason
            self.closed = closed
        }
    }
}

extension CaseEvent.Kind {
    /// The stored type of a decision's branch correction.
    public static let branchCorrectedType = "branch-corrected"

    // The stored payload: `payloadText` (CaseEvent+PayloadText.swift), the one encoder.

    public enum DecodingFailure: Error, Sendable { case unknownType(String), badPayload(String) }

    public static func decode(type: String, payload: Data) throws(DecodingFailure) -> CaseEvent.Kind {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .millisecondsSince1970
        func decode<T: Decodable>(_: T.Type) throws(DecodingFailure) -> T {
            do { return try decoder.decode(T.self, from: payload) } catch { throw .badPayload(type) }
        }
        switch type {
        case "case-started": return .caseStarted(try decode(CaseEvent.CaseStarted.self))
        case "step-started": return .stepStarted(try decode(CaseEvent.StepStarted.self))
        case "kelengkapan-checked": return .kelengkapanChecked(try decode(CaseEvent.KelengkapanCheck.self))
        case "field-answered": return .fieldAnswered(try decode(CaseEvent.FieldAnswer.self))
        case "output-recorded": return .outputRecorded(try decode(CaseEvent.OutputRecord.self))
        case "branch-chosen": return .branchChosen(try decode(CaseEvent.BranchChoice.self))
        case "join-arrived": return .joinArrived(try decode(CaseEvent.JoinArrival.self))
        case "note-added": return .noteAdded(try decode(CaseEvent.NoteText.self))
        case "step-completed": return .stepCompleted(try decode(CaseEvent.StepCompletion.self))
        case "case-paused": return .casePaused
        case "case-resumed": return .caseResumed
        case "case-cancelled": return .caseCancelled(try decode(CaseEvent.Reason.self))
        case "case-completed": return .caseCompleted
        case "answer-corrected": return .answerCorrected(try decode(CaseEvent.Correction.self))
        case branchCorrectedType: return .branchCorrected(try decode(CaseEvent.BranchCorrection.self))
        default: throw .unknownType(type)
        }
    }
}
