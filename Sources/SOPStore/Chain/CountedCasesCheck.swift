import SOPCore
import SOPEngine

extension ChainVerifier {
    /// What `sop report --periksa` checks of the cases it counts, read in batches as `run` reads
    /// them: each case's chain and derived rows, the SOP revision it follows (re-hashed, once per
    /// revision), the roster's history (its chain, its rules, its holdings) and every event's
    /// operator against the roster at the event's time, and, as verify does, each event's step role
    /// against the pinned revision.
    public static func breaks(of ids: [String], _ store: any VerifiableStore) throws(StoreError) -> [ChainBreak] {
        var found: [ChainBreak] = []
        var roster: RosterAudit?
        if let rosterStore = store as? RosterStore {
            let audit = RosterAudit(history: try rosterStore.rosterHistory())
            found += audit.historyBreaks(storedHoldings: try rosterStore.storedHoldings())
            roster = audit
        }
        var revisionOK: [String: Bool?] = [:]
        var audits: [String: PinnedRevisionAudit?] = [:]
        try eachCase(of: ids, store) { rows throws(StoreError) in
            let archived = pinned(rows.archived)
            if revisionOK[archived.revision] == nil {
                revisionOK[archived.revision] = .some(try revisionHolds(archived.revision, store))
            }
            // The same checks as verify's: with the pinned revision, each event's step role and the lookup row.
            let audit = try pinnedAudit(archived.revision, holds: revisionOK[archived.revision] ?? nil, store, cache: &audits)
            found += check(rows, pinned: audit)
            found += roster?.eventBreaks(archived) ?? []
            if let broken = revisionBreak(archived.id, archived.revision, holds: revisionOK[archived.revision] ?? nil) { found.append(broken) }
        } missing: { id in
            found.append(ChainBreak(caseID: id, sequence: 0, kind: .caseMissing))
        }
        // A pause, resume or cancellation in a role no waiting step had, acknowledged by a seal, is
        // not counted here either (verify prints it with ⚠ every time).
        var report = VerifyReport()
        report.breaks = found
        let seals = try store.seals()
        acknowledgeWaitingRoles(seals, key: nil, into: &report)
        // Beyond each counted case, what verify checks of the whole history a count could hide
        // (tester 35's M3): a case deleted (its number given, or its rows gone), and the stored
        // seals (their links, and the newest seal's heads against the events now).
        report.breaks += try numberingGaps(try store.caseIDs(), store: store)
        for id in try store.orphanCaseIDs() { report.breaks.append(.init(caseID: id, sequence: 0, kind: .caseMissing)) }
        if !seals.isEmpty {
            report.heads = try store.lastEventHeads()
            let accessLog = try (store as? PersonalAccessLog).map { log throws(StoreError) in AccessLogAudit(log: try log.personalAccessLog()) }
            try checkSeals(seals, of: store, only: nil, key: nil, roster: roster, accessLog: accessLog, times: [:], newestOnly: true,
                           into: &report)
        }
        return report.breaks
    }

    /// The case with the SOP and revision its first event names, never its case row's (which a
    /// desk's UPDATE could change).
    static func pinned(_ archived: ArchivedCase) -> ArchivedCase {
        var archived = archived
        if case .caseStarted(let started)? = try? archived.events.first?.event().kind {
            archived.nomor = started.nomor
            archived.revision = started.revision
        }
        return archived
    }

    /// The checks the pinned revision allows (each event's step role, the lookup row, the
    /// worklist's names), read once per revision; nil while the revision does not hold.
    static func pinnedAudit(_ revision: String, holds: Bool?, _ store: any VerifiableStore,
                            cache: inout [String: PinnedRevisionAudit?]) throws(StoreError) -> PinnedRevisionAudit? {
        guard holds == true else { return nil }
        if cache[revision] == nil { cache[revision] = .some(try store.archivedRevision(hash: revision).flatMap(PinnedRevisionAudit.init)) }
        return cache[revision] ?? nil
    }

    /// Whether the stored revision hashes to its name; nil when it is not stored.
    static func revisionHolds(_ hash: String, _ store: any VerifiableStore) throws(StoreError) -> Bool? {
        try store.archivedRevision(hash: hash).map { SHA256.hex($0.content) == hash }
    }

    /// The case's break for a revision that does not hold (false) or is not stored (nil).
    static func revisionBreak(_ caseID: String, _ hash: String, holds: Bool?) -> ChainBreak? {
        switch holds {
        case false?: ChainBreak(caseID: caseID, sequence: 0, kind: .revisionMismatch(hash))
        case nil: ChainBreak(caseID: caseID, sequence: 0, kind: .revisionMissing(hash))
        default: nil
        }
    }
}
