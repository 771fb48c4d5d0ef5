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
    /// Stores a seal; returns its number.
    func saveSeal(_ seal: ChainSeal) throws(StoreError) -> Int
}

public struct CaseRows: Sendable {
    public var archived: ArchivedCase
    public var visits: [VisitRow]

    public init(archived: ArchivedCase, visits: [VisitRow]) {
        self.archived = archived
        self.visits = visits
    }
}

/// The heads of every chain at one moment, signed with a key kept outside the database.
///
///     heads  = one line per case, by case id: "<case id> <sequence> <hash>\n"
///     digest = SHA-256(heads)                          (printed, to be archived elsewhere)
///     mac    = HMAC-SHA256(key, "sop-seal-v1\n" · sealed_at · "\n" · heads)
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

    public init(sealedAt: Int64, heads: [Head], key: [UInt8]) {
        let text = Self.text(heads)
        self.init(sealedAt: sealedAt, heads: text, digest: SHA256.hex(Array(text.utf8)),
                  mac: SHA256.hmacHex(key: key, Self.signed(sealedAt: sealedAt, heads: text)))
    }

    public struct Head: Sendable, Equatable {
        public var caseID: String
        public var sequence: Int
        public var hash: String
    }

    public static func text(_ heads: [Head]) -> String {
        heads.sorted { $0.caseID < $1.caseID }.map { "\($0.caseID) \($0.sequence) \($0.hash)\n" }.joined()
    }

    static func signed(sealedAt: Int64, heads: String) -> [UInt8] { Array("sop-seal-v1\n\(sealedAt)\n\(heads)".utf8) }

    public func signed(with key: [UInt8]) -> Bool {
        SHA256.hmacMatches(key: key, Self.signed(sealedAt: sealedAt, heads: heads), hex: mac)
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
    /// For the newest seal: its digest recomputed from the events now at its sealed sequences.
    public var newestSealDigest: (id: Int, stored: String, recomputed: String)?

    public init() {}

    public var holds: Bool { breaks.isEmpty }
    /// What a seal signs: every case's head and the roster's.
    public var sealedHeads: [ChainSeal.Head] { heads + (rosterHead.map { [$0] } ?? []) }
    public var headDigest: String { SHA256.hex(Array(ChainSeal.text(sealedHeads).utf8)) }
}

/// `sop db verify`: every chain, gap, revision hash, and every row derived from the events.
public enum ChainVerifier {
    public static let batch = 2_000

    /// Verifies every case (or the one named), the revisions they follow, and the seals; with
    /// `key`, each seal's signature too.
    /// `derived: false` checks the history alone (chains, gaps, numbering, revisions, seals), as
    /// `sop db copy` does before copying: the rows derived from it are derived again there.
    public static func run(_ store: any VerifiableStore, only: String? = nil, key: [UInt8]? = nil,
                           derived: Bool = true) throws(StoreError) -> VerifyReport {
        var report = VerifyReport()
        var revisionOK: [String: Bool] = [:]
        for hash in try store.revisionHashes() where only == nil {
            let holds = try store.archivedRevision(hash: hash).map { SHA256.hex($0.content) == hash } ?? false
            revisionOK[hash] = holds
            report.revisions += 1
        }
        var roster: RosterAudit?
        if let rosterStore = store as? RosterStore {
            roster = RosterAudit(history: try rosterStore.rosterHistory())
            if only == nil {
                report.breaks += roster?.historyBreaks(storedHoldings: try rosterStore.storedHoldings()) ?? []
                report.rosterHead = roster?.sealHead
            }
        }
        let ids: [String]
        if let only { ids = [only] } else { ids = try store.caseIDs() }
        var index = 0
        while index < ids.count {
            let chunk = Array(ids[index..<min(index + batch, ids.count)])
            index += chunk.count
            for rows in try store.verificationRows(chunk) {
                report.cases += 1
                report.events += rows.archived.events.count
                if let hash = rows.archived.events.last?.hash {
                    report.heads.append(.init(caseID: rows.archived.id, sequence: rows.archived.events.count, hash: hash))
                }
                report.breaks += check(rows, derived: derived)
                report.breaks += roster?.eventBreaks(rows.archived) ?? []
                let revision = rows.archived.revision
                if revisionOK[revision] == nil {
                    revisionOK[revision] = try store.archivedRevision(hash: revision).map { SHA256.hex($0.content) == revision }
                    report.revisions += revisionOK[revision] == nil ? 0 : 1
                }
                switch revisionOK[revision] {
                case false?: report.breaks.append(.init(caseID: rows.archived.id, sequence: 0, kind: .revisionMismatch(revision)))
                case nil: report.breaks.append(.init(caseID: rows.archived.id, sequence: 0, kind: .revisionMissing(revision)))
                default: break
                }
            }
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
        try checkSeals(store, only: only, key: key, roster: roster, into: &report)
        return report
    }

    /// Case numbers are given without gaps per prefix and year (`case_counter`): a number below
    /// the counter without its case is a deleted case.
    static func numberingGaps(_ ids: [String], store: any VerifiableStore) throws(StoreError) -> [ChainBreak] {
        let present = Set(ids)
        var breaks: [ChainBreak] = []
        for counter in try store.counters() where counter.last >= 1 {
            for number in 1...counter.last {
                let id = CaseID.make(prefix: counter.prefix, year: counter.year, sequence: number).rawValue
                if !present.contains(id) { breaks.append(.init(caseID: id, sequence: 0, kind: .numberMissing)) }
            }
        }
        return breaks
    }

    static func checkSeals(_ store: any VerifiableStore, only: String?, key: [UInt8]?, roster: RosterAudit?,
                           into report: inout VerifyReport) throws(StoreError) {
        let seals = try store.seals()
        report.seals = seals.count
        let heads = Dictionary(report.heads.map { ($0.caseID, $0) }) { a, _ in a }
        var hashes: [String: [ArchivedEvent]] = [:]
        for seal in seals {
            if let key, !seal.signed(with: key) {
                report.breaks.append(.init(caseID: "-", sequence: 0, kind: .derived(Catalog.Chain.sealForged(seal.id))))
                continue
            }
            var recomputed: [ChainSeal.Head] = []
            for head in seal.parsedHeads where only == nil || head.caseID == only {
                if head.caseID == RosterAudit.sealHeadID {
                    // The roster's head: its history must still hold the sealed hash at that sequence.
                    let stored = roster?.hash(at: head.sequence)
                    if let broken = RosterAudit.sealBreak(head, stored: stored) { report.breaks.append(broken) }
                    recomputed.append(.init(caseID: head.caseID, sequence: head.sequence, hash: stored ?? ""))
                    continue
                }
                if heads[head.caseID] == nil, hashes[head.caseID] == nil {
                    hashes[head.caseID] = try store.verificationRows([head.caseID]).first?.archived.events ?? []
                }
                let events = hashes[head.caseID] ?? []
                guard !events.isEmpty || heads[head.caseID] != nil else {
                    report.breaks.append(.init(caseID: head.caseID, sequence: 0, kind: .caseMissing))
                    continue
                }
                let stored = try storedHash(store, head, known: heads[head.caseID], cache: &hashes)
                guard let stored else {
                    report.breaks.append(.init(caseID: head.caseID, sequence: head.sequence, kind: .truncated(sealed: head.sequence)))
                    continue
                }
                if stored != head.hash { report.breaks.append(.init(caseID: head.caseID, sequence: head.sequence, kind: .sealMismatch)) }
                recomputed.append(.init(caseID: head.caseID, sequence: head.sequence, hash: stored))
            }
            if seal.id == seals.last?.id, only == nil {
                report.newestSealDigest = (seal.id, seal.digest, SHA256.hex(Array(ChainSeal.text(recomputed).utf8)))
            }
        }
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
    public static func check(_ rows: CaseRows, derived checkDerived: Bool = true) -> [ChainBreak] {
        let archived = rows.archived
        let id = archived.id
        if let broken = EventChain.firstBreak(caseID: id, archived.events) { return [broken] }
        if archived.lastSequence > archived.events.count {
            return [.init(caseID: id, sequence: archived.events.count + 1, kind: .shorterThanRecorded(archived.lastSequence))]
        }
        guard !archived.events.isEmpty else { return [.init(caseID: id, sequence: 0, kind: .empty)] }
        let events: [CaseEvent]
        do {
            events = try archived.events.map { try $0.event() }
        } catch {
            return [.init(caseID: id, sequence: 0, kind: .unreadable("\(error)"))]
        }
        guard checkDerived else { return [] }
        let state = CaseState(id: CaseID(id), events: events)
        var breaks: [ChainBreak] = []
        func derived(_ what: Localized, _ stored: String, _ fromEvents: String) {
            if let broken = ChainBreak.derived(caseID: id, what, stored: stored, events: fromEvents) { breaks.append(broken) }
        }
        func time(_ date: Date?) -> String { date.map { String($0.milliseconds) } ?? "-" }
        guard let started = state.started else { return [.init(caseID: id, sequence: 1, kind: .unreadable("case-started"))] }
        derived(Words.status, archived.status, state.status.rawValue)
        derived(Words.nomor, archived.nomor, started.nomor)
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
        let expectedTasks = state.status.isFinished ? [] : state.active.map { "\($0.step)#\($0.visit) \($0.role) \(time($0.startedAt)) \(time($0.due))" }
        let storedTasks = archived.tasks.map { "\($0.step)#\($0.visit) \($0.role) \($0.startedAt) \($0.dueAt.map(String.init) ?? "-")" }
        derived(Words.worklist, storedTasks.sorted().joined(separator: ", "), expectedTasks.sorted().joined(separator: ", "))
        // Step visits, as the events open and complete them.
        var visits: [String: VisitRow] = [:]
        for change in VisitChange.changes(of: events, caseID: CaseID(id), nomor: started.nomor, revision: started.revision) {
            switch change {
            case .started(let row): visits["\(row.step)#\(row.visit)"] = row
            case .completed(let step, let visit, let at, let by, let used):
                visits["\(step)#\(visit)"]?.completedAt = at
                visits["\(step)#\(visit)"]?.completedBy = by
                visits["\(step)#\(visit)"]?.used = used
            }
        }
        let stored = Dictionary(rows.visits.map { ("\($0.step)#\($0.visit)", $0) }) { a, _ in a }
        for key in Set(visits.keys).union(stored.keys).sorted() {
            switch (visits[key], stored[key]) {
            case (let expected?, nil): breaks.append(.init(caseID: id, sequence: 0, kind: .derived(Catalog.Chain.visitMissing(key))))
                _ = expected
            case (nil, _?): breaks.append(.init(caseID: id, sequence: 0, kind: .derived(Catalog.Chain.visitExtra(key))))
            case (let expected?, let row?):
                func text(_ v: VisitRow) -> String {
                    "\(v.role) \(time(v.startedAt)) \(time(v.due)) \(time(v.completedAt)) \(v.completedBy ?? "-") \(v.used.map { String($0) } ?? "-")"
                }
                derived(Words.visit(key), text(row), text(expected))
            case (nil, nil): break
            }
        }
        return breaks
    }

    typealias Words = Catalog.Chain.Derived
}

extension Localized {
    /// This text in Bahasa Indonesia, with the English of another.
    func withEnglish(_ other: Localized) -> Localized { Localized(id: id, en: other.en) }
}
