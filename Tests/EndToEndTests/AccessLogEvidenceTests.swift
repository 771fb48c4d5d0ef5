import Foundation
import SOPCore
import SOPEngine
import SOPStore
import Testing

@testable import SOPPostgres

/// The access log of unmasked personal data as evidence (issue 11, "the record must be
/// evidence"): one hash chain, checked by `sop db verify`, sealed by `sop db seal`, carried by
/// `sop db copy`, on SQLite and PostgreSQL.
@Suite("The access log as evidence", .timeLimit(.minutes(10)))
struct AccessLogEvidenceTests {
    typealias Backend = TamperTests.Backend

    /// A tamper desk (two cases) whose log has three entries: 01-2026-000001 twice, then
    /// 01-2026-000002.
    static func desk(_ backend: Backend) throws -> TamperTests.Desk {
        let desk = try TamperTests.Desk(backend)
        for id in ["01-2026-000001", "01-2026-000001", "01-2026-000002"] {
            let shown = try desk.sop(["case", id, "--show-personal"])
            #expect(shown.status == 0, "\(shown.stderr)")
        }
        let verified = try desk.sop(["db", "verify"])
        #expect(verified.status == 0, "\(verified.stdout)")
        #expect(verified.stdout.contains("log akses data pribadi (3 isian) dan 0 segel. Tidak termasuk: apa pun yang ditulis"),
                "\(verified.stdout)")
        return desk
    }

    /// Drops what refuses a hand edit of the log (whoever can write the database can).
    static func unlock(_ backend: Backend) -> String {
        backend == .sqlite
            ? "DROP TRIGGER personal_access_no_update; DROP TRIGGER personal_access_no_delete; DROP TRIGGER personal_access_chained; DROP INDEX personal_access_sequence;"
            : "ALTER TABLE personal_access DISABLE TRIGGER USER; DROP INDEX personal_access_sequence;"
    }

    struct Edit: Sendable, CustomStringConvertible {
        let description: String
        let sql: String
        let reported: String
    }

    static let edits = [
        Edit(description: "edited", sql: "UPDATE personal_access SET operator = 'palsu' WHERE sequence = 2;",
             reported: "log akses data pribadi, isian 2 (kasus 01-2026-000001): hash isian tidak cocok dengan isinya dan isian sebelumnya"),
        Edit(description: "deleted in the middle", sql: "DELETE FROM personal_access WHERE sequence = 2;",
             reported: "log akses data pribadi, isian 2 hilang (isian berikutnya yang tersimpan: 3)"),
        Edit(description: "inserted in the middle", sql: """
            UPDATE personal_access SET sequence = sequence + 1 WHERE sequence >= 2;
            INSERT INTO personal_access (sequence, at, operator, case_id, command, hash)
                SELECT 2, at, 'palsu', case_id, command, hash FROM personal_access WHERE sequence = 1;
            """, reported: "log akses data pribadi, isian 2 (kasus 01-2026-000001): isian ini disisipkan: isian sesudahnya terhubung ke isian sebelumnya"),
        Edit(description: "appended with a wrong hash", sql: """
            INSERT INTO personal_access (sequence, at, operator, case_id, command, hash)
                SELECT 4, at, 'palsu', case_id, command, hash FROM personal_access WHERE sequence = 3;
            """, reported: "log akses data pribadi, isian 4 (kasus 01-2026-000002): hash isian tidak cocok"),
        Edit(description: "back-dated before the entry before it", sql: "UPDATE personal_access SET at = at - 7200000 WHERE sequence = 3;",
             reported: "log akses data pribadi, isian 3 (kasus 01-2026-000002): bertanggal "),
        Edit(description: "back-dated before its case started", sql: "UPDATE personal_access SET at = 1000000000000 WHERE sequence = 1;",
             reported: "log akses data pribadi, isian 1 (kasus 01-2026-000001): bertanggal 09-09-2001 08.46.40,000 WIB, sebelum kasusnya dimulai"),
        Edit(description: "naming a case that does not exist", sql: "UPDATE personal_access SET case_id = '01-2026-000099' WHERE sequence = 3;",
             reported: "log akses data pribadi, isian 3 (kasus 01-2026-000099): menyebut kasus yang tidak ada di basis data ini"),
    ]

    @Test(arguments: Backend.available, edits)
    func eachEditOfTheLogIsALocatedBreak(backend: Backend, edit: Edit) throws {
        let desk = try Self.desk(backend)
        defer { desk.drop() }
        try desk.sql(Self.unlock(backend) + edit.sql)
        let verified = try desk.sop(["db", "verify"])
        #expect(verified.status == 1)
        #expect(verified.stdout.contains("  ✗ " + edit.reported), "\(edit): \(verified.stdout)")
        #expect(!verified.stdout.contains("Cakupan:"), "no verdict over a broken log")
    }

    /// An entry appended with its hash computed right, but dated before the one it follows: only
    /// the date tells (on SQLite the desk's clock is the writer's; on PostgreSQL only the schema's
    /// owner writes a time of its own, and the trigger links the row).
    @Test(arguments: Backend.available)
    func anEntryChainedRightButBackDatedIsReported(backend: Backend) throws {
        let desk = try Self.desk(backend)
        defer { desk.drop() }
        let last = try Self.log(desk).last?.at ?? Date()
        let earlier = last.addingTimeInterval(-3600)
        switch backend {
        case .sqlite:
            try SQLiteCaseStore(path: desk.folder + "/sop.sqlite").recordPersonalAccess(
                PersonalAccess(at: earlier, operatorName: "palsu", caseID: "01-2026-000001", command: "sop case --show-personal"))
        case .postgres:
            try desk.sql("INSERT INTO personal_access (at, operator, case_id, command) VALUES (\(earlier.milliseconds), 'palsu', '01-2026-000001', 'x');")
        }
        #expect(try AccessLogAudit(log: Self.log(desk)).chainBreaks().isEmpty, "the chain itself holds")
        let verified = try desk.sop(["db", "verify", "--lang", "en"])
        #expect(verified.status == 1)
        #expect(verified.stdout.contains("  ✗ personal-data access log, entry 4 (case 01-2026-000001): dated "), "\(verified.stdout)")
        #expect(verified.stdout.contains("recorded earlier (back-dated"), "\(verified.stdout)")
        #expect(!verified.stdout.contains("hash does not match"), "\(verified.stdout)")
    }

    static func store(_ desk: TamperTests.Desk) throws -> any VerifiableStore & PersonalAccessLog {
        switch desk.backend {
        case .sqlite: try SQLiteCaseStore(path: desk.folder + "/sop.sqlite")
        case .postgres: try #require(desk.shared).store()
        }
    }

    static func log(_ desk: TamperTests.Desk) throws -> [PersonalAccess] { try store(desk).personalAccessLog() }

    /// The seal signs the log's head: a log recomputed whole after the seal (its chain holding) is
    /// caught against the seal, and with the key a seal forged to match is caught too.
    @Test(arguments: Backend.available)
    func theSealCatchesALogRecomputedWhole(backend: Backend) throws {
        let desk = try Self.desk(backend)
        defer { desk.drop() }
        let key = desk.folder + "/kunci"
        let sealed = try desk.sop(["db", "seal", "--kunci", key])
        #expect(sealed.status == 0, "\(sealed.stderr)")
        let log = try Self.log(desk)
        let head = try #require(log.last?.hash)
        let seal = try #require(try Self.seals(desk).first)
        #expect(seal.heads.hasPrefix("(access-log) 3 \(head)\n"), "\(seal.heads)")
        // The digest covers the log's head, and the seal says so (tester 21: a label naming the cases alone).
        #expect(seal.digest == SHA256.hex(Array(seal.heads.utf8)))
        #expect(sealed.stdout.contains("log akses; digest \(seal.digest) (arsipkan di luar basis data)"), "\(sealed.stdout)")
        let verified = try desk.sop(["db", "verify"])
        #expect(verified.stdout.contains("log akses): \(seal.digest); arsipkan"), "\(verified.stdout)")
        // The last entry deleted and the rest left as it is: the chain holds, the seal does not.
        try desk.sql(Self.unlock(backend) + "DELETE FROM personal_access WHERE sequence = 3;")
        let cut = try desk.sop(["db", "verify"])
        #expect(cut.status == 1)
        #expect(cut.stdout.contains("  ✗ log akses data pribadi berakhir di isian 2, padahal segel mencakup isian 3 (isian 3 dihapus)\n"),
                "\(cut.stdout)")
        // The whole log rewritten with its chain recomputed (an operator's name changed), and a
        // third entry linked after it: only the seal tells, and with the key a forged seal too.
        var forged = log.map(\.unstored)
        forged[0].operatorName = "palsu"
        let relinked = AccessLogChain.linked(forged, after: 0, previous: "")
        try desk.sql("DELETE FROM personal_access;" + relinked.map {
            "INSERT INTO personal_access (sequence, at, operator, case_id, command, hash) VALUES (\($0.sequence), \($0.at.milliseconds), "
                + "'\($0.operatorName)', '\($0.caseID)', '\($0.command)', '\($0.hash ?? "")');"
        }.joined())
        #expect(try AccessLogAudit(log: Self.log(desk)).chainBreaks().isEmpty, "the recomputed chain holds")
        let unkeyed = try desk.sop(["db", "verify"])
        #expect(unkeyed.status == 1)
        #expect(unkeyed.stdout.contains("  ✗ log akses data pribadi, isian 3: hash isian berbeda dengan yang disegel (log ditulis ulang)"),
                "\(unkeyed.stdout)")
        let heads = seal.heads.replacingOccurrences(of: head, with: relinked.last?.hash ?? "")
        try desk.sql(TamperTests.unlockSeals(desk.backend) + "UPDATE chain_seal SET heads = '\(heads)', digest = '\(SHA256.hex(Array(heads.utf8)))';")
        #expect(try desk.sop(["db", "verify"]).status == 0, "without the key a forged seal looks whole")
        let keyed = try desk.sop(["db", "verify", "--kunci", key])
        #expect(keyed.status == 1)
        #expect(keyed.stdout.contains("  ✗ segel #1 tidak ditandatangani dengan kunci ini"), "\(keyed.stdout)")
    }

    static func seals(_ desk: TamperTests.Desk) throws -> [ChainSeal] { try store(desk).seals() }

    /// A seal made before the log was chained names no access-log head: it still verifies, with
    /// and without the key, and a log edited later is still reported by its chain.
    @Test(arguments: Backend.available)
    func aSealOfTheOldFormatStillVerifies(backend: Backend) throws {
        let desk = try Self.desk(backend)
        defer { desk.drop() }
        let key = desk.folder + "/kunci"
        #expect(try desk.sop(["db", "seal", "--kunci", key]).status == 0)
        // The seal as the previous version wrote it: the cases' heads and the roster's only, signed.
        let seal = try #require(try Self.seals(desk).first)
        let old = ChainSeal(sealedAt: seal.sealedAt, heads: seal.parsedHeads.filter { $0.caseID != AccessLogAudit.sealHeadID },
                            key: try SealKey.read(key))
        #expect(!old.heads.contains("(access-log)"))
        try desk.sql(TamperTests.unlockSeals(desk.backend) + "UPDATE chain_seal SET heads = '\(old.heads)', digest = '\(old.digest)', mac = '\(old.mac)';")
        let keyed = try desk.sop(["db", "verify", "--kunci", key])
        #expect(keyed.status == 0, "\(keyed.stdout)")
        #expect(keyed.stdout.contains(old.digest), "\(keyed.stdout)")
        try desk.sql(Self.unlock(backend) + "UPDATE personal_access SET command = 'x' WHERE sequence = 1;")
        let edited = try desk.sop(["db", "verify", "--kunci", key])
        #expect(edited.status == 1)
        #expect(edited.stdout.contains("  ✗ log akses data pribadi, isian 1 (kasus 01-2026-000001): hash isian tidak cocok"), "\(edited.stdout)")
    }

    /// `sop db copy` carries the log with its places and hashes (PostgreSQL or SQLite to SQLite,
    /// then SQLite to an empty store of the desk's kind), and the copy verifies; a second run adds
    /// nothing; a source whose log is broken copies nothing.
    @Test(arguments: Backend.available)
    func theCopyCarriesTheChain(backend: Backend) throws {
        let desk = try Self.desk(backend)
        defer { desk.drop() }
        let source = desk.shared.map { $0.address.uri } ?? desk.folder + "/sop.sqlite"
        let copy = desk.folder + "/salinan.sqlite"
        let copied = try desk.sop(["db", "copy", "--from", source, "--to", copy])
        #expect(copied.status == 0, "\(copied.stdout)\(copied.stderr)")
        let there = try SQLiteCaseStore(path: copy).personalAccessLog()
        let here = try Self.log(desk)
        #expect(there.count == 3)
        #expect(there == here)
        let verified = try SOPBinary.run(["db", "verify", "--db", copy])
        #expect(verified.status == 0, "\(verified.stdout)")
        #expect(verified.stdout.contains("log akses data pribadi (3 isian)"), "\(verified.stdout)")
        let again = try desk.sop(["db", "copy", "--from", source, "--to", copy])
        #expect(again.status == 0, "\(again.stdout)\(again.stderr)")
        #expect(try SQLiteCaseStore(path: copy).personalAccessLog().count == 3)
        // Back into an empty store of the desk's kind: the same chain.
        let shared = backend == .postgres ? try SharedStore() : nil
        defer { shared?.drop() }
        let back = shared?.address.uri ?? desk.folder + "/kembali.sqlite"
        let returned = try desk.sop(["db", "copy", "--from", copy, "--to", back])
        #expect(returned.status == 0, "\(returned.stdout)\(returned.stderr)")
        let backLog = try shared.map { try $0.store().personalAccessLog() } ?? SQLiteCaseStore(path: back).personalAccessLog()
        #expect(backLog == there)
        // A broken log at the source: nothing copied.
        try desk.sql(Self.unlock(backend) + "UPDATE personal_access SET operator = 'palsu' WHERE sequence = 1;")
        let refused = try desk.sop(["db", "copy", "--from", source, "--to", desk.folder + "/lain.sqlite"])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("  ✗ log akses data pribadi, isian 1 (kasus 01-2026-000001): hash isian tidak cocok"), "\(refused.stdout)")
    }
}
