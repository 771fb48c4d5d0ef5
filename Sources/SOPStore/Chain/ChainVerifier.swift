import Foundation
import SOPCore
import SOPEngine

/// What `sop db verify` needs of a store, beyond `AdministeredStore`: every case's stored rows
/// in batches (each batch read in one consistent snapshot), rows that name no case, and the
/// seals of chain heads.
public protocol VerifiableStore: AdministeredStore {
    /// The case rows, events (with their hashes), worklist rows and step visits of these cases.
    func verificationRows(_ ids: [String]) throws(StoreError) -> [CaseRows]
    /// Case ids that events, worklist rows or step visits name without a case row.
    func orphanCaseIDs() throws(StoreError) -> [String]
    func seals() throws(StoreError) -> [ChainSeal]
    /// The tables verify reads that the store does not have (dropped or renamed), by name.
    func missingTables() throws(StoreError) -> [String]
    /// Stores a seal; returns its number.
    func saveSeal(_ seal: ChainSeal) throws(StoreError) -> Int
    /// Every case's last event (sequence and hash), by key: the heads a report states it was
    /// computed from, without walking the chains.
    func lastEventHeads() throws(StoreError) -> [ChainSeal.Head]
    /// Breaks of the rows the store keeps beside those `verificationRows` reads (PostgreSQL's
    /// guard rows, `sop_case_guard` and `sop_step_guard`), each table compared with what the
    /// events imply in one set-based statement over every case (or the one named): no round trip
    /// per case. Nil when this user may not read them (the report says so).
    func keptRowBreaks(only: String?) throws(StoreError) -> [ChainBreak]?
}

extension VerifiableStore {
    /// A store that keeps no rows beyond those `verificationRows` reads (SQLite).
    public func keptRowBreaks(only: String?) throws(StoreError) -> [ChainBreak]? { [] }
}

public struct CaseRows: Sendable {
    public var archived: ArchivedCase
    public var visits: [VisitRow]
    /// The case's `case_lookup` row (title, tracking code, search keys); nil when it has none.
    public var lookup: CaseLookup?

    public init(archived: ArchivedCase, visits: [VisitRow], lookup: CaseLookup? = nil) {
        self.archived = archived
        self.visits = visits
        self.lookup = lookup
    }
}

/// The heads of every chain at one moment, signed with a key kept outside the database.
///
///     heads  = one line per case, by case id: "<case id> <sequence> <hash>\n"
///     digest = SHA-256(heads)                          (printed, to be archived elsewhere)
///     mac    = HMAC-SHA256(key, "sop-seal-v1\n" · sealed_at · "\n" · heads)          (seals before 7-12-2026)
///
/// Since 7-12-2026 each seal also signs the seal made before it (its number and MAC), so that a
/// seal deleted between two others, or every seal before the newest, is a break (tester 35's M1):
///
///     mac    = "v2:" · previous id · ":" · previous MAC · ":" · HMAC-SHA256(key, "sop-seal-v2\n"
///              · previous id · " " · previous MAC · "\n" · sealed_at · "\n" · heads)
///
/// where the previous seal is the newest one stored when the seal was made ("0" and "-" for the
/// first), and its MAC is the hex HMAC alone (the last part of its `mac`).
public struct ChainSeal: Sendable, Equatable {
    public var id: Int
    public var sealedAt: Int64
    public var heads: String
    public var digest: String
    public var mac: String

    public init(id: Int = 0, sealedAt: Int64, heads: String, digest: String, mac: String) {
        self.id = id
        self.sealedAt = sealedAt
        self.heads = heads
        self.digest = digest
        self.mac = mac
    }

    /// A seal signed after `previous` (the newest seal stored; nil for a first seal).
    public init(sealedAt: Int64, heads: [Head], key: [UInt8], after previous: ChainSeal?) {
        let text = Self.text(heads)
        let link = Link(id: previous?.id ?? 0, mac: previous?.hmac ?? "-")
        let hmac = SHA256.hmacHex(key: key, Self.signed(sealedAt: sealedAt, heads: text, link: link))
        self.init(sealedAt: sealedAt, heads: text, digest: SHA256.hex(Array(text.utf8)), mac: "v2:\(link.id):\(link.mac):\(hmac)")
    }

    /// A seal as builds before 7-12-2026 made it (not linked to the seal before it).
    public init(sealedAt: Int64, heads: [Head], key: [UInt8]) {
        let text = Self.text(heads)
        self.init(sealedAt: sealedAt, heads: text, digest: SHA256.hex(Array(text.utf8)),
                  mac: SHA256.hmacHex(key: key, Self.signed(sealedAt: sealedAt, heads: text, link: nil)))
    }

    /// The seal a seal was made after, as it signs it: its number and its MAC.
    public struct Link: Sendable, Equatable {
        public var id: Int
        public var mac: String

        public init(id: Int, mac: String) {
            self.id = id
            self.mac = mac
        }
    }

    /// The seal this one was made after (nil for a seal made before seals were linked); id 0 for a first seal.
    public var link: Link? {
        let parts = mac.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "v2", let id = Int(parts[1]) else { return nil }
        return Link(id: id, mac: String(parts[2]))
    }

    /// The HMAC alone (what the next seal signs as this one's MAC).
    public var hmac: String { mac.split(separator: ":", omittingEmptySubsequences: false).last.map(String.init) ?? mac }

    public struct Head: Sendable, Equatable {
        public var caseID: String
        public var sequence: Int
        public var hash: String

        public init(caseID: String, sequence: Int, hash: String) {
            self.caseID = caseID
            self.sequence = sequence
            self.hash = hash
        }
    }

    public static func text(_ heads: [Head]) -> String {
        heads.sorted { $0.caseID < $1.caseID }.map { "\($0.caseID) \($0.sequence) \($0.hash)\n" }.joined()
    }

    static func signed(sealedAt: Int64, heads: String, link: Link?) -> [UInt8] {
        guard let link else { return Array("sop-seal-v1\n\(sealedAt)\n\(heads)".utf8) }
        return Array("sop-seal-v2\n\(link.id) \(link.mac)\n\(sealedAt)\n\(heads)".utf8)
    }

    /// True when the MAC is this seal's under `key` (for a linked seal, over the previous seal it names).
    public func signed(with key: [UInt8]) -> Bool {
        SHA256.hmacMatches(key: key, Self.signed(sealedAt: sealedAt, heads: heads, link: link), hex: hmac)
    }

    public var parsedHeads: [Head] {
        heads.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 3, let sequence = Int(parts[1]) else { return nil }
            return Head(caseID: String(parts[0]), sequence: sequence, hash: String(parts[2]))
        }
    }
}

public struct VerifyReport: Sendable {
    public var cases = 0
    public var events = 0
    public var revisions = 0
    public var breaks: [ChainBreak] = []
    /// The head of every chain read, for a seal or for the printed digest.
    public var heads: [ChainSeal.Head] = []
    /// The roster history's head (`RosterAudit.sealHead`), when it has entries and every case was read.
    public var rosterHead: ChainSeal.Head?
    public var seals = 0
    /// False when a table verify reads is missing: nothing else, the seals included, was read.
    public var sealsRead = true
    /// Entries in the roster's history.
    public var rosterEntries = 0
    /// The access log's head (`AccessLogAudit.sealHead`), when it has entries and every case was read.
    public var accessHead: ChainSeal.Head?
    /// Entries in the access log of unmasked personal data (refused attempts included).
    public var accessEntries = 0
    /// Findings of access-log entries whose chain holds that no seal acknowledges yet (also in
    /// `breaks`): what `sop db seal --akui-log-akses` may sign over, and nothing else.
    public var accessFindings: [ChainBreak] = []
    /// Findings of access-log entries under a seal made with `--akui-log-akses`: printed, not counted.
    public var acknowledged: [Localized] = []
    /// Pauses, resumes and cancellations in a role no waiting step had (kind `waitingRole`) that no
    /// seal acknowledges (also in `breaks`): what `sop db seal --akui-peran-jeda` may sign over.
    public var waitingRoleFindings: [ChainBreak] = []
    /// Those a seal covers (`ChainVerifier.acknowledgeWaitingRoles`): printed with ⚠, not counted.
    public var acknowledgedWaitingRoles: [Localized] = []
    /// For the newest seal: its digest recomputed from the events now at its sealed sequences.
    public var newestSealDigest: (id: Int, stored: String, recomputed: String)?
    /// What was not checked, and why (a desk user cannot read the guard rows): printed, never silent.
    public var notes: [Localized] = []

    public init() {}

    public var holds: Bool { breaks.isEmpty }
    /// What a seal signs: every case's head, the roster's and the access log's.
    public var sealedHeads: [ChainSeal.Head] { heads + [rosterHead, accessHead].compactMap { $0 } }
    public var headDigest: String { SHA256.hex(Array(ChainSeal.text(sealedHeads).utf8)) }
}

/// `sop db verify`: every chain, gap, revision hash, and every row derived from the events.
///
/// Every table of a store, and what verify does with it (SQLite v14 `.tables`; PostgreSQL v20
/// `\dt` after `sop db migrate`, the secrets in the schema's `_rahasia` twin):
///
/// - **Evidence** (its own hash names it): `case_event` (a hash chain per case, no gaps, no
///   forks); `sop_revision` (named by its SHA-256); `attachment` (the SHA-256 its event
///   recorded); `roster_event` (the roster's own chain); `personal_access` (the log of who saw
///   unmasked personal data, or tried to: its own chain, each entry dated after the one before it
///   and after its case's start, naming a case that exists, with a refusal code sop writes, data
///   shown only to an operator who then held a role for the case's SOP or the administrator's;
///   `AccessLogAudit`); `chain_seal` (heads signed with a key outside the database, `--kunci`;
///   append-only, like the others).
/// - **Derived from the events, compared with them**: `sop_case` (status, SOP number, title and
///   revision, start, end, due, last write; on SQLite also its `tasks` column, shown as the view
///   `case_task`); `case_task` (the worklist: step, visit, role, times, and the step's label and role's name
///   it displays, against the pinned revision); `step_visit` (every visit, its SOP number and revision,
///   times, who completed it); `case_lookup` (title, tracking code, search keys);
///   `case_counter` (no number given without its case, no case above it); `roster_holding`
///   (from `roster_event`); on PostgreSQL `sop_case_guard` and `sop_step_guard`, the rows the
///   server's roster check admits the next event by (`VerifiableStore.keptRowBreaks`, one
///   set-based statement per table).
/// - **Not case evidence, not checked**: `web_session`, `web_attempt` (logins and their
///   throttling), `operator_pin`, `operator_totp`, `operator_profile`, `web_gateway` (who may log
///   in, and how), `schema_migrations` / `grdb_migrations`.
public enum ChainVerifier {
    public static let batch = 2_000
    /// How far an event (or roster entry) may be dated before one recorded earlier, or before a
    /// seal made before it, without being reported as back-dated: the clock skew allowed between
    /// desks (and the machine that seals). Desks keep their clocks by NTP (within a second); one
    /// minute leaves room for a desk that syncs rarely, and a desk whose clock is further off is
    /// itself worth fixing (its times are evidence).
    public static let clockTolerance: Int64 = 60_000
    /// The tables verify reads on both stores (PostgreSQL has `case_task` too; SQLite keeps the
    /// worklist in the case row since its v11).
    public static let verifiedTables = ["sop_revision", "case_counter", "sop_case", "case_event", "attachment", "step_visit",
                                        "case_lookup", "chain_seal", "roster_event", "roster_holding", "personal_access"]

    /// Verifies every case (or the one named), the revisions they follow, and the seals; with
    /// `key`, each seal's signature too.
    /// `derived: false` checks the history alone (chains, gaps, numbering, revisions, seals), as
    /// `sop db copy` does before copying: the rows derived from it are derived again there.
    public static func run(_ store: any VerifiableStore, only: String? = nil, key: [UInt8]? = nil,
                           derived: Bool = true) throws(StoreError) -> VerifyReport {
        var report = VerifyReport()
        // A table dropped or renamed is named, before any query fails on it.
        let missing = try store.missingTables()
        guard missing.isEmpty else {
            report.breaks = missing.map { .init(caseID: "-", sequence: 0, kind: .derived(Catalog.TamperEvidence.tableMissing($0))) }
            report.sealsRead = false
            return report
        }
        var revisionOK: [String: Bool] = [:]
        for hash in try store.revisionHashes() where only == nil {
            let holds = try revisionHolds(hash, store) ?? false
            revisionOK[hash] = holds
            report.revisions += 1
        }
        var roster: RosterAudit?
        if let rosterStore = store as? RosterStore {
            roster = RosterAudit(history: try rosterStore.rosterHistory())
            // The roster decides whether a case's events were written by holders of their roles:
            // its breaks count for one case (`--case`) too.
            report.breaks += roster?.historyBreaks(storedHoldings: try rosterStore.storedHoldings()) ?? []
            report.rosterEntries = roster?.history.count ?? 0
            if only == nil { report.rosterHead = roster?.sealHead }
        }
        let accessLog = try (store as? PersonalAccessLog).map { log throws(StoreError) in AccessLogAudit(log: try log.personalAccessLog()) }
        report.accessEntries = accessLog?.log.count ?? 0
        if only == nil { report.accessHead = accessLog?.sealHead }
        // Each case's start (its first event) and SOP, for the access log's entries.
        var cases = AccessLogAudit.Cases(only: only)
        // Each case's event times, for the seals' check of entries dated before them (kept only
        // when there are seals: 8 bytes an event).
        let seals = try store.seals()
        let sealed = !seals.isEmpty
        var times: [String: [Int64]] = [:]
        let ids: [String]
        if let only { ids = [only] } else { ids = try store.caseIDs() }
        var audits: [String: PinnedRevisionAudit?] = [:]
        var attachments = AttachmentAudit()
        try eachCase(of: ids, store) { rows throws(StoreError) in
            report.cases += 1
            report.events += rows.archived.events.count
            if sealed { times[rows.archived.id] = rows.archived.events.map(\.at) }
            cases.starts[rows.archived.id] = rows.archived.events.first?.at ?? rows.archived.startedAt
            if let hash = rows.archived.events.last?.hash {
                report.heads.append(.init(caseID: rows.archived.id, sequence: rows.archived.events.count, hash: hash))
            }
            // The SOP and revision the case follows are what its first event says, never its
            // case row (which a desk's UPDATE could change).
            let archived = pinned(rows.archived)
            let revision = archived.revision
            cases.sops[archived.id] = archived.nomor
            if revisionOK[revision] == nil {
                revisionOK[revision] = try revisionHolds(revision, store)
                report.revisions += revisionOK[revision] == nil ? 0 : 1
            }
            let audit = derived ? try pinnedAudit(revision, holds: revisionOK[revision], store, cache: &audits) : nil
            report.breaks += check(rows, derived: derived, pinned: audit)
            report.breaks += roster?.eventBreaks(archived) ?? []
            if derived { attachments.collect(caseID: archived.id, archived.events) }
            if let broken = revisionBreak(rows.archived.id, revision, holds: revisionOK[revision]) { report.breaks.append(broken) }
        }
        if only == nil {
            for (hash, holds) in revisionOK.sorted(by: { $0.key < $1.key }) where !holds && !report.breaks.contains(where: {
                $0.kind == .revisionMismatch(hash)
            }) {
                report.breaks.append(.init(caseID: "-", sequence: 0, kind: .revisionMismatch(hash)))
            }
            report.breaks += try numberingGaps(ids, store: store)
            for id in try store.orphanCaseIDs() {
                report.breaks.append(.init(caseID: id, sequence: 0, kind: .caseMissing))
            }
        }
        // One case asked for and not there: a number already given is evidence of a deletion (a
        // break, as the whole store's check says), not an unknown case (tester 15's finding 10).
        if let only, report.cases == 0, let parts = CaseID(only).parts,
           try store.counters().contains(where: { $0.prefix == parts.prefix && $0.year == parts.year && $0.last >= parts.number }) {
            report.breaks.append(.init(caseID: only, sequence: 0, kind: .numberMissing))
        }
        report.breaks += try attachments.breaks(store)
        if let accessLog { audit(accessLog, cases: cases, roster: roster, seals: seals, key: key, into: &report) }
        if derived {
            if let kept = try store.keptRowBreaks(only: only) { report.breaks += kept } else { report.notes.append(Catalog.GuardRows.unreadable) }
        }
        try checkSeals(seals, of: store, only: only, key: key, roster: roster, accessLog: accessLog, times: times, into: &report)
        if derived { acknowledgeWaitingRoles(seals, key: key, into: &report) }
        return report
    }

    /// A pause, resume or cancellation in a role no waiting step had is a break, unless a seal
    /// covers it: one that counts (signed with `key` when there is one, its digest its heads'),
    /// naming the case at that sequence or later, while nothing else of the case is broken (so
    /// the sealed head still holds). A seal is made over such a finding only when asked (`sop db
    /// seal --akui-peran-jeda`), or was made by a build before 7-12-2026, which did not check a
    /// resume's role (any role held for the SOP could resume then): either way each stays printed.
    static func acknowledgeWaitingRoles(_ seals: [ChainSeal], key: [UInt8]?, into report: inout VerifyReport) {
        let findings = report.breaks.filter { if case .waitingRole = $0.kind { true } else { false } }
        guard !findings.isEmpty else { return }
        var covered: [String: (seal: Int, through: Int)] = [:]
        for seal in seals where (key.map { seal.signed(with: $0) } ?? true) && inconsistency(seal, parsed: seal.parsedHeads) == nil {
            for head in seal.parsedHeads where (covered[head.caseID]?.through ?? 0) < head.sequence {
                covered[head.caseID] = (seal.id, head.sequence)
            }
        }
        let otherwiseBroken = Set(report.breaks.filter { if case .waitingRole = $0.kind { false } else { true } }.map(\.caseID))
        for finding in findings {
            if let seal = covered[finding.caseID], seal.through >= finding.sequence, !otherwiseBroken.contains(finding.caseID) {
                report.breaks.removeAll { $0 == finding }
                report.acknowledgedWaitingRoles.append(Catalog.TamperEvidence.waitingRoleAcknowledged(finding.message, seal: seal.seal))
            } else {
                report.waitingRoleFindings.append(finding)
            }
        }
    }

    /// The access log's breaks, and its entries' findings: each under a seal that counts (signed
    /// with `key` when there is one) whose log head still holds is acknowledged (the seal was made
    /// with `--akui-log-akses`, since no seal is made over a finding without it), the others are breaks.
    static func audit(_ accessLog: AccessLogAudit, cases: AccessLogAudit.Cases, roster: RosterAudit?, seals: [ChainSeal],
                      key: [UInt8]?, into report: inout VerifyReport) {
        report.breaks += accessLog.chainBreaks()
        let (breaks, findings) = accessLog.entryChecks(cases, roster: roster)
        report.breaks += breaks
        let stored = Dictionary(accessLog.log.map { ($0.sequence, $0.hash ?? "") }) { a, _ in a }
        let covering: [(seal: Int, through: Int)] = seals.compactMap { seal in
            guard key.map({ seal.signed(with: $0) }) ?? true,
                  let head = seal.parsedHeads.first(where: { $0.caseID == AccessLogAudit.sealHeadID }), stored[head.sequence] == head.hash
            else { return nil }
            return (seal.id, head.sequence)
        }
        for (sequence, finding) in findings {
            if let seal = covering.first(where: { $0.through >= sequence }) {
                report.acknowledged.append(Catalog.AccessLog.acknowledged(finding.message, seal: seal.seal))
            } else {
                report.breaks.append(finding)
                report.accessFindings.append(finding)
            }
        }
    }

    /// What `sop case ID --akses` checks before it shows one case's entries, as verify checks the
    /// access log: the whole log's chain (a deleted or changed entry may have been this case's),
    /// this case's entries, and the seals' log heads. Nil when the log's table is missing.
    public static func accessLogCheck(of caseID: String, _ store: any VerifiableStore) throws(StoreError)
        -> (entries: [PersonalAccess], breaks: [ChainBreak], acknowledged: [Localized])? {
        let missing = try store.missingTables()
        guard !missing.contains("personal_access"), let logStore = store as? PersonalAccessLog else { return nil }
        let accessLog = AccessLogAudit(log: try logStore.personalAccessLog())
        var cases = AccessLogAudit.Cases(only: caseID)
        if let rows = try store.verificationRows([caseID]).first {
            let archived = pinned(rows.archived)
            cases.starts[caseID] = archived.events.first?.at ?? archived.startedAt
            cases.sops[caseID] = archived.nomor
        }
        let roster = missing.contains("roster_event") ? nil
            : try (store as? RosterStore).map { rosterStore throws(StoreError) in RosterAudit(history: try rosterStore.rosterHistory()) }
        let seals = missing.contains("chain_seal") ? [] : try store.seals()
        var report = VerifyReport()
        audit(accessLog, cases: cases, roster: roster, seals: seals, key: nil, into: &report)
        for seal in seals {
            guard let head = seal.parsedHeads.first(where: { $0.caseID == AccessLogAudit.sealHeadID }) else { continue }
            for found in accessLog.sealBreaks(head, seal: seal).breaks where !report.breaks.contains(found) { report.breaks.append(found) }
        }
        return (accessLog.log.filter { $0.caseID == caseID }, report.breaks, report.acknowledged)
    }

    /// The digest of every chain head as stored now (each case's last event, and the roster's):
    /// for an intact store, the digest `sop db verify` prints and `sop db seal` signs.
    public static func storedHeadDigest(_ store: any VerifiableStore) throws(StoreError) -> String {
        var heads = try store.lastEventHeads()
        if let roster = store as? RosterStore, let head = RosterAudit(history: try roster.rosterHistory()).sealHead { heads.append(head) }
        if let log = store as? PersonalAccessLog, let head = AccessLogAudit(log: try log.personalAccessLog()).sealHead { heads.append(head) }
        return SHA256.hex(Array(ChainSeal.text(heads).utf8))
    }

    /// Reads the cases' rows in batches of `batch` ids, handing each case's rows to `body` and
    /// each id the store has no case for to `missing`.
    static func eachCase(of ids: [String], _ store: any VerifiableStore, _ body: (CaseRows) throws(StoreError) -> Void,
                         missing: (String) -> Void = { _ in }) throws(StoreError) {
        var index = 0
        while index < ids.count {
            let chunk = Array(ids[index..<min(index + batch, ids.count)])
            index += chunk.count
            let rows = try store.verificationRows(chunk)
            for row in rows { try body(row) }
            let read = Set(rows.map(\.archived.id))
            for id in chunk where !read.contains(id) { missing(id) }
        }
    }

    /// Case numbers are given without gaps per prefix and year (`case_counter`): a number below
    /// the counter without its case is a deleted case.
    static func numberingGaps(_ ids: [String], store: any VerifiableStore) throws(StoreError) -> [ChainBreak] {
        let present = Set(ids)
        var breaks: [ChainBreak] = []
        let counters = try store.counters()
        for counter in counters where counter.last >= 1 {
            for number in 1...counter.last {
                let id = CaseID.make(prefix: counter.prefix, year: counter.year, sequence: number).rawValue
                if !present.contains(id) { breaks.append(.init(caseID: id, sequence: 0, kind: .numberMissing)) }
            }
        }
        // A case above its counter was never given its number: the counter was lowered (every new
        // case then fails on a number taken), or the case was inserted.
        var last: [String: Int] = [:]
        for counter in counters { last["\(counter.prefix) \(counter.year)"] = counter.last }
        for id in ids {
            guard let parts = CaseID(id).parts else { continue }
            let issued = last["\(parts.prefix) \(parts.year)"] ?? 0
            if parts.number > issued {
                breaks.append(.init(caseID: id, sequence: 0, kind: .derived(Catalog.TamperEvidence.numberNotIssued(last: issued))))
            }
        }
        return breaks
    }

    static func checkSeals(_ seals: [ChainSeal], of store: any VerifiableStore, only: String?, key: [UInt8]?, roster: RosterAudit?,
                           accessLog: AccessLogAudit? = nil, times: [String: [Int64]], newestOnly: Bool = false,
                           into report: inout VerifyReport) throws(StoreError) {
        report.seals = seals.count
        // A key file is written only by `sop db seal` when it makes a seal: a key given for a
        // store that holds none means its seals were deleted (or it is another database).
        if key != nil, seals.isEmpty { report.breaks.append(.init(caseID: "-", sequence: 0, kind: .derived(Catalog.Seals.keyWithoutSeals))) }
        report.breaks += linkBreaks(seals)
        let heads = Dictionary(report.heads.map { ($0.caseID, $0) }) { a, _ in a }
        var hashes: [String: [ArchivedEvent]] = [:]
        var sealBreaks: Set<String> = []
        var backDated = BackDatedAudit(times: times, roster: roster?.history ?? [])
        // `newestOnly` (`sop report --periksa`): the newest seal names every case sealed, each at
        // its latest sealed sequence; a cut or rewrite under an older seal shows under it too.
        for seal in newestOnly ? Array(seals.suffix(1)) : seals {
            if let key, !seal.signed(with: key) {
                report.breaks.append(.init(caseID: "-", sequence: 0, kind: .derived(Catalog.Chain.sealForged(seal.id))))
                continue
            }
            // A seal inconsistent with itself (its digest not the hash of its heads) was changed
            // outside sop: a break in either mode, for one case too.
            let parsed = seal.parsedHeads
            if let broken = inconsistency(seal, parsed: parsed) { report.breaks.append(broken) }
            backDated.check(seal, heads: parsed)
            var recomputed: [ChainSeal.Head] = []
            for head in parsed where only == nil || head.caseID == only {
                if head.caseID == RosterAudit.sealHeadID {
                    // The roster's head: its history must still hold the sealed hash at that sequence.
                    let stored = roster?.hash(at: head.sequence)
                    if let broken = RosterAudit.sealBreak(head, stored: stored) { report.breaks.append(broken) }
                    recomputed.append(.init(caseID: head.caseID, sequence: head.sequence, hash: stored ?? ""))
                    continue
                }
                if head.caseID == AccessLogAudit.sealHeadID {
                    // The access log's head (absent from seals made before it was chained).
                    let (broken, stored) = (accessLog ?? AccessLogAudit(log: [])).sealBreaks(head, seal: seal)
                    for found in broken where sealBreaks.insert(found.message.text(.en)).inserted { report.breaks.append(found) }
                    recomputed.append(.init(caseID: head.caseID, sequence: head.sequence, hash: stored))
                    continue
                }
                if heads[head.caseID] == nil, hashes[head.caseID] == nil {
                    hashes[head.caseID] = try store.verificationRows([head.caseID]).first?.archived.events ?? []
                }
                let events = hashes[head.caseID] ?? []
                // A head two seals cover is reported once; a case gone or cut short still counts
                // in the recomputed digest (as "-"), so that it differs from the stored one.
                func broken(_ kind: ChainBreak.Kind, at sequence: Int) {
                    let found = ChainBreak(caseID: head.caseID, sequence: sequence, kind: kind)
                    if sealBreaks.insert("\(head.caseID) \(sequence) \(found.message.text(.en))").inserted { report.breaks.append(found) }
                }
                guard !events.isEmpty || heads[head.caseID] != nil else {
                    broken(.caseMissing, at: 0)
                    recomputed.append(.init(caseID: head.caseID, sequence: head.sequence, hash: "-"))
                    continue
                }
                let stored = try storedHash(store, head, known: heads[head.caseID], cache: &hashes)
                guard let stored else {
                    // The case row had already recorded this end: the seal confirms that cut (↳).
                    if report.breaks.contains(where: { $0.caseID == head.caseID && $0.kind == .shorterThanRecorded(head.sequence) }) {
                        broken(.consequence(Catalog.Chain.truncated(sealed: head.sequence)), at: head.sequence)
                    } else {
                        broken(.truncated(sealed: head.sequence), at: head.sequence)
                    }
                    recomputed.append(.init(caseID: head.caseID, sequence: head.sequence, hash: "-"))
                    continue
                }
                if stored != head.hash { broken(.sealMismatch, at: head.sequence) }
                recomputed.append(.init(caseID: head.caseID, sequence: head.sequence, hash: stored))
            }
            if seal.id == seals.last?.id, only == nil {
                report.newestSealDigest = (seal.id, seal.digest, SHA256.hex(Array(ChainSeal.text(recomputed).utf8)))
            }
        }
        if let newest = seals.filter({ key == nil || $0.signed(with: key ?? []) }).max(by: { $0.sealedAt < $1.sealedAt }) {
            backDated.checkUnsealed(after: newest)
        }
        report.breaks += backDated.breaks
        // The digest the newest seal stores must be the one recomputed from the events now at its
        // sealed sequences: any difference is a break, never only a line before "utuh".
        if let newest = report.newestSealDigest, newest.stored != newest.recomputed, report.holds {
            report.breaks.append(.init(caseID: "-", sequence: 0, kind: .derived(
                Catalog.Seals.sealInconsistent(newest.id, stored: newest.stored, computed: newest.recomputed))))
        }
    }

    /// The breaks of the seals' own chain, in either mode: each linked seal names the seal made
    /// before it (its number and MAC), which must be the seal stored just before it. A seal
    /// deleted in the middle (or every seal before one) is reported at the seal that names it;
    /// the newest seals deleted leave nothing to name them (compare the archived digest).
    static func linkBreaks(_ seals: [ChainSeal]) -> [ChainBreak] {
        var breaks: [ChainBreak] = []
        for (index, seal) in seals.enumerated() {
            guard let link = seal.link else { continue }
            let before = index > 0 ? seals[index - 1] : nil
            let kind: Localized
            if link.id == 0 {
                guard let before else { continue }
                kind = Catalog.Seals.firstAfterOther(seal.id, before: before.id)
            } else if before?.hmac == link.mac {
                continue
            } else if let named = seals.first(where: { $0.hmac == link.mac }) {
                kind = Catalog.Seals.linkedElsewhere(seal.id, previous: named.id, storedAfter: before?.id)
            } else {
                kind = Catalog.Seals.previousDeleted(seal.id, previous: link.id)
            }
            breaks.append(.init(caseID: "-", sequence: 0, kind: .derived(kind)))
        }
        return breaks
    }

    /// The break of a seal whose stored digest is not the SHA-256 of its stored heads, or whose
    /// heads are not written as `sop db seal` writes them; nil when it is consistent.
    static func inconsistency(_ seal: ChainSeal, parsed: [ChainSeal.Head]) -> ChainBreak? {
        // The heads as a seal writes them (one line each, by case id, each ending in a newline).
        let written = ChainSeal.text(parsed)
        let computed = SHA256.hex(Array(written.utf8))
        guard computed != seal.digest || written != seal.heads else { return nil }
        return ChainBreak(caseID: "-", sequence: 0, kind: .derived(Catalog.Seals.sealInconsistent(seal.id, stored: seal.digest, computed: computed)))
    }

    /// The hash stored at the sealed sequence, nil when the log is shorter.
    static func storedHash(_ store: any VerifiableStore, _ head: ChainSeal.Head, known: ChainSeal.Head?,
                           cache: inout [String: [ArchivedEvent]]) throws(StoreError) -> String? {
        if let known, known.sequence == head.sequence { return known.hash }
        if cache[head.caseID] == nil { cache[head.caseID] = try store.verificationRows([head.caseID]).first?.archived.events ?? [] }
        let events = cache[head.caseID] ?? []
        return events.first { $0.sequence == head.sequence }?.hash
    }

    /// Every break of one case: its chain, then what its derived rows say against its events.
    /// Every break is reported, not only the first: the whole chain, then (when its events can be
    /// read) every derived row, and, with the pinned revision, each event's role and the lookup row.
    public static func check(_ rows: CaseRows, derived checkDerived: Bool = true,
                             pinned: PinnedRevisionAudit? = nil) -> [ChainBreak] {
        var archived = rows.archived
        let id = archived.id
        var breaks = EventChain.allBreaks(caseID: id, archived.events)
        // Events renumbered to the end after one inserted or deleted: a case row that records the
        // former last sequence agrees with the history before the edit, not an edit of its own.
        if case .renumbered(let through, _, let shift)? = breaks.last(where: \.isConsequence)?.kind,
           through == archived.events.last?.sequence, archived.lastSequence == through + shift {
            archived.lastSequence = through
        }
        // Dates are compared with the events whose hash holds: one event's time edited is its
        // hash break alone, not also a back-dating of every honest event after it (tester 35's m2).
        let altered = Set(breaks.filter { [.hashMismatch, .unhashed, .inserted].contains($0.kind) }.map(\.sequence))
        for late in BackDatedAudit.outOfOrder(archived.events.map { ($0.sequence, $0.at) }, untrusted: altered) {
            breaks.append(.init(caseID: id, sequence: late.sequence, kind: .derived(
                Catalog.Verify.dateBeforePrevious(stamp(late.at), previous: stamp(late.latest)))))
        }
        if archived.lastSequence > (archived.events.last?.sequence ?? 0) {
            breaks.append(.init(caseID: id, sequence: (archived.events.last?.sequence ?? 0) + 1,
                                kind: .shorterThanRecorded(archived.lastSequence)))
        }
        // Once the history's end is deleted, the case row, worklist and visits derived before the
        // cut disagree with it as a consequence; once an event is changed, the step visit that
        // carries its time or operator does: printed under the break (↳), not counted as edits of
        // their own, so that one edit reads as one. A status or due time forged besides is its own break.
        let cutEnd = breaks.first { if case .shorterThanRecorded = $0.kind { true } else { false } }
        let changed = breaks.first { [.hashMismatch, .unhashed].contains($0.kind) }
        guard !archived.events.isEmpty else { return breaks + [.init(caseID: id, sequence: 0, kind: .empty)] }
        let events: [CaseEvent]
        do {
            events = try archived.events.map { try $0.event() }
        } catch {
            return breaks + [.init(caseID: id, sequence: 0, kind: .unreadable("\(error)"))]
        }
        // sop writes nothing after a case ends but a correction (a note, an answer, a step is
        // refused once it is finished): such an event with a correct hash was written around sop.
        if let end = events.firstIndex(where: { if case .caseCompleted = $0.kind { true } else if case .caseCancelled = $0.kind { true } else { false } }) {
            for (index, event) in events.enumerated() where index > end {
                if case .answerCorrected = event.kind { continue }
                breaks.append(.init(caseID: id, sequence: archived.events[index].sequence, kind: .derived(
                    Catalog.TamperEvidence.afterCaseEnded(event.kind.type))))
            }
        }
        guard checkDerived else { return breaks }
        let state = CaseState(id: CaseID(id), events: events)
        func derived(_ what: Localized, _ stored: String, _ fromEvents: String, visit: Bool = false) {
            guard stored != fromEvents else { return }
            // Times are compared to the millisecond, and printed as dates only when they differ.
            if let broken = ChainBreak.derived(caseID: id, what, stored: readable(stored), events: readable(fromEvents)) { breaks.append(following(broken, visit: visit)) }
        }
        func following(_ broken: ChainBreak, visit: Bool = false) -> ChainBreak {
            guard let cut = cutEnd ?? (visit ? changed : nil), case .derived(let text) = broken.kind else { return broken }
            return ChainBreak(caseID: id, sequence: 0, kind: .consequence(Catalog.Verify.followsEdit(text, at: cut.sequence)))
        }
        func time(_ date: Date?) -> String { date.map { String($0.milliseconds) } ?? "-" }
        guard let started = state.started else { return [.init(caseID: id, sequence: 1, kind: .unreadable("case-started"))] }
        derived(Words.status, archived.status, state.status.rawValue)
        derived(Words.nomor, archived.nomor, started.nomor)
        derived(Catalog.GuardRows.judul, archived.judul, started.judul)
        derived(Words.revision, archived.revision, started.revision)
        derived(Words.startedAt, String(archived.startedAt), time(state.startedAt))
        derived(Words.endedAt, archived.endedAt.map(String.init) ?? "-", time(state.endedAt))
        derived(Words.caseDue, archived.dueAt.map(String.init) ?? "-", time(started.due))
        // The case row moves with the events that change the worklist or the status (and with
        // the first events): its last_sequence is the end of that write, at that event's time.
        let moving = events.lastIndex { $0.kind.changesWorklist || $0.kind.changesStatus } ?? 0
        var end = moving
        while end + 1 < events.count, events[end + 1].at == events[moving].at { end += 1 }
        if !(moving...end).contains(archived.lastSequence - 1) || archived.updatedAt != events[moving].at.milliseconds {
            derived(Words.lastWrite, "\(archived.lastSequence)@\(archived.updatedAt)", "\(events[end].sequence)@\(events[moving].at.milliseconds)")
        }
        // A joint row (`bersama`, F17) waits in each of its roles' worklists: one row per role.
        let expectedTasks = state.status.isFinished ? [] : state.active.flatMap { visit in
            visit.waitingRoles.map { "\(visit.step)#\(visit.visit) \($0) \(time(visit.startedAt)) \(time(visit.due))" }
        }
        let storedTasks = archived.tasks.map { "\($0.step)#\($0.visit) \($0.role) \($0.startedAt) \($0.dueAt.map(String.init) ?? "-")" }
        derived(Words.worklist, storedTasks.sorted().joined(separator: ", "), expectedTasks.sorted().joined(separator: ", "))
        // Step visits, as the events open and complete them.
        var visits: [String: VisitRow] = [:]
        for change in VisitChange.changes(of: events, caseID: CaseID(id), nomor: started.nomor, revision: started.revision) {
            switch change {
            case .started(let row, _): visits["\(row.step)#\(row.visit)"] = row
            case .completed(let step, let visit, let at, let by, let used):
                visits["\(step)#\(visit)"]?.completedAt = at
                visits["\(step)#\(visit)"]?.completedBy = by
                visits["\(step)#\(visit)"]?.used = used
            }
        }
        let stored = Dictionary(rows.visits.map { ("\($0.step)#\($0.visit)", $0) }) { a, _ in a }
        for key in Set(visits.keys).union(stored.keys).sorted() {
            switch (visits[key], stored[key]) {
            case (let expected?, nil): breaks.append(following(.init(caseID: id, sequence: 0, kind: .derived(Catalog.Chain.visitMissing(key))), visit: true))
                _ = expected
            case (nil, _?): breaks.append(following(.init(caseID: id, sequence: 0, kind: .derived(Catalog.Chain.visitExtra(key))), visit: true))
            case (let expected?, let row?):
                func text(_ v: VisitRow) -> String {
                    "\(v.role) \(time(v.startedAt)) \(time(v.due)) \(time(v.completedAt)) \(v.completedBy ?? "-") \(v.used.map { String($0) } ?? "-")"
                }
                derived(Words.visit(key), text(row), text(expected), visit: true)
                derived(Catalog.GuardRows.visitSOP(key), "\(row.nomor) \(row.revision)", "\(expected.nomor) \(expected.revision)")
            case (nil, nil): break
            }
        }
        if let pinned {
            breaks += pinned.roleBreaks(caseID: id, events)
            breaks += pinned.lookupBreaks(caseID: id, state: state, events: events, stored: rows.lookup)
            breaks += pinned.worklistNameBreaks(caseID: id, archived.tasks)
        }
        return breaks
    }

    typealias Words = Catalog.Chain.Derived

    /// A derived row's text with each time (milliseconds since 1970, 12 to 13 digits) written as a
    /// date in WIB to the millisecond (`30-11-2026 09.00.00,000 WIB`): what an auditor reads.
    static func readable(_ text: String) -> String {
        var out = "", digits = ""
        func flush() {
            if (12...13).contains(digits.count), let milliseconds = Int64(digits) { out += stamp(milliseconds) } else { out += digits }
            digits = ""
        }
        for character in text {
            if ("0"..."9").contains(character) { digits.append(character) } else { flush(); out.append(character) }
        }
        flush()
        return out
    }

    static func stamp(_ milliseconds: Int64) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Jakarta") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date(milliseconds: milliseconds))
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(two(parts.day))-\(two(parts.month))-\(parts.year ?? 0) \(two(parts.hour)).\(two(parts.minute)).\(two(parts.second)),"
            + String(format: "%03d", Int((milliseconds % 1000 + 1000) % 1000)) + " WIB"
    }
}

extension Localized {
    /// This text in Bahasa Indonesia, with the English of another.
    func withEnglish(_ other: Localized) -> Localized { Localized(id: id, en: other.en) }
}
