import Foundation
import SOPCore
import SOPModel

/// The session's only way to talk to people: a terminal, an answers file, or a test.
public protocol Prompter: AnyObject {
    func show(_ message: SessionMessage)
    func ask(_ question: Question) -> Reply
    /// An answer was refused for `reason`: true to ask again (a person at a terminal), false
    /// to stop (a script, whose answers cannot change).
    func refused(_ question: Question, reason: Localized) -> Bool
}

public struct Question: Sendable {
    public enum Kind: Sendable {
        case kelengkapan(Kelengkapan)
        case field(FormField)
        case output(String)
        case branch(Decision)
        /// Nothing left to give: confirm the step is done.
        case complete
    }

    public let kind: Kind
    public let step: Step
    public let visit: StepVisit
    /// The Kelengkapan and Output the step belongs to: its own, or its printed row's.
    public var cells = MutuBaku()
    /// False when another box of the row asks the row's Kelengkapan (its first) or Output (its last).
    public var asksKelengkapan = true
    public var asksOutput = true
    /// In a row whose Output items name their box (`oleh`): the items this box produces (asked
    /// here, when it is done) and the row's items no box claims (asked at the last box).
    public var boxOutput: BoxOutput? = nil
    /// The Keterangan shown: the box's own, else its printed row's (`SOP.keteranganLine(of:)`).
    public var keterangan: String? = nil
    /// The merged cells (Kelengkapan, Output, Waktu) this step lies in that the desk takes at
    /// another row of the cell, each with what the desk says of it (`SOP.note`).
    public var mergedElsewhere: [(cell: MergedCellElsewhere, note: Localized)] = []
    /// A decision's exits as the desk offers them (`SOP.deskExits`); empty: the branches as written.
    public var exits: [DeskExit] = []
    /// A form field asked again on a later pass of its row (a loop back): the previous pass's
    /// answer, which an empty answer (Enter) keeps (tester 16, finding 10). Nil on a first pass.
    public var previous: String? = nil
}

public enum Reply: Sendable, Equatable {
    case answer(String)
    case command(SessionCommand)
    /// No more input (Ctrl-D, or the end of an answers file): the case stays as it is.
    case endOfInput
    /// The input cannot answer this question (an answers file that does not fit the case).
    case invalidInput(Localized)
}

/// What can be typed at any prompt besides an answer.
public enum SessionCommand: Sendable, Equatable {
    case help
    case note(String)
    case pause
    case cancel(String)
    /// Leave out an optional step, with the reason (`/lewati ALASAN`).
    case skip(String)
}

public enum SessionMessage: Sendable {
    case caseOpened(CaseHeader)
    case stepOpened(StepHeader)
    case kelengkapanMissing(item: String, required: Bool)
    /// Said before an answer is kept: a date already past for a standard due by it.
    case warning(Localized)
    case attachmentSaved(CaseEvent.Attachment)
    case noteSaved
    case stepDone(StepDone)
    /// The next step waits in another role's worklist.
    case handedOff(step: String, role: String, roleName: String, due: Date?)
    /// Nothing here for this operator: the case waits for these roles.
    case waiting([(step: String, role: String, roleName: String)])
    case caseCompleted(CaseState)
    case caseCancelled(reason: String)
    /// An optional step was left out.
    case skipped(step: String, reason: String)
    case casePaused
    /// A paused case was resumed by this operator: the line that says so (who paused it, when).
    case pauseEnded(Localized)
    /// Input ended; the case is left as it is.
    case stopped
    /// Another terminal changed the case first; the session reloaded it.
    case staleReloaded
    /// What another desk wrote on this step (or to the whole case) before this desk's write.
    case otherDeskAnswered([CaseEvent])
    case help
    /// An answer given without a person typing it (from an answers file), shown for the record.
    case answered(Question, String)
    /// Events just made durable (for observers such as --json).
    case committed([CaseEvent])
}

public struct CaseHeader: Sendable {
    public let caseID: CaseID
    public let nomor: String
    public let judul: String
    public let revision: String
    public let revisionDate: String
    public let operatorName: String
    public let roleNames: [String]
    public let resumed: Bool
}

public struct StepHeader: Sendable {
    public let step: Step
    /// 1-based printed row and the number of printed rows (boxes sharing a `no` are one row).
    public let position: Int
    public let total: Int
    /// The printed number of the table's last row, when it has one: "Kegiatan 3.b dari 9" counts
    /// as the document numbers, not "dari 10" printed rows (tester 10, finding 9).
    public var lastNumber: String? = nil
    /// The row as printed: its `no`, or "tanpa nomor (sesudah 5)" (see `SOP.printedRowLabel`).
    public var rowLabel: (id: String, en: String)? = nil
    /// The actor whose box this is, when the row has several boxes.
    public var part: String? = nil
    /// In an SOP of several tables, the table (1-based) and its heading; `position` and
    /// `total` then count that table's own rows.
    public var table: (number: Int, title: String?)? = nil
    public let visit: Int
    public let performerName: String
    public let performerIsStaff: Bool
    public let recordedBy: String
    public let involvedNames: [String]
    public let used: TimeInterval
    public let due: Date?
    /// The Waktu cell the step is timed by: its own, or its row's (written on the row's first box).
    public var waktu: Waktu? = nil
    /// The items a per-item standard counted ("× 3"); nil for any other standard.
    public var items: Int? = nil
    /// The standard the case chose (`waktu_baku: {menurut}`), when it chose one of its values.
    public var chosen: ConditionalWaktu.Choice? = nil
    /// The Kelengkapan and Output cells of the step: its own, or its row's.
    public var cells = MutuBaku()
    /// When the box continues a pass through its row: the start of the row's first box, which
    /// `used` and `due` count from.
    public var rowStarted: Date? = nil
    /// Whether this box asks the row's Kelengkapan (the first box of a pass) and its Output (the last).
    public var asksKelengkapan = true
    public var asksOutput = true
    /// In a row whose Output items name their box (`oleh`): the items this box produces, listed
    /// and asked here, and the row's items no box claims; another box's own items are not listed.
    public var boxOutput: BoxOutput? = nil
    /// The Keterangan shown: the box's own, else its printed row's (`SOP.keteranganLine(of:)`).
    public var keterangan: String? = nil
    /// The merged cells (Kelengkapan, Output, Waktu) this step lies in that the desk takes at
    /// another row of the cell, each with what the desk says of it (`SOP.note`).
    public var mergedElsewhere: [(cell: MergedCellElsewhere, note: Localized)] = []
    /// The case's title (`kasus: judul`), "" when the SOP names none.
    public var title = ""
    /// What earlier steps gave: the case at a glance for the desk that opens this step.
    public var soFar: [CaseFact] = []
}

public struct StepDone: Sendable {
    public let step: Step
    public let used: TimeInterval
    public let waktu: Waktu?
    /// Seconds within (positive) or over (negative) the standard; nil without a readable waktu.
    public let margin: TimeInterval?
    /// The items a per-item standard counted ("× 3"); nil for any other standard.
    public var items: Int? = nil
    /// The standard the case chose (`waktu_baku: {menurut}`), when it chose one of its values.
    public var chosen: ConditionalWaktu.Choice? = nil
    /// The verdict on the standard's own clock, when the step has one.
    public var clock: StepClock? = nil
    /// The actor's part, when the box was done while its row goes on (the row is judged at its last box).
    public var part: String? = nil
    /// Under a merged Waktu cell before its last row: the row the cell is judged at, and its due time.
    public var sharedCell: (judgedAt: String, due: Date?)? = nil
}

/// A completed step judged on its standard's own clock: what `sisa` and `MELEBIHI` are counted on.
public struct StepClock: Sendable, Equatable {
    /// The standard in seconds when it counts minutes and hours (service time or elapsed); nil
    /// for days, working days, weeks and months, which are told by their deadline.
    public var standardSeconds: TimeInterval?
    /// Seconds of the standard used (service time for menit, jam and hari kerja; pauses left out
    /// when the SOP stops the clock for them).
    public var used: TimeInterval
    /// The deadline, pauses added.
    public var due: Date
    /// Whether the step ended after its deadline.
    public var late: Bool
    /// Seconds the case stood paused during the step with the clock stopped.
    public var paused: TimeInterval
    /// When the step ended.
    public var end: Date
    public init(standardSeconds: TimeInterval?, used: TimeInterval, due: Date, late: Bool, paused: TimeInterval, end: Date) {
        self.end = end
        self.standardSeconds = standardSeconds
        self.used = used
        self.due = due
        self.late = late
        self.paused = paused
    }
}

public enum Outcome: Sendable, Equatable {
    case completed
    case cancelled
    case paused
    /// Steps remain, all for roles the operator does not play.
    case waiting
    /// Input ended before the case did; nothing was lost.
    case stopped
    /// An answer was refused and could not be asked again (a script): step label and reason.
    case failed(step: String, reason: Localized)
    /// The store could not be written or read.
    case storeFailed(Localized)
    /// The store's schema is no longer this sop's (a newer sop migrated it under the run):
    /// nothing more was written.
    case schemaRefused(Localized)
    /// The operator may not do what opening the case asked (resume a case paused for a role they
    /// do not hold): nothing was written.
    case refused(Localized)
}
