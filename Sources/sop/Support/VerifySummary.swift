import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPStore

/// The closing lines of `sop db verify` in plain words an auditor can quote in a letter (tester
/// 11's F9 and F27): what holds, for which case and period, its chain head, and what the seals do
/// not cover yet.
struct VerifySummary {
    let report: VerifyReport
    let store: any VerifiableStore
    let time: TimeText

    /// The sentence that everything checked holds; with one case, its events, period and head.
    func holds(case only: String?) throws(StoreError) -> [Localized] {
        guard let only else { return [Catalog.Verify.storeHolds(cases: report.cases, events: report.events)] }
        let events = try store.events(of: CaseID(only))
        guard let first = events.first?.at, let last = events.last?.at else { return [] }
        let period = time.day(first) == time.day(last)
            ? time.day(first) + " " + time.clock(first) + "–" + time.clock(last) + " " + time.zoneName
            : time.dateTime(first) + " – " + time.dateTime(last)
        var lines = [Catalog.Verify.caseHolds(only, events: events.count, period: period)]
        if let head = report.heads.first(where: { $0.caseID == only }) {
            lines.append(Catalog.Verify.caseHead(head.hash, sequence: head.sequence))
        }
        return lines
    }

    /// With the key: how many cases the seals signed with it cover to their last event (a seal
    /// whose signature fails covers nothing: tester 35's m3), and which events, and which roster
    /// entries, are not under any such seal yet (at most `limit` cases named).
    func coverage(key: [UInt8], limit: Int = 10) throws(StoreError) -> [Localized] {
        var sealedUpTo: [String: Int] = [:]
        let seals = try store.seals()
        let signed = seals.filter { $0.signed(with: key) }
        for seal in signed {
            for head in seal.parsedHeads { sealedUpTo[head.caseID] = max(sealedUpTo[head.caseID] ?? 0, head.sequence) }
        }
        var open: [Localized] = []
        var covered = 0
        for head in report.heads.sorted(by: { $0.caseID < $1.caseID }) {
            switch sealedUpTo[head.caseID] {
            case nil: open.append(Catalog.Seals.notSealed(head.caseID, events: head.sequence))
            case let sealed? where sealed < head.sequence:
                open.append(Catalog.Seals.sealedUpTo(head.caseID, sealed: sealed, last: head.sequence))
            default: covered += 1
            }
        }
        // The roster's entries after its sealed head (they grant the roles events are checked by).
        var rosterOpen: Localized?
        if let roster = report.rosterHead, (sealedUpTo[RosterAudit.sealHeadID] ?? 0) < roster.sequence {
            rosterOpen = Catalog.Seals.rosterNotSealed(from: (sealedUpTo[RosterAudit.sealHeadID] ?? 0) + 1, through: roster.sequence)
        }
        var lines = [signed.count == seals.count
            ? Catalog.Seals.sealsCover(seals: report.seals, sealed: covered, of: report.heads.count)
            : Catalog.Seals.signedSealsCover(signed: signed.count, seals: seals.count, sealed: covered, of: report.heads.count)]
        lines += open.prefix(limit)
        if open.count > limit { lines.append(Catalog.Seals.moreNotSealed(open.count - limit)) }
        if let rosterOpen { lines.append(rosterOpen) }
        if !open.isEmpty || rosterOpen != nil { lines.append(Catalog.Seals.sealAdvice) }
        return lines
    }
}
