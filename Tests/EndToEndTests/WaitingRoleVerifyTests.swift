import Foundation
import SOPCore
import SOPStore
import Testing

@testable import SOPEngine

/// `sop db verify` re-checks, from the events alone, that each pause, resume and cancellation was
/// written in the role of a step waiting at that moment (the rule of the engine, SQLite's store
/// check and PostgreSQL's guard, v25 for a resume): events written by hand with correct hashes
/// (and the case row moved with them, so that nothing else is broken), on SQLite and PostgreSQL.
/// Case 01-2026-000002 of `TamperTests.Desk` waits at step 3 for `staf-pengaduan` (14 events).
@Suite("verify: pause, resume and cancel in a waiting step's role", .timeLimit(.minutes(10)))
struct WaitingRoleVerifyTests {
    typealias Desk = TamperTests.Desk
    typealias Backend = TamperTests.Backend

    static let id = "01-2026-000002"

    /// Appends an event with the hash the README's encoding gives it, a minute after the last,
    /// and moves the case row as a desk's write of it would (its status and last write).
    static func append(_ desk: Desk, role: String, type: String, payload: String = "{}", status: String) throws {
        let events = try #require(try AuditorFindingsTests.store(desk).archivedCase(id)).events
        let last = try #require(events.last)
        let event = ArchivedEvent(sequence: last.sequence + 1, at: last.at + 60_000, operatorName: "budi", role: role,
                                  step: nil, type: type, payload: payload)
        let hash = EventChain.hash(caseID: id, event, previous: last.hash ?? "")
        try desk.sql("""
            INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
            VALUES ('\(id)', \(event.sequence), \(event.at), 'budi', '\(role)', NULL, '\(type)', '\(payload)', '\(hash)');
            UPDATE sop_case SET status = '\(status)', last_sequence = \(event.sequence), updated_at = \(event.at) WHERE id = '\(id)';
            """)
    }

    static let paused = CaseState.Status.paused.rawValue
    static let open = CaseState.Status.open.rawValue

    @Test(arguments: Backend.available)
    func aResumeInARoleNoWaitingStepHadIsReportedLocatedInBothLanguages(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        // Paused by the waiting step's role (allowed), resumed by the receptionist (not).
        try Self.append(desk, role: "staf-pengaduan", type: "case-paused", status: Self.paused)
        #expect(try desk.sop(["db", "verify"]).status == 0)
        try Self.append(desk, role: "resepsionis", type: "case-resumed", status: Self.open)
        let output = try desk.sop(["db", "verify"])
        #expect(output.status == 1, "\(output.stdout)")
        #expect(output.stdout.contains(
            "  ✗ kasus 01-2026-000002, urutan 16: kejadian 'case-resumed' ditulis dalam peran 'resepsionis', padahal langkah yang menunggu milik peran: staf-pengaduan\n"),
                "\(output.stdout)")
        #expect(!output.stdout.contains("urutan 15:"), "the pause by the waiting step's role holds: \(output.stdout)")
        #expect(output.stdout.contains("sop sebelum 07-12-2026 (dan server PostgreSQL sebelum migrasi v25) membiarkan"), "\(output.stdout)")
        #expect(output.stderr.contains("1 kerusakan ditemukan"), "\(output.stderr)")
        let english = try desk.sop(["db", "verify", "--lang", "en"])
        #expect(english.status == 1)
        #expect(english.stdout.contains(
            "  ✗ case 01-2026-000002, sequence 16: event 'case-resumed' was written in the role 'resepsionis', while the waiting steps belong to: staf-pengaduan\n"),
                "\(english.stdout)")
        #expect(english.stdout.contains("acknowledge them with sop db seal --kunci FILE --akui-peran-jeda"), "\(english.stdout)")
        // One case asked for: the same finding.
        let one = try desk.sop(["db", "verify", "--case", Self.id])
        #expect(one.status == 1 && one.stdout.contains("urutan 16: kejadian 'case-resumed'"), "\(one.stdout)")
    }

    @Test(arguments: Backend.available)
    func aPauseInARoleNoWaitingStepHadIsReported(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        try Self.append(desk, role: "resepsionis", type: "case-paused", status: Self.paused)
        let output = try desk.sop(["db", "verify"])
        #expect(output.status == 1, "\(output.stdout)")
        #expect(output.stdout.contains(
            "  ✗ kasus 01-2026-000002, urutan 15: kejadian 'case-paused' ditulis dalam peran 'resepsionis', padahal langkah yang menunggu milik peran: staf-pengaduan\n"),
                "\(output.stdout)")
        #expect(output.stderr.contains("1 kerusakan ditemukan"), "\(output.stderr)")
    }

    /// An old store that holds such a resume legitimately (written by a build before the rule):
    /// the seal is refused over it unless the auditor acknowledges it; once acknowledged, verify
    /// prints it with ⚠ every time, does not count it, and still reports a later one.
    @Test(arguments: Backend.available)
    func aSealMadeWithAkuiPeranJedaAcknowledgesTheFindingsItCovers(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        try Self.append(desk, role: "staf-pengaduan", type: "case-paused", status: Self.paused)
        try Self.append(desk, role: "resepsionis", type: "case-resumed", status: Self.open)
        let key = desk.folder + "/kunci"
        let refused = try desk.sop(["db", "seal", "--kunci", key])
        #expect(refused.status == 1, "\(refused.stdout)")
        #expect(!FileManager.default.fileExists(atPath: key), "no key is written when no seal is made")
        // The access log's flag does not acknowledge a role finding.
        #expect(try desk.sop(["db", "seal", "--kunci", key, "--akui-log-akses"]).status == 1)
        let sealed = try desk.sop(["db", "seal", "--kunci", key, "--akui-peran-jeda"])
        #expect(sealed.status == 0, "\(sealed.stdout)\(sealed.stderr)")
        #expect(sealed.stdout.contains("  ✗ kasus 01-2026-000002, urutan 16: kejadian 'case-resumed'"), "\(sealed.stdout)")
        #expect(sealed.stdout.contains(
            "segel ini mengakui 1 jeda, lanjut atau batal dalam peran yang tidak dimiliki langkah yang menunggu (kejadiannya tidak dapat dihapus); catat dalam berita acara"),
                "\(sealed.stdout)")
        for arguments in [["db", "verify"], ["db", "verify", "--kunci", key]] {
            let output = try desk.sop(arguments)
            #expect(output.status == 0, "\(arguments): \(output.stdout)\(output.stderr)")
            #expect(output.stdout.contains(
                "  ⚠ diakui (tercakup segel #1): kasus 01-2026-000002, urutan 16: kejadian 'case-resumed' ditulis dalam peran 'resepsionis'"),
                    "\(output.stdout)")
            #expect(output.stdout.contains("1 jeda, lanjut atau batal dalam peran yang tidak dimiliki langkah yang menunggu diakui segel (⚠ di atas)"),
                    "\(output.stdout)")
            #expect(!output.stdout.contains("  ✗ "), "\(output.stdout)")
        }
        // A later one, after the seal, is a break of its own; the acknowledged one stays a ⚠ line.
        try Self.append(desk, role: "staf-pengaduan", type: "case-paused", status: Self.paused)
        try Self.append(desk, role: "resepsionis", type: "case-resumed", status: Self.open)
        let later = try desk.sop(["db", "verify"])
        #expect(later.status == 1, "\(later.stdout)")
        #expect(later.stdout.contains("  ✗ kasus 01-2026-000002, urutan 18: kejadian 'case-resumed'"), "\(later.stdout)")
        #expect(later.stdout.contains("  ⚠ diakui (tercakup segel #1): kasus 01-2026-000002, urutan 16:"), "\(later.stdout)")
        #expect(later.stderr.contains("1 kerusakan ditemukan"), "\(later.stderr)")
    }
}
