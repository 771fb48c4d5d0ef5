import Foundation
import SOPCore
import SOPEngine

/// `sop db copy`: moves every case of one store (events, worklist rows, pinned revisions,
/// attachments, counters) into another, in one transaction on the destination, then checks
/// both sides. A case already in the destination with the same events is left as it is (so a
/// second run copies nothing); one with different events is a conflict, and then nothing at
/// all is written.
public enum StoreCopy {
    public static func run(from source: any AdministeredStore, to destination: any AdministeredStore) throws(StoreError) -> CopyReport {
        var report = CopyReport()
        // A source whose history does not hold is not copied: nothing is written.
        if let verifiable = source as? any VerifiableStore {
            report.sourceBreaks = try ChainVerifier.run(verifiable, derived: false).breaks
            guard report.sourceBreaks.isEmpty else { return report }
        }
        var expected: [(id: String, hash: String, events: Int)] = []
        var missing: [String] = []
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
            } else {
                report.conflicts.append(CopyConflict(id: id, sourceEvents: from.events.count, destinationEvents: there.events.count))
            }
        }
        guard report.conflicts.isEmpty else { return report }

        let revisions = Set(try source.revisionHashes()).subtracting(try destination.revisionHashes()).sorted()
        let attachments = Set(try source.attachmentHashes()).subtracting(try destination.attachmentHashes()).sorted()
        let counters = try source.counters()
        let present = Dictionary(try destination.counters().map { ("\($0.prefix)\u{0}\($0.year)", $0.last) }) { a, _ in a }
        try destination.importArchive { (writer) throws(StoreError) in
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
        }

        // Check, reading back from both sides: each case's events by hash, and every revision
        // and attachment by the SHA-256 of its content.
        for (id, hash, events) in expected {
            let there = try destination.archivedCase(id)
            if there?.eventsHash == hash, there?.events.count == events {
                report.verified += 1
            } else {
                report.mismatches.append(id)
            }
        }
        for hash in try source.revisionHashes() {
            let content = { (store: any AdministeredStore) throws(StoreError) in try store.archivedRevision(hash: hash).map { SHA256.hex($0.content) } }
            if try content(destination) != content(source) { report.mismatches.append(hash) }
        }
        for hash in try source.attachmentHashes() {
            let content = { (store: any AdministeredStore) throws(StoreError) in try store.archivedAttachment(sha256: hash).map { SHA256.hex($0.content) } }
            if try content(destination) != content(source) { report.mismatches.append(hash) }
        }
        // The step visits reports read, on both sides, for every case of the source.
        let sourceVisits = try source.visits(VisitFilter()), destinationVisits = Set(try destination.visits(VisitFilter()))
        for visit in sourceVisits where !destinationVisits.contains(visit) {
            report.mismatches.append("\(visit.caseID.rawValue)/\(visit.step)#\(visit.visit)")
        }
        let raised = Dictionary(try destination.counters().map { ("\($0.prefix)\u{0}\($0.year)", $0.last) }) { a, _ in a }
        for counter in counters where (raised["\(counter.prefix)\u{0}\(counter.year)"] ?? 0) < counter.last {
            report.mismatches.append("\(counter.prefix)-\(counter.year)")
        }
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
    /// Cases the destination holds with other events: when any, nothing was written.
    public var conflicts: [CopyConflict] = []
    /// Where the source's history does not hold (`sop db verify`): when any, nothing was written.
    public var sourceBreaks: [ChainBreak] = []
    public var revisionsCopied = 0
    public var attachmentsCopied = 0
    public var countersRaised = 0
    /// Cases whose events hash the same on both sides after the copy.
    public var verified = 0
    /// Whatever differs after the copy (case ids, content hashes, counters): should be empty.
    public var mismatches: [String] = []
    public var source = StoreCounts()
    public var destination = StoreCounts()

    public init() {}

    public var succeeded: Bool { sourceBreaks.isEmpty && conflicts.isEmpty && mismatches.isEmpty }
}

public struct CopyConflict: Sendable, Equatable {
    public var id: String
    public var sourceEvents: Int
    public var destinationEvents: Int

    public init(id: String, sourceEvents: Int, destinationEvents: Int) {
        self.id = id
        self.sourceEvents = sourceEvents
        self.destinationEvents = destinationEvents
    }
}
