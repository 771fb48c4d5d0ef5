import Foundation
import SOPCore
@testable import SOPEngine
import Testing

@testable import SOPPostgres
@testable import SOPStore

/// `sop db copy` as a nightly backup (tester 18): run again into the same destination after the
/// desk went on, it appends what the destination lacks; a destination whose history forks from
/// the source's is refused, located, and left untouched; the operators' PINs and one-time-code
/// secrets travel with the cases, so that they can log in after a restore.
@Suite("Backups with sop db copy")
struct StoreCopyBackupTests {
    typealias Destination = StoreCopyTests.Destination

    /// The desk's open case goes on after the first copy: its step 3 ends and the case completes.
    private func goOn(_ source: SQLiteCaseStore) throws -> CaseID {
        let open = CaseID("01-2026-000001")
        var row = projection(.completed, sequence: 6)
        row.revision = try #require(try source.summary(of: open)).projection.revision
        row.endedAt = t0.addingTimeInterval(120)
        row.updatedAt = t0.addingTimeInterval(120)
        try source.append([event(5, .stepCompleted(.init(step: "3", visit: 1, used: 60)), at: 2), event(6, .caseCompleted, at: 2)],
                          to: open, projection: row)
        return open
    }

    @Test(arguments: Destination.available)
    func aSecondCopyIntoTheSameBackupBringsItUpToDate(destination: Destination) throws {
        let (source, _) = try StoreCopyTests().desk()
        let target = try destination.make()
        #expect(try StoreCopy.run(from: source, to: target).succeeded)
        let open = try goOn(source)
        let seen = PersonalAccess(at: t0.addingTimeInterval(180), operatorName: "budi", caseID: open.rawValue, command: "sop case --show-personal")
        try source.recordPersonalAccess(seen)

        let report = try StoreCopy.run(from: source, to: target)
        #expect(report.succeeded, "\(report.mismatches) \(report.conflicts)")
        #expect(report.extended == [open.rawValue] && report.copied.isEmpty && report.identical.count == 2)
        #expect(report.verified == 3 && report.accessesCopied == 1)
        #expect(try target.archivedCase(open.rawValue) == source.archivedCase(open.rawValue))
        #expect(try target.visits(VisitFilter()) == source.visits(VisitFilter()))
        #expect(try target.tasks(roles: ["staf"]) == source.tasks(roles: ["staf"]))
        #expect(try target.summary(of: open)?.projection.status == .completed)
        #expect(report.destination == report.source)
        // The rows the destination keeps are what its events say, and a full verification finds
        // there what it finds at the source (this desk's made-up SOP texts are not the steps its
        // events name: the same findings on both sides, none added by the copy).
        let kept = try (target as? any VerifiableStore)?.keptRowBreaks(only: nil)
        #expect(kept?.isEmpty == true, "\(kept?.map { $0.message.text(.en) } ?? ["not verifiable"])")
        let there = try ChainVerifier.run(try #require(target as? any VerifiableStore), derived: true).breaks
        let here = try ChainVerifier.run(source, derived: true).breaks
        #expect(there.map { $0.message.text(.en) } == here.map { $0.message.text(.en) })

        let third = try StoreCopy.run(from: source, to: target)
        #expect(third.succeeded && third.extended.isEmpty && third.identical.count == 3 && third.accessesCopied == 0)
    }

    @Test(arguments: Destination.available)
    func aBackupWhoseHistoryForksIsRefusedAtTheFirstDifferingEvent(destination: Destination) throws {
        let (source, _) = try StoreCopyTests().desk()
        let target = try destination.make()
        #expect(try StoreCopy.run(from: source, to: target).succeeded)
        // Both sides write a fifth event of their own to the same case: the histories fork.
        let open = CaseID("01-2026-000001")
        let row = try #require(try source.summary(of: open)).projection
        var next = row
        next.lastSequence = 5
        try source.append([event(5, .noteAdded(.init(step: "3", text: "di meja")))], to: open, projection: next)
        try target.append([event(5, .noteAdded(.init(step: "3", text: "di cadangan")))], to: open, projection: next)
        _ = try goOnAfterFork(source, open)
        let before = try target.counts()

        let report = try StoreCopy.run(from: source, to: target)
        #expect(!report.succeeded && report.extended.isEmpty && report.copied.isEmpty)
        #expect(report.conflicts == [CopyConflict(id: open.rawValue, sourceEvents: 6, destinationEvents: 5, firstDifference: 5)])
        #expect(try target.counts() == before)
        let said = Catalog.Backup.conflict(open.rawValue, source: 6, destination: 5, at: 5).text(.id)
        #expect(said == "  01-2026-000001: asal 6 kejadian, tujuan 5 kejadian; berbeda mulai kejadian #5")
    }

    private func goOnAfterFork(_ source: SQLiteCaseStore, _ open: CaseID) throws -> CaseID {
        var row = try #require(try source.summary(of: open)).projection
        row.lastSequence = 6
        try source.append([event(6, .noteAdded(.init(step: "3", text: "lagi")))], to: open, projection: row)
        return open
    }

    /// A destination that holds more than the source (a restore copied the wrong way) is not a
    /// backup of it: refused at the first event the source lacks.
    @Test func aDestinationAheadOfTheSourceIsRefused() throws {
        let (source, _) = try StoreCopyTests().desk()
        let target = try Destination.sqlite.make()
        #expect(try StoreCopy.run(from: source, to: target).succeeded)
        let open = CaseID("01-2026-000001")
        var row = try #require(try target.summary(of: open)).projection
        row.lastSequence = 5
        try target.append([event(5, .noteAdded(.init(step: "3", text: "hanya di tujuan")))], to: open, projection: row)
        let report = try StoreCopy.run(from: source, to: target)
        #expect(report.conflicts == [CopyConflict(id: open.rawValue, sourceEvents: 4, destinationEvents: 5, firstDifference: 5)])
    }

    @Test(arguments: Destination.available)
    func thePINsAndOneTimeCodeSecretsTravelSoOfficersCanLogInAfterARestore(destination: Destination) throws {
        let (source, _) = try StoreCopyTests().desk()
        let pin = try PINHash.make("482915", operatorName: "budi", at: t0, by: "ani")
        try source.savePIN(pin)
        _ = try source.recordPINAttempt(of: "budi", success: false, at: t0.addingTimeInterval(5))
        try source.saveTOTP(TOTPRecord(operatorName: "budi", secret: "JBSWY3DPEHPK3PXP", setAt: t0, setBy: "ani"))
        _ = try source.useTOTPStep(of: "budi", step: 59_866_800)
        let target = try destination.make()

        let report = try StoreCopy.run(from: source, to: target)
        #expect(report.succeeded, "\(report.mismatches)")
        #expect(report.pinsCopied == 1 && report.secretsCopied == 1)
        let carried = try target.credentials()
        #expect(carried == (try source.credentials()))
        #expect(carried.pins.first?.failures == 1, "the failed attempt counts after the restore too")
        #expect(carried.secrets.first?.lastStep == 59_866_800, "a code used before is not taken again")
        #expect(PINHash.verify("482915", against: try #require(carried.pins.first)))

        // A second run writes none of them again; a PIN set later at the desk replaces the copied one.
        let again = try StoreCopy.run(from: source, to: target)
        #expect(again.succeeded && again.pinsCopied == 0 && again.secretsCopied == 0)
        try source.savePIN(try PINHash.make("771204", operatorName: "budi", at: t0.addingTimeInterval(600), by: "ani"))
        let later = try StoreCopy.run(from: source, to: target)
        #expect(later.pinsCopied == 1)
        #expect(PINHash.verify("771204", against: try #require(try target.credentials().pins.first)))

        let said = Catalog.Backup.credentials(pins: 1, secrets: 1).text(.id)
        #expect(said.contains("PIN petugas (hash) 1") && said.contains("Sengaja tidak disalin: sesi web"))
    }
}
