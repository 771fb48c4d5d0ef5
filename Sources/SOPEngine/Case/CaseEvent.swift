import Foundation

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
            case .stepCompleted: "step-completed"
            case .casePaused: "case-paused"
            case .caseResumed: "case-resumed"
            case .caseCancelled: "case-cancelled"
            case .caseCompleted: "case-completed"
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
    }

    public struct StepStarted: Codable, Sendable, Equatable {
        public var step: String
        public var visit: Int
        /// The staff role handling the step (its performer, or the staff member recording an
        /// external actor's step).
        public var role: String
        public var due: Date?
    }

    public struct KelengkapanCheck: Codable, Sendable, Equatable {
        public var step: String
        public var visit: Int
        public var item: String
        public var present: Bool
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

        public init(step: String, visit: Int, used: Double? = nil) {
            self.step = step
            self.visit = visit
            self.used = used
        }
    }

    public struct Reason: Codable, Sendable, Equatable {
        public var reason: String
    }
}

extension CaseEvent.Kind {
    /// The payload as JSON (the stored form, and what `--json` prints).
    public func payloadJSON() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Int64((date.timeIntervalSince1970 * 1000).rounded()))
        }
        func encode<T: Encodable>(_ value: T) -> Data { (try? encoder.encode(value)) ?? Data("{}".utf8) }
        switch self {
        case .caseStarted(let p): return encode(p)
        case .stepStarted(let p): return encode(p)
        case .kelengkapanChecked(let p): return encode(p)
        case .fieldAnswered(let p): return encode(p)
        case .outputRecorded(let p): return encode(p)
        case .branchChosen(let p): return encode(p)
        case .joinArrived(let p): return encode(p)
        case .noteAdded(let p): return encode(p)
        case .stepCompleted(let p): return encode(p)
        case .caseCancelled(let p): return encode(p)
        case .casePaused, .caseResumed, .caseCompleted: return Data("{}".utf8)
        }
    }

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
        default: throw .unknownType(type)
        }
    }
}
