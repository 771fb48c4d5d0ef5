import Foundation
import SOPModel

extension CaseState {
    /// The listing row of this state, with names taken from the SOP the case follows. `lookup`:
    /// the title and search keys when the caller knows them unchanged (`mayChangeLookup`).
    public func projection(sop: SOP, lookup known: CaseLookup? = nil) -> CaseProjection? {
        projection(sop, lookup: known)
    }

    /// The same, with the names the engine keeps (the session's every answer).
    /// `title`: the title when the caller knows it unchanged (`mayChangeTitle`); `keys`: the
    /// search keys when the caller knows them unchanged (`mayChangeKeys`); the other computed again.
    public func projection(engine: Engine, lookup known: CaseLookup? = nil, title knownTitle: String? = nil,
                           keys knownKeys: [String]? = nil) -> CaseProjection? {
        projection(engine, lookup: known, title: knownTitle, keys: knownKeys)
    }

    func projection<Lookup: StepLookup>(_ sop: Lookup, lookup known: CaseLookup?, title knownTitle: String? = nil,
                                        keys knownKeys: [String]? = nil) -> CaseProjection? {
        guard let started, let startedAt, let updatedAt else { return nil }
        var projection = CaseProjection(
            nomor: started.nomor, judul: started.judul, revision: started.revision, status: status,
            startedAt: startedAt, updatedAt: updatedAt, lastSequence: lastSequence,
            // A joint row (`bersama`, tester 28's F17) waits in each of its roles' worklists.
            active: active.flatMap { visit in
                visit.waitingRoles.map { role in
                    CaseProjection.ActiveEntry(
                        step: visit.step, stepLabel: sop.stepLabel(visit.step) ?? visit.step,
                        visit: visit.visit, role: role, roleName: sop.roleName(role) ?? role,
                        startedAt: visit.startedAt, due: visit.due)
                }
            }, endedAt: endedAt, due: started.due)
        if let known {
            projection.lookup = known
        } else {
            // Only the fields the title names and the personal ones are read (`latestField`), not
            // every answer of the case (`latestFields`, which `sop db verify` derives them from).
            projection.lookup = CaseLookup(title: knownTitle ?? title(sop, fields: latestFields(named: sop.titleFields.map(\.value))),
                                           tracking: started.tracking, searchKeys: knownKeys ?? personalKeys(sop))
        }
        return projection
    }

    /// Whether these events may change the case's title or search keys: an answer to a field
    /// the title names or a personal one (NIK, phone), or a correction. Other answers leave
    /// them as they were, and they need not be computed again.
    public static func mayChangeLookup(_ events: [CaseEvent], sop: SOP) -> Bool { mayChangeLookup(events, sop) }

    /// The same, with the names the engine keeps.
    public static func mayChangeLookup(_ events: [CaseEvent], engine: Engine) -> Bool { mayChangeLookup(events, engine) }

    /// Whether these events may change the case's title: an answer to a field the title names,
    /// or a correction (a personal answer changes only the search keys).
    public static func mayChangeTitle(_ events: [CaseEvent], engine: Engine) -> Bool {
        events.contains { event in
            switch event.kind {
            case .fieldAnswered(let answer): engine.isTitleField(answer.field)
            case .answerCorrected: true
            default: false
            }
        }
    }

    static func mayChangeLookup<Lookup: StepLookup>(_ events: [CaseEvent], _ sop: Lookup) -> Bool {
        events.contains { event in
            switch event.kind {
            case .fieldAnswered(let answer): sop.isTitleField(answer.field) || mayChangeKeys(answer.field, sop)
            case .answerCorrected: true
            default: false
            }
        }
    }

    /// Whether these events may change the case's search keys: an answer to a personal field
    /// (or one the SOP does not name), or a correction (an answer to a title field alone does not).
    public static func mayChangeKeys(_ events: [CaseEvent], engine: Engine) -> Bool {
        events.contains { event in
            switch event.kind {
            case .fieldAnswered(let answer): mayChangeKeys(answer.field, engine)
            case .answerCorrected: true
            default: false
            }
        }
    }

    private static func mayChangeKeys<Lookup: StepLookup>(_ field: String, _ sop: Lookup) -> Bool {
        sop.formField(named: field)?.type.value.isSearchKey ?? true
    }
}
