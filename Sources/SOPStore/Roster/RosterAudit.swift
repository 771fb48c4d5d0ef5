import Foundation
import SOPCore
import SOPEngine

/// The roster's history as a hash chain, like the case events':
///
///     hash(n) = SHA-256( "sop-roster-v1\n" · f(sequence) · f(at) · f(by) · f(action) · f(operator)
///                        · f(role) · f(sop, "" for every SOP) · f(hash(n-1)) )
///
/// with f as in `EventChain` and hash(0) the empty text.
public enum RosterChain {
    public static let version = "sop-roster-v1\n"

    public static func hash(_ entry: RosterEntry, previous: String) -> String {
        var bytes = Array(version.utf8)
        for text in [String(entry.sequence), String(entry.at.milliseconds), entry.by, entry.action.rawValue, entry.operatorName,
                     entry.role, entry.sop ?? "", previous] {
            EventChain.field(text, into: &bytes)
        }
        return SHA256.hex(bytes)
    }
}

/// What `sop db verify` checks of the roster: its chain and sequences, that every entry was
/// allowed by the rules when it was made, that the holdings table is what the history says, and
/// that every event was written in a role its operator held at that time.
public struct RosterAudit {
    let history: [RosterEntry]
    /// Per operator, role and scope ("" for every SOP): the times of its grants and revocations.
    private var changes: [String: [(at: Date, granted: Bool)]] = [:]

    public init(history: [RosterEntry]) {
        self.history = history
        for entry in history {
            changes[Self.key(entry.operatorName, entry.role, entry.sop ?? ""), default: []].append((entry.at, entry.action == .grant))
        }
    }

    /// The roster's line in a seal's heads ("(roster) <sequence> <hash>"): never a case id.
    public static let sealHeadID = "(roster)"

    /// The head a seal signs for the roster: its last entry's hash; nil while it has none.
    public var sealHead: ChainSeal.Head? {
        guard let last = history.last, let hash = last.hash else { return nil }
        return ChainSeal.Head(caseID: Self.sealHeadID, sequence: last.sequence, hash: hash)
    }

    /// The hash stored at `sequence`, nil when the history is shorter.
    func hash(at sequence: Int) -> String? { history.first { $0.sequence == sequence }?.hash }

    /// What a seal's roster head says of the history now: cut short, or rewritten.
    static func sealBreak(_ head: ChainSeal.Head, stored: String?) -> ChainBreak? {
        guard stored != head.hash else { return nil }
        let what = stored == nil ? Catalog.Chain.truncated(sealed: head.sequence) : Catalog.Chain.sealMismatch
        return ChainBreak(caseID: "-", sequence: 0, kind: .derived(Catalog.Roster.located(head.sequence, what)))
    }

    static func key(_ operatorName: String, _ role: String, _ sop: String) -> String { operatorName + "\u{1}" + role + "\u{1}" + sop }

    /// The history, when its sequences and hash chain hold; else the refusal, located. Every
    /// command that acts on the roster reads it through this (a few rows: a hash each), so a grant
    /// inserted by hand with a hash that does not hold is neither shown nor obeyed.
    public static func verified(_ history: [RosterEntry]) throws(StoreError) -> [RosterEntry] {
        var previous = ""
        for (offset, entry) in history.enumerated() {
            let what: Localized? = entry.sequence != offset + 1 ? Catalog.Chain.gap(found: entry.sequence)
                : entry.hash != RosterChain.hash(entry, previous: previous) ? Catalog.Chain.hashMismatch : nil
            if let what { throw .unavailable(Catalog.TamperEvidence.rosterRefused(Catalog.Roster.located(offset + 1, what))) }
            previous = entry.hash ?? ""
        }
        return history
    }

    /// Breaks of the history itself, and of the stored holdings against it.
    public func historyBreaks(storedHoldings: [String]) -> [ChainBreak] {
        var breaks: [ChainBreak] = []
        var previous = ""
        var roster = Roster(history: [])
        for (offset, entry) in history.enumerated() {
            func broken(_ what: Localized) { breaks.append(.init(caseID: "-", sequence: 0, kind: .derived(Catalog.Roster.located(entry.sequence, what)))) }
            if entry.sequence != offset + 1 {
                broken(Catalog.Chain.gap(found: entry.sequence))
                return breaks
            }
            if entry.hash != RosterChain.hash(entry, previous: previous) {
                broken(Catalog.Chain.hashMismatch)
                return breaks
            }
            previous = entry.hash ?? ""
            if let refusal = roster.refusal(of: entry) { broken(Catalog.Roster.verifyRule(refusal.message(entry))) }
            roster.apply(entry)
        }
        let expected = roster.holdings.map { "\($0.operatorName)/\($0.role)/\($0.sop ?? "")" }.sorted()
        if storedHoldings.sorted() != expected {
            breaks.append(.init(caseID: "-", sequence: 0, kind: .derived(Catalog.Roster.verifyHoldings(
                stored: storedHoldings.sorted().joined(separator: ", "), history: expected.joined(separator: ", ")))))
        }
        return breaks
    }

    /// Whether the operator held the role for the SOP at that time (entries made at or before it).
    func held(_ operatorName: String, _ role: String, sop: String, at time: Date) -> Bool {
        // Neither the administrator's role nor the reader's is a role to act in (the store refuses both).
        guard !Roster.deskRoles.contains(role) else { return false }
        return [sop, ""].contains { scope in
            (changes[Self.key(operatorName, role, scope)] ?? []).last { $0.at <= time }?.granted ?? false
        }
    }

    /// Whether the operator might have been shown a case's personal data at that time
    /// (`PersonalUnmask`'s rule): anyone before the roster was in force; from then on the role
    /// administrator, or the holder of a role to act in for the case's SOP.
    ///
    /// `tolerance` (milliseconds): the moment is any within that much either side, the skew allowed
    /// between desk clocks (`ChainVerifier.clockTolerance`): a grant made at one desk and the data
    /// shown at once at another whose clock is 30 s behind is dated 30 s before the grant, and a
    /// revocation likewise, and neither is a finding. The answer can only turn true at the window's
    /// start or at one of the operator's grants inside it: those moments are asked.
    func mayUnmask(_ operatorName: String, sop: String, at time: Date, tolerance: Int64) -> Bool {
        let from = Date(milliseconds: time.milliseconds - tolerance), to = Date(milliseconds: time.milliseconds + tolerance)
        let grants = history.filter { $0.operatorName == operatorName && $0.action == .grant && $0.at > from && $0.at <= to }.map(\.at)
        return ([from] + grants).contains { mayUnmask(operatorName, sop: sop, at: $0) }
    }

    private func mayUnmask(_ operatorName: String, sop: String, at time: Date) -> Bool {
        guard let since = history.first?.at, time >= since else { return true }
        let roles = Set(history.filter { $0.operatorName == operatorName }.map(\.role))
        return (changes[Self.key(operatorName, Roster.adminRole, "")] ?? []).last { $0.at <= time }?.granted ?? false
            || roles.contains { held(operatorName, $0, sop: sop, at: time) }
    }

    /// Events written, once the roster was in force, in a role their operator did not hold.
    public func eventBreaks(_ archived: ArchivedCase) -> [ChainBreak] {
        archived.events.compactMap { event in
            guard !holds(event.operatorName, event.role, sop: archived.nomor, at: Date(milliseconds: event.at)) else { return nil }
            return ChainBreak(caseID: archived.id, sequence: event.sequence,
                              kind: .derived(Catalog.Roster.verifyNotHeld(event.operatorName, role: event.role ?? "")))
        }
    }

    /// The sequences of the events whose operator did not hold their role at their time, once the
    /// roster was in force (what `sop case` marks in the timeline).
    public func unheld(_ events: [CaseEvent], sop nomor: String) -> Set<Int> {
        Set(events.filter { !holds($0.operatorName, $0.role, sop: nomor, at: $0.at) }.map(\.sequence))
    }

    /// Whether an event at `at` was allowed by the roster: before its first entry anyone acted in
    /// any role; from then on only in a role held for every SOP or for the case's.
    private func holds(_ operatorName: String, _ role: String?, sop: String, at: Date) -> Bool {
        guard let since = history.first?.at, at >= since else { return true }
        return held(operatorName, role ?? "", sop: sop, at: at)
    }
}
