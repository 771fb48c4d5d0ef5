import Foundation
import SOPCore
@testable import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// `sop db copy`: a desk's SQLite cases into another store (PostgreSQL when a server is given,
/// another SQLite file always), verified, idempotent, and refusing to overwrite.
@Suite("Copying cases between stores")
struct StoreCopyTests {
    enum Destination: String, CaseIterable, Sendable, CustomStringConvertible {
        case sqlite, postgres
        var description: String { rawValue }
        static var available: [Destination] { allCases.filter { $0 != .postgres || PostgresTestServer.isConfigured } }

        func make() throws -> any AdministeredStore {
            switch self {
            case .sqlite: try SQLiteCaseStore(path: TemporaryFolder.make() + "/tujuan.sqlite")
            case .postgres: try PostgresTestServer.Schema().store()
            }
        }
    }

    /// A desk with two SOP revisions, an attachment, an open case with a waiting task, a
    /// cancelled one, and one of SOP 02.
    func desk() throws -> (SQLiteCaseStore, attachment: CaseEvent.Attachment) {
        let store = try SQLiteCaseStore(path: TemporaryFolder.make() + "/meja.sqlite")
        // Pinned by their real content hashes: the copy verifies the source's revisions first.
        var hashes: [String: String] = [:]
        for (nomor, content) in [("01", "nomor: \"01\"\n"), ("02", "nomor: \"02\"\n")] {
            let revision = SOPRevision(content: Array(content.utf8), nomor: nomor, judul: "J", revisionDate: "-", path: "p", savedAt: t0)
            hashes[nomor] = revision.hash
            try store.saveRevision(revision)
        }
        func projection(_ status: CaseState.Status = .open, sequence: Int, nomor: String = "01",
                        active: [(String, String, Date?)] = []) -> CaseProjection {
            var row = SOPStoreTests.projection(status, sequence: sequence, nomor: nomor, active: active)
            row.revision = hashes[nomor] ?? ""
            return row
        }
        let started = CaseEvent.Kind.caseStarted(.init(nomor: "01", judul: "Pengaduan", revision: hashes["01"] ?? "",
                                                       revisionDate: "-", file: "sop/01.yaml"))
        let attachment = try store.saveAttachment(Array(0...255), name: "surat.pdf")
        // Every worklist row follows from the events (listings check it: ListingCheck).
        let open = try store.startCase(prefix: "01", year: 2026, events: [
            event(1, started), event(2, .stepStarted(.init(step: "3", visit: 1, role: "staf", due: t0.addingTimeInterval(600)))),
        ], projection: projection(sequence: 2, active: [("3", "staf", t0.addingTimeInterval(600))]))
        try store.append([event(3, .outputRecorded(.init(step: "1", visit: 1, item: "Surat", text: "", attachment: attachment))),
                          event(4, .noteAdded(.init(step: "1", text: "catatan \"kutip\" \\ garis miring, ✓")))],
                         to: open, projection: projection(sequence: 4, active: [("3", "staf", t0.addingTimeInterval(600))]))
        let cancelled = try store.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: projection(sequence: 1))
        try store.append([event(2, .caseCancelled(.init(reason: "salah masuk")))], to: cancelled,
                         projection: projection(.cancelled, sequence: 2))
        _ = try store.startCase(prefix: "02", year: 2026,
                                events: [event(1, started), event(2, .stepStarted(.init(step: "1", visit: 1, role: "staf", due: nil)))],
                                projection: projection(sequence: 2, nomor: "02", active: [("1", "staf", nil)]))
        return (store, attachment)
    }

    @Test(arguments: Destination.available)
    func everythingArrivesVerifiedAndASecondRunCopiesNothing(destination: Destination) throws {
        let (source, attachment) = try desk()
        let target = try destination.make()
        let report = try StoreCopy.run(from: source, to: target)
        #expect(report.succeeded)
        #expect(report.copied == ["01-2026-000001", "01-2026-000002", "02-2026-000001"])
        #expect(report.verified == 3 && report.revisionsCopied == 2 && report.attachmentsCopied == 1 && report.countersRaised == 2)
        #expect(report.source == StoreCounts(cases: 3, events: 8, tasks: 2, revisions: 2, attachments: 1, counters: 2))
        #expect(report.destination == report.source)
        for id in try source.caseIDs() { #expect(try target.archivedCase(id) == source.archivedCase(id)) }
        #expect(try target.attachment(sha256: attachment.sha256) == Array(0...255))
        for hash in try source.revisionHashes() { #expect(try target.revision(hash: hash) == source.revision(hash: hash)) }
        #expect(try target.events(of: CaseID("01-2026-000001")) == source.events(of: CaseID("01-2026-000001")))
        #expect(try target.tasks(roles: ["staf"]) == source.tasks(roles: ["staf"]))
        // The rows the destination derives while it writes (on PostgreSQL the roster check's guard
        // rows, filled from the copied events) are what its events say.
        let kept = try (target as? any VerifiableStore)?.keptRowBreaks(only: nil)
        #expect(kept?.isEmpty == true, "\(kept?.map { $0.message.text(.en) } ?? ["not verifiable"])")

        let again = try StoreCopy.run(from: source, to: target)
        #expect(again.succeeded && again.copied.isEmpty && again.identical.count == 3 && again.verified == 3)
        #expect(again.revisionsCopied == 0 && again.attachmentsCopied == 0 && again.countersRaised == 0)
        #expect(again.destination == report.destination)
        // New cases in the destination continue after the copied ones.
        var first = projection(sequence: 1)
        first.revision = try #require(try source.summary(of: CaseID("01-2026-000001"))).projection.revision
        let next = try target.startCase(prefix: "01", year: 2026, events: [event(1, started)], projection: first)
        #expect(next.rawValue == "01-2026-000003")
    }

    /// The record stays evidence after a move: who unmasked a complainant's data, when and by which
    /// command (with the log's chain), and the officers' names the receipts print, arrive as the source recorded them;
    /// a second run appends nothing, a name set later in the source replaces the copied one, a name
    /// set later in the destination is kept.
    @Test(arguments: Destination.available)
    func theAccessLogAndTheOfficersNamesTravelWithTheCases(destination: Destination) throws {
        let (source, _) = try desk()
        let seen = [PersonalAccess(at: t0, operatorName: "budi", caseID: "01-2026-000001", command: "sop case --show-personal"),
                    PersonalAccess(at: t0.addingTimeInterval(60), operatorName: "sari", caseID: "01-2026-000001",
                                   command: "sop correct --show-personal"),
                    PersonalAccess(at: t0, operatorName: "budi", caseID: "01-2026-000001", command: "sop case --show-personal"),
                    PersonalAccess(at: t0, operatorName: "budi", caseID: "02-2026-000001", command: "sop case --json --show-personal")]
        for access in seen { try source.recordPersonalAccess(access) }
        let budi = OperatorProfile(operatorName: "budi", fullName: "Budi Santoso, S.Sos.", nip: "198001012005011001", setAt: t0, setBy: "admin")
        let sari = OperatorProfile(operatorName: "sari", fullName: "Sari Dewi", nip: "", setAt: t0, setBy: "admin")
        try source.saveOperatorProfile(budi)
        try source.saveOperatorProfile(sari)
        let target = try destination.make()
        let report = try StoreCopy.run(from: source, to: target)
        #expect(report.succeeded && report.accessesCopied == 4 && report.profilesCopied == 2)
        let log = try #require(target as? any PersonalAccessLog), names = try #require(target as? any OperatorProfileStore)
        #expect(try log.personalAccesses(of: "01-2026-000001").map(\.unstored) == Array(seen[0...2]))
        #expect(try log.personalAccesses(of: "02-2026-000001").map(\.unstored) == [seen[3]])
        // The chain travels as it is: the same places and hashes on both sides.
        #expect(try log.personalAccessLog() == source.personalAccessLog())
        #expect(try log.personalAccessLog().map(\.sequence) == [1, 2, 3, 4])
        #expect(try log.personalAccesses(of: "01-2026-000002").isEmpty)
        #expect(try names.operatorProfiles() == [budi, sari])

        var renamed = budi
        renamed.fullName = "Budi Santoso, S.Sos., M.AP."
        renamed.setAt = t0.addingTimeInterval(3600)
        try source.saveOperatorProfile(renamed)
        var theirs = sari
        theirs.fullName = "Sari Dewi Lestari"
        theirs.setAt = t0.addingTimeInterval(7200)
        try names.saveOperatorProfile(theirs)
        let again = try StoreCopy.run(from: source, to: target)
        #expect(again.succeeded && again.accessesCopied == 0 && again.profilesCopied == 1)
        #expect(try log.personalAccesses(of: "01-2026-000001").map(\.unstored) == Array(seen[0...2]))
        #expect(try names.operatorProfiles().map(\.fullName) == ["Budi Santoso, S.Sos., M.AP.", "Sari Dewi Lestari"])

        // A destination with a log of its own (not the start of the source's): refused, nothing written.
        let later = t0.addingTimeInterval(120)
        try source.recordPersonalAccess(PersonalAccess(at: later, operatorName: "budi", caseID: "01-2026-000002", command: "sop case --show-personal"))
        try log.recordPersonalAccess(PersonalAccess(at: later, operatorName: "tamu", caseID: "01-2026-000001", command: "sop case --show-personal"))
        let refused = try StoreCopy.run(from: source, to: target)
        #expect(!refused.succeeded && refused.accessRefusals.count == 1 && refused.accessesCopied == 0)
        #expect(try log.personalAccessLog().count == 5)
    }

    @Test(arguments: Destination.available)
    func aCaseThatDiffersIsNeverOverwrittenAndNothingIsWritten(destination: Destination) throws {
        let (source, _) = try desk()
        let target = try destination.make()
        var revision = SOPRevision(content: [9], nomor: "01", judul: "J", revisionDate: "-", path: "p", savedAt: t0)
        revision.hash = "rev"
        try target.saveRevision(revision)
        // Another desk's case 01-2026-000001 is already in the shared store.
        let theirs = try target.startCase(prefix: "01", year: 2026, events: [event(1, started, at: 7)], projection: projection(sequence: 1))
        #expect(theirs.rawValue == "01-2026-000001")
        let before = try target.counts()
        let report = try StoreCopy.run(from: source, to: target)
        #expect(!report.succeeded)
        #expect(report.conflicts == [CopyConflict(id: "01-2026-000001", sourceEvents: 4, destinationEvents: 1)])
        #expect(report.copied.isEmpty)
        #expect(try target.counts() == before)
        #expect(try target.events(of: theirs) == [event(1, started, at: 7)])
    }

    @Test(.enabled(if: PostgresTestServer.isConfigured, PostgresTestServer.skipped))
    func backFromPostgreSQLToAFile() throws {
        let (desk, _) = try desk()
        let shared = try PostgresTestServer.Schema().store()
        #expect(try StoreCopy.run(from: desk, to: shared).succeeded)
        let file = try SQLiteCaseStore(path: TemporaryFolder.make() + "/cadangan.sqlite")
        let report = try StoreCopy.run(from: shared, to: file)
        #expect(report.succeeded && report.verified == 3)
        for id in try desk.caseIDs() { #expect(try file.archivedCase(id) == desk.archivedCase(id)) }
        #expect(try file.integrityCheck() == "ok")
    }

    @Test func theEventHashSeesEveryField() {
        let base = ArchivedCase(id: "x", nomor: "01", judul: "J", revision: "r", status: "terbuka", startedAt: 0, updatedAt: 0,
                                lastSequence: 1, events: [event(1, started).archived], tasks: [])
        var changed = base
        changed.events[0].role = nil
        #expect(changed.eventsHash != base.eventsHash)
        changed = base
        changed.events[0].at += 1
        #expect(changed.eventsHash != base.eventsHash)
        changed = base
        changed.status = "selesai"
        #expect(changed.eventsHash == base.eventsHash, "the hash is of the events only")
    }
}
