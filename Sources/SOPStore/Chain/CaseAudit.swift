import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// What `sop db verify` checks of a case against the SOP revision it is pinned to, beyond its
/// chain and derived rows: that each event was written in the role the revision gives its step
/// (as `sop run` and the PostgreSQL server's check write them), that only the role of a waiting
/// step paused, resumed or cancelled the case, and that its lookup row (title, tracking code, search
/// keys) is what its events say.
///
/// A step's role: its performer when staff, else the recorder the SOP names; a non-staff step
/// without one is recorded by whoever handled the case before (`Engine.handlingRole`), which only
/// the events say, so only its later events are checked against it.
public struct PinnedRevisionAudit {
    let engine: Engine

    public init?(_ revision: ArchivedRevision) {
        guard let sop = SOPLoader.load(bytes: revision.content, path: revision.path).sop else { return nil }
        engine = Engine(sop: sop)
    }

    typealias Words = Catalog.TamperEvidence

    /// The role the revision gives a step whatever came before; nil when it depends on that.
    func fixedRole(of step: Step) -> String? {
        if engine.facts.actor(step.performer.value)?.kind.operatesSystem == true { return step.performer.value }
        guard let index = engine.graph.index(of: step.id.value) else { return nil }
        return engine.sop.recorder(of: index)
    }

    /// The audit of the revision an engine runs (`sop case`, the web desk's case page).
    public init(engine: Engine) { self.engine = engine }

    /// What the role check finds of one event (`roleFindings`).
    enum RoleFinding {
        case stepNotInRevision(step: String)
        case stepStartedInRole(step: String, role: String, expected: String)
        case eventInOtherRole(type: String, step: String, role: String, expected: String)
        case stepNotStarted(type: String, step: String)
        case stopInOtherRole(type: String, role: String, waiting: [String])
        /// A step started with other joint roles (`bersama`) than its revision gives it.
        case jointRolesDiffer(step: String, joint: [String], expected: [String])

        var message: Localized {
            switch self {
            case .stepNotInRevision(let step): Words.stepNotInRevision(step)
            case .stepStartedInRole(let step, let role, let expected): Words.stepStartedInRole(step, role: role, expected: expected)
            case .eventInOtherRole(let type, let step, let role, let expected): Words.eventInOtherRole(type, step: step, role: role, expected: expected)
            case .stepNotStarted(let type, let step): Words.stepNotStarted(type, step: step)
            case .stopInOtherRole(let type, let role, let waiting): Words.stopInOtherRole(type, role: role, waiting: waiting)
            case .jointRolesDiffer(let step, let joint, let expected): Words.jointRolesDiffer(step, joint: joint, expected: expected)
            }
        }
    }

    /// Events written in a role other than their step's, steps started in a role the revision does
    /// not give them, and pauses, resumes or cancellations by a role with no step waiting (kind
    /// `waitingRole`: a seal may acknowledge them, `ChainVerifier.acknowledgeWaitingRoles`).
    func roleBreaks(caseID: String, _ events: [CaseEvent]) -> [ChainBreak] {
        roleFindings(events).map { found in
            if case .stopInOtherRole = found.finding {
                return .init(caseID: caseID, sequence: found.sequence, kind: .waitingRole(found.finding.message))
            }
            return .init(caseID: caseID, sequence: found.sequence, kind: .derived(found.finding.message))
        }
    }

    /// The events written (or steps started) in a role other than their step's, with the step's
    /// role: what `sop case` marks in the timeline, from the same check as `sop db verify`.
    public func otherRole(_ events: [CaseEvent]) -> [Int: String] {
        var found: [Int: String] = [:]
        for (sequence, finding) in roleFindings(events) {
            switch finding {
            case .stepStartedInRole(_, _, let expected), .eventInOtherRole(_, _, _, let expected): found[sequence] = expected
            default: continue
            }
        }
        return found
    }

    private func roleFindings(_ events: [CaseEvent]) -> [(sequence: Int, finding: RoleFinding)] {
        var findings: [(sequence: Int, finding: RoleFinding)] = []
        // Per step: the role of its latest visit, its joint roles (`bersama`, in which it may be
        // worked on too: tester 28's F17), and whether that visit is still open.
        var visits: [String: (role: String, joint: [String], open: Bool)] = [:]
        func inOtherRole(_ latest: (role: String, joint: [String], open: Bool), _ role: String) -> Bool {
            latest.open && latest.role != role && !latest.joint.contains(role)
        }
        // The visits a branch correction closes in the same write (tester 34, F3).
        var correcting: (at: Date, operatorName: String, steps: Set<String>)?
        for event in events {
            func broken(_ finding: RoleFinding) { findings.append((event.sequence, finding)) }
            let role = event.role ?? ""
            let type = event.kind.type
            switch event.kind {
            case .stepStarted(let started):
                guard let step = engine.sop.step(started.step) else {
                    broken(.stepNotInRevision(step: started.step))
                    continue
                }
                if let expected = fixedRole(of: step), expected != started.role {
                    broken(.stepStartedInRole(step: started.step, role: started.role, expected: expected))
                } else if let latest = visits[started.step], latest.open, latest.role != started.role {
                    broken(.stepStartedInRole(step: started.step, role: started.role, expected: latest.role))
                }
                // The joint roles a start carries are the revision's for the step: a start written by
                // hand with others would let them act in it. A start without them (written before
                // sop knew them) lets only the step's own role act.
                let joint = started.joint ?? []
                if started.joint != nil, case let expected = engine.jointRoles(of: step, role: started.role), joint != expected {
                    broken(.jointRolesDiffer(step: started.step, joint: joint, expected: expected))
                }
                visits[started.step] = (started.role, joint, true)
            case .joinArrived, .caseStarted, .caseCompleted:
                continue
            case .casePaused, .caseResumed, .caseCancelled:
                // The rule of the engine (`Engine.resumeRefusal`), the SQLite store's check and the
                // PostgreSQL server's (v14 for a pause or a cancellation, v25 for a resume): the role
                // of a step open at that moment.
                let waiting = visits.values.filter(\.open).map(\.role)
                if !waiting.contains(role) { broken(.stopInOtherRole(type: type, role: role, waiting: Array(Set(waiting)).sorted())) }
            case .answerCorrected(let correction):
                // A correction amends the step's latest visit, active or done. Of a done step it was
                // written (before issue 11's fix) in the first role its operator held, which need not
                // be the step's: only an open step's correction is held to the step's role.
                guard let latest = visits[correction.step] else {
                    broken(.stepNotStarted(type: type, step: correction.step))
                    continue
                }
                if inOtherRole(latest, role) {
                    broken(.eventInOtherRole(type: type, step: correction.step, role: role, expected: latest.role))
                }
            case .branchCorrected(let corrected):
                // Only in the role that took the decision (its latest visit's, done); it closes, in
                // the same write, the visits its wrong branch started, in whatever role they wait.
                guard let latest = visits[corrected.step] else {
                    broken(.stepNotStarted(type: type, step: corrected.step))
                    continue
                }
                if latest.role != role, !latest.joint.contains(role) {
                    broken(.eventInOtherRole(type: type, step: corrected.step, role: role, expected: latest.role))
                }
                correcting = (event.at, event.operatorName, Set(corrected.closed))
            case .noteAdded(let note):
                guard let step = note.step, let latest = visits[step], inOtherRole(latest, role) else { continue }
                broken(.eventInOtherRole(type: type, step: step, role: role, expected: latest.role))
            case .kelengkapanChecked, .fieldAnswered, .outputRecorded, .branchChosen, .stepCompleted:
                guard let step = event.kind.step else { continue }
                guard let latest = visits[step] else {
                    broken(.stepNotStarted(type: type, step: step))
                    continue
                }
                var closedByCorrection = false
                if case .stepCompleted(let done) = event.kind, done.skipped != nil, let correcting, correcting.at == event.at,
                   correcting.operatorName == event.operatorName, correcting.steps.contains(step) {
                    closedByCorrection = true
                }
                if inOtherRole(latest, role), !closedByCorrection {
                    broken(.eventInOtherRole(type: type, step: step, role: role, expected: latest.role))
                }
                if case .stepCompleted = event.kind { visits[step]?.open = false }
            }
        }
        return findings
    }

    /// The case's lookup row against its events: title, tracking code, search keys. A SQLite store
    /// writes the row with the case row (a step starting or ending, the status changing, a
    /// correction), not with each answer (`SQLiteCaseStore.movesLookup`): a case left in the middle
    /// of a step holds the lookup of its last such event, which is as good as the latest.
    func lookupBreaks(caseID: String, state: CaseState, events: [CaseEvent], stored: CaseLookup?) -> [ChainBreak] {
        let latest = lookupBreaks(caseID: caseID, state: state, stored: stored)
        guard !latest.isEmpty, stored != nil,
              let last = events.lastIndex(where: { SQLiteCaseStore.movesLookup([$0]) }), last < events.count - 1 else { return latest }
        let written = CaseState(id: CaseID(caseID), events: Array(events[...last]))
        return lookupBreaks(caseID: caseID, state: written, stored: stored).isEmpty ? [] : latest
    }

    private func lookupBreaks(caseID: String, state: CaseState, stored: CaseLookup?) -> [ChainBreak] {
        guard let stored else { return [.init(caseID: caseID, sequence: 0, kind: .derived(Words.lookupMissing))] }
        var breaks: [ChainBreak] = []
        func derived(_ what: Localized, _ stored: String, _ fromEvents: String) {
            if let broken = ChainBreak.derived(caseID: caseID, what, stored: stored, events: fromEvents) { breaks.append(broken) }
        }
        // A title stored before free texts were masked (issue 11) differs only by what masking hides.
        let title = state.title(engine: engine)
        if stored.title != title, PersonalEcho.quoted(stored.title) != title { derived(Words.title, PersonalEcho.quoted(stored.title), title) }
        if let tracking = state.started?.tracking { derived(Words.tracking, stored.tracking ?? "-", tracking) }
        let keys = state.searchKeys(sop: engine.sop)
        if stored.searchKeys.sorted() != keys {
            // Counted, never printed: a search key is the hash of a NIK or phone number.
            let storedKeys = Set(stored.searchKeys), eventKeys = Set(keys)
            breaks.append(.init(caseID: caseID, sequence: 0, kind: .derived(Words.searchKeysDiffer(
                stored: storedKeys.subtracting(eventKeys).count, events: eventKeys.subtracting(storedKeys).count))))
        }
        return breaks
    }
}

/// Attachments named by events (an output given as @file, or a correction's): each must be
/// stored, with content whose SHA-256 is the one the event recorded.
struct AttachmentAudit {
    private var named: [String: [(caseID: String, sequence: Int, name: String)]] = [:]

    mutating func collect(caseID: String, _ events: [ArchivedEvent]) {
        for event in events where event.payload.contains("\"attachment\"") {
            guard let attachment = (try? event.event().kind)?.recordedAttachment?.attachment else { continue }
            named[attachment.sha256, default: []].append((caseID, event.sequence, attachment.name))
        }
    }

    func breaks(_ store: any VerifiableStore) throws(StoreError) -> [ChainBreak] {
        var breaks: [ChainBreak] = []
        for (sha256, uses) in named.sorted(by: { $0.key < $1.key }) {
            let stored = try store.checkedAttachment(sha256: sha256)
            if case .content = stored { continue }
            for use in uses {
                let message = stored == .missing ? Catalog.TamperEvidence.attachmentMissing(use.name, sha256: sha256)
                    : Catalog.TamperEvidence.attachmentChanged(use.name, sha256: sha256)
                breaks.append(.init(caseID: use.caseID, sequence: use.sequence, kind: .derived(message)))
            }
        }
        return breaks
    }
}

extension CaseID {
    /// (prefix, year, number) of an id made by `make`; nil for any other text.
    var parts: (prefix: String, year: Int, number: Int)? {
        let pieces = rawValue.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count >= 3, let number = Int(pieces[pieces.count - 1]), let year = Int(pieces[pieces.count - 2]) else { return nil }
        return (pieces.dropLast(2).joined(separator: "-"), year, number)
    }
}
