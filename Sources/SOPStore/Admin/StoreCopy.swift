import Foundation
import SOPCore
import SOPEngine

/// `sop db copy`: moves every case of one store (events, worklist rows, pinned revisions,
/// attachments, counters) into another, in one transaction on the destination, then checks
/// both sides. A case already in the destination with the same events is left as it is (so a
/// second run copies nothing); one whose events are the start of the source's (the same rows,
/// hashes included: a backup made before the case moved on) is brought up to date with the
/// source's later events; one with other events is a conflict, located at its first differing
/// event, and then nothing at all is written.
public enum StoreCopy {
    /// The source's breaks, as `sop db verify` finds them: its history, and its derived rows (case
    /// status, worklist, step visits), so that a forged row is neither carried to the backup nor
    /// silently derived again there (tester 35's m4). `sop db copy` runs it before it even opens
    /// (and creates) the destination.
    public static func sourceBreaks(_ source: any AdministeredStore) throws(StoreError) -> [ChainBreak] {
        guard let verifiable = source as? any VerifiableStore else { return [] }
        return try ChainVerifier.run(verifiable).breaks
    }

    /// `sourceChecked`: `sourceBreaks` already found none (what `sop db copy` does first, before it
    /// opens the destination). Otherwise the source's history alone is checked here (chains, gaps,
    /// numbering, revisions, seals), its derived rows being derived again at the destination.
    public static func run(from source: any AdministeredStore, to destination: any AdministeredStore,
                           sourceChecked: Bool = false) throws(StoreError) -> CopyReport {
        var report = CopyReport()
        // A source whose history does not hold is not copied: nothing is written.
        if !sourceChecked, let verifiable = source as? any VerifiableStore {
            report.sourceBreaks = try ChainVerifier.run(verifiable, derived: false).breaks
            guard report.sourceBreaks.isEmpty else { return report }
        }
        var expected: [(id: String, hash: String, events: Int)] = []
        var missing: [String] = []
        var behind: [(id: String, after: Int)] = []
        for id in try source.caseIDs() {
            guard let from = try source.archivedCase(id) else { continue }
            let hash = from.eventsHash
            expected.append((id, hash, from.events.count))
            guard let there = try destination.archivedCase(id) else {
                missing.append(id)
                continue
            }
            if there.eventsHash == hash {
                report.identical.append(id)
            } else if let differs = CopyConflict.firstDifference(source: from, destination: there) {
                report.conflicts.append(CopyConflict(id: id, sourceEvents: from.events.count, destinationEvents: there.events.count,
                                                     firstDifference: differs))
            } else {
                behind.append((id, there.events.count))
            }
        }
        guard report.conflicts.isEmpty else { return report }
        // The roster goes first and whole: the destination's must be the start of the source's.
        let sourceRoster = try (source as? RosterStore)?.rosterHistory() ?? []
        let destinationRoster = try (destination as? RosterStore)?.rosterHistory() ?? []
        let roster = RosterCopyPlan(source: sourceRoster, destination: destinationRoster)
        if let refusal = roster.refusal {
            report.rosterRefusals = [refusal]
            return report
        }
        // Every event copied must have been written in a role its operator held then, under
        // the roster the destination will hold; checked before anything is written.
        if !roster.result.isEmpty {
            let audit = RosterAudit(history: roster.result)
            for id in missing + behind.map(\.id) {
                guard let archived = try source.archivedCase(id) else { continue }
                report.rosterRefusals += audit.eventBreaks(archived)
            }
            guard report.rosterRefusals.isEmpty else { return report }
        }

        let revisions = Set(try source.revisionHashes()).subtracting(try destination.revisionHashes()).sorted()
        let attachments = Set(try source.attachmentHashes()).subtracting(try destination.attachmentHashes()).sorted()
        let counters = try source.counters()
        let evidence = try EvidenceCopyPlan(source: source, destination: destination)
        if let refusal = evidence.refusal {
            report.accessRefusals = [refusal]
            return report
        }
        let credentials = try CredentialCopyPlan(source: source, destination: destination)
        let present = Dictionary(try destination.counters().map { ("\($0.prefix)\u{0}\($0.year)", $0.last) }) { a, _ in a }
        let write = { (writer: any ArchiveWriter) throws(StoreError) in
            for entry in roster.toAppend {
                try writer.append(entry)
                report.rosterCopied += 1
            }
            for hash in revisions {
                guard let revision = try source.archivedRevision(hash: hash) else { continue }
                try writer.insert(revision)
                report.revisionsCopied += 1
            }
            for hash in attachments {
                guard let attachment = try source.archivedAttachment(sha256: hash) else { continue }
                try writer.insert(attachment)
                report.attachmentsCopied += 1
            }
            for counter in counters where counter.last > present["\(counter.prefix)\u{0}\(counter.year)"] ?? 0 {
                try writer.raise(counter)
                report.countersRaised += 1
            }
            for id in missing {
                guard let archived = try source.archivedCase(id) else { continue }
                try writer.insert(archived)
                report.copied.append(id)
            }
            for (id, after) in behind {
                guard let archived = try source.archivedCase(id) else { continue }
                try writer.extend(archived, after: after)
                report.extended.append(id)
            }
            for pin in credentials.pins {
                try writer.put(pin)
                report.pinsCopied += 1
            }
            for secret in credentials.secrets {
                try writer.put(secret)
                report.secretsCopied += 1
            }
            for access in evidence.accesses {
                try writer.append(access)
                report.accessesCopied += 1
            }
            for profile in evidence.profiles {
                try writer.put(profile)
                report.profilesCopied += 1
            }
        }
        if roster.result.isEmpty { try destination.importArchive(write) } else { try destination.importVerifiedArchive(write) }
        // The seals go with the history they sign (content and signature as they are), so that
        // `sop db verify --kunci` at the destination catches what it catches at the source: a
        // copy must not launder a forgery only the key would see (tester 15's finding 3).
        let sealsFrom = try (source as? any VerifiableStore)?.seals() ?? []
        if let to = destination as? any VerifiableStore, !sealsFrom.isEmpty {
            let present = Set(try to.seals().map(SealKeyed.init))
            for seal in sealsFrom where !present.contains(SealKeyed(seal)) {
                _ = try to.saveSeal(seal)
                report.sealsCopied += 1
            }
        }

        // Check, reading back from both sides: each case's events by hash, and every revision
        // and attachment by the SHA-256 of its content.
        for (id, hash, events) in expected {
            let there = try destination.archivedCase(id)
            if there?.eventsHash == hash, there?.events.count == events {
                report.verified += 1
            } else {
                report.mismatches.append(Catalog.Backup.caseDiffers(id))
            }
        }
        for hash in try source.revisionHashes() {
            let content = { (store: any AdministeredStore) throws(StoreError) in try store.archivedRevision(hash: hash).map { SHA256.hex($0.content) } }
            if try content(destination) != content(source) { report.mismatches.append(Catalog.Backup.revisionDiffers(hash)) }
        }
        for hash in try source.attachmentHashes() {
            let content = { (store: any AdministeredStore) throws(StoreError) in try store.archivedAttachment(sha256: hash).map { SHA256.hex($0.content) } }
            if try content(destination) != content(source) { report.mismatches.append(Catalog.Backup.attachmentDiffers(hash)) }
        }
        // The step visits reports read, on both sides, for every case of the source.
        let sourceVisits = try source.visits(VisitFilter()), destinationVisits = Set(try destination.visits(VisitFilter()))
        for visit in sourceVisits where !destinationVisits.contains(visit) {
            report.mismatches.append(Catalog.Backup.visitDiffers(visit.caseID.rawValue, key: "\(visit.step)#\(visit.visit)"))
        }
        let raised = Dictionary(try destination.counters().map { ("\($0.prefix)\u{0}\($0.year)", $0.last) }) { a, _ in a }
        for counter in counters where (raised["\(counter.prefix)\u{0}\(counter.year)"] ?? 0) < counter.last {
            report.mismatches.append(Catalog.Backup.counterDiffers("\(counter.prefix)-\(counter.year)"))
        }
        report.mismatches += try EvidenceCopyPlan(source: source, destination: destination).missing.map(Catalog.Backup.notCarried)
        report.mismatches += try CredentialCopyPlan(source: source, destination: destination).missing.map(Catalog.Backup.notCarried)
        if try (destination as? RosterStore)?.rosterHistory().map(\.hash) != roster.result.map(\.hash), !roster.result.isEmpty {
            report.mismatches.append(Catalog.Backup.rosterDiffers)
        }
        let sealsThere = Set(try (destination as? any VerifiableStore)?.seals().map(SealKeyed.init) ?? [])
        report.mismatches += sealsFrom.filter { !sealsThere.contains(SealKeyed($0)) }.map { Catalog.Backup.sealNotCarried($0.id) }
        report.source = try source.counts()
        report.destination = try destination.counts()
        return report
    }
}

public struct CopyReport: Sendable, Equatable {
    /// Cases written by this run.
    public var copied: [String] = []
    /// Cases the destination already held with the same events.
    public var identical: [String] = []
    /// Cases the destination held with the start of the source's events (an earlier copy): their
    /// later events were appended by this run.
    public var extended: [String] = []
    /// Operators' PINs (salted hashes, as stored) written by this run.
    public var pinsCopied = 0
    /// Operators' one-time-code (TOTP) secrets written by this run.
    public var secretsCopied = 0
    /// Cases the destination holds with other events: when any, nothing was written.
    public var conflicts: [CopyConflict] = []
    /// Where the source's history does not hold (`sop db verify`): when any, nothing was written.
    public var sourceBreaks: [ChainBreak] = []
    public var revisionsCopied = 0
    public var attachmentsCopied = 0
    public var countersRaised = 0
    /// Roster history entries written by this run (in order, before the cases).
    public var rosterCopied = 0
    /// Seals (`chain_seal`) written by this run, as the source stores them.
    public var sealsCopied = 0
    /// Entries of the access log of unmasked personal data written by this run.
    public var accessesCopied = 0
    /// Officers' full names and NIPs written by this run.
    public var profilesCopied = 0
    /// Why the roster could not be carried (histories that differ, events in roles not held):
    /// when any, nothing was written.
    public var rosterRefusals: [ChainBreak] = []
    /// Why the access log could not be carried (the destination's is not the start of the
    /// source's): when any, nothing was written.
    public var accessRefusals: [ChainBreak] = []
    /// Cases whose events hash the same on both sides after the copy.
    public var verified = 0
    /// Whatever differs after the copy (case ids, content hashes, counters): should be empty.
    public var mismatches: [Localized] = []
    public var source = StoreCounts()
    public var destination = StoreCounts()

    public init() {}

    public var succeeded: Bool { sourceBreaks.isEmpty && conflicts.isEmpty && rosterRefusals.isEmpty && accessRefusals.isEmpty && mismatches.isEmpty }
}

public struct CopyConflict: Sendable, Equatable {
    public var id: String
    public var sourceEvents: Int
    public var destinationEvents: Int
    /// The sequence number of the first event that differs (or that only one side holds; 0 when
    /// the case rows themselves differ: another SOP, number or start).
    public var firstDifference: Int

    public init(id: String, sourceEvents: Int, destinationEvents: Int, firstDifference: Int = 0) {
        self.id = id
        self.sourceEvents = sourceEvents
        self.destinationEvents = destinationEvents
        self.firstDifference = firstDifference
    }

    /// Nil when the destination's case is the start of the source's: the same case row (SOP,
    /// revision, start) and, event for event, the same rows with the same chain hashes, fewer of
    /// them. Otherwise where they part: the first differing event's sequence, or 0 for the row.
    static func firstDifference(source: ArchivedCase, destination: ArchivedCase) -> Int? {
        guard source.nomor == destination.nomor, source.revision == destination.revision,
              source.startedAt == destination.startedAt else { return 0 }
        for (index, there) in destination.events.enumerated() {
            guard index < source.events.count else { return there.sequence }
            let from = source.events[index]
            if from != there { return min(from.sequence, there.sequence) }
        }
        return destination.events.count < source.events.count ? nil : (source.events.last?.sequence ?? 0) + 1
    }
}

/// The operators' login secrets a copy carries, so that a store restored from a backup lets them
/// log in to the web desk as before: each PIN (its salted scrypt hash, with its failures and lock)
/// and one-time-code secret (with the last step used, so a code seen before is not taken again)
/// that the destination lacks or holds set earlier. Web sessions are not carried: a restore
/// means logging in again.
struct CredentialCopyPlan {
    var pins: [PINRecord] = []
    var secrets: [TOTPRecord] = []
    /// After a copy, what the destination still lacks (should be empty): `PIN:LOGIN`, `TOTP:LOGIN`.
    var missing: [String] = []

    init(source: any AdministeredStore, destination: any AdministeredStore) throws(StoreError) {
        let from = try source.credentials(), to = try destination.credentials()
        let pinsThere = Dictionary(to.pins.map { ($0.operatorName, $0) }) { a, _ in a }
        for pin in from.pins {
            if let present = pinsThere[pin.operatorName], present.setAt >= pin.setAt { continue }
            pins.append(pin)
            missing.append("PIN:\(pin.operatorName)")
        }
        let secretsThere = Dictionary(to.secrets.map { ($0.operatorName, $0) }) { a, _ in a }
        for secret in from.secrets {
            if let present = secretsThere[secret.operatorName], present.setAt > secret.setAt
                || present.setAt == secret.setAt && present.lastStep >= secret.lastStep { continue }
            secrets.append(secret)
            missing.append("TOTP:\(secret.operatorName)")
        }
    }
}

/// The roster history a copy leaves in the destination: the source's, when the destination's
/// is empty or its start (same hashes); the destination's when the source has none.
struct RosterCopyPlan {
    let result: [RosterEntry]
    let toAppend: [RosterEntry]
    let refusal: ChainBreak?

    init(source: [RosterEntry], destination: [RosterEntry]) {
        if source.isEmpty {
            (result, toAppend, refusal) = (destination, [], nil)
        } else if destination.count <= source.count, zip(destination, source).allSatisfy({ $0.hash == $1.hash }) {
            (result, toAppend, refusal) = (source, Array(source[destination.count...]), nil)
        } else {
            (result, toAppend) = (destination, [])
            refusal = ChainBreak(caseID: "-", sequence: 0, kind: .derived(Catalog.RosterCopy.historyDiffers))
        }
    }
}

/// What a copy carries besides the cases, so that the record stays evidence after a move: the
/// access log of unmasked personal data (who saw a complainant's NIK or tried to, when, by which
/// command) with its chain, and the officers' full names and NIPs the receipts print. Like the
/// roster, the log goes whole: the destination's must be the start of the source's (the same
/// hashes), and the source's later entries are appended with their places and hashes as they are
/// (a second run appends nothing); a destination with a log of its own is refused. An officer's
/// profile is written where the destination has none or one set earlier.
struct EvidenceCopyPlan {
    var accesses: [PersonalAccess] = []
    var profiles: [OperatorProfile] = []
    var refusal: ChainBreak?
    /// After a copy, what the destination still lacks (should be empty): `(access-log)` or `petugas:LOGIN`.
    var missing: [String] = []

    init(source: any AdministeredStore, destination: any AdministeredStore) throws(StoreError) {
        if let from = source as? any PersonalAccessLog {
            let log = try from.personalAccessLog()
            let there = try (destination as? any PersonalAccessLog)?.personalAccessLog() ?? []
            if there.count <= log.count, zip(there, log).allSatisfy({ $0.hash == $1.hash }) {
                accesses = Array(log[there.count...])
            } else if !log.isEmpty {
                refusal = ChainBreak(caseID: "-", sequence: 0, kind: .derived(Catalog.AccessLog.historyDiffers))
            }
            if !accesses.isEmpty { missing.append(AccessLogAudit.sealHeadID) }
        }
        if let from = source as? any OperatorProfileStore {
            let there = Dictionary(try (destination as? any OperatorProfileStore)?.operatorProfiles().map { ($0.operatorName, $0) } ?? []) { a, _ in a }
            for profile in try from.operatorProfiles() {
                if let present = there[profile.operatorName], present == profile || present.setAt > profile.setAt { continue }
                profiles.append(profile)
                missing.append("petugas:\(profile.operatorName)")
            }
        }
    }
}

/// A seal as a copy compares it: everything but its number in one store.
private struct SealKeyed: Hashable {
    let sealedAt: Int64, heads: String, digest: String, mac: String
    init(_ seal: ChainSeal) { (sealedAt, heads, digest, mac) = (seal.sealedAt, seal.heads, seal.digest, seal.mac) }
}
