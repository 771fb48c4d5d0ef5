import Foundation
import SOPCore
import SOPEngine
import SOPStore
import Testing

@testable import SOPPostgres

/// The access log checked where an auditor reads it (`sop case ID --akses`), each break at its
/// entry, what its entries say against the roster and the refusal codes, and an entry no one can
/// remove acknowledged once by a seal (tester 19's F1–F4, F8, F10), on SQLite and PostgreSQL.
@Suite("The access log checked where it is read", .timeLimit(.minutes(5)))
struct AccessLogCheckTests {
    typealias Backend = TamperTests.Backend
    typealias Evidence = AccessLogEvidenceTests

    struct Edit: Sendable, CustomStringConvertible {
        let description: String
        let sql: String
        let reported: String
    }

    /// Edits made after a seal covering the three entries.
    static let edits = [
        Edit(description: "deleted in the middle", sql: "DELETE FROM personal_access WHERE sequence = 2;",
             reported: "  ✗ log akses data pribadi, isian 2 hilang (isian berikutnya yang tersimpan: 3)\n"),
        Edit(description: "edited", sql: "UPDATE personal_access SET command = 'x' WHERE sequence = 3;",
             reported: "  ✗ log akses data pribadi, isian 3 (kasus 01-2026-000002): hash isian tidak cocok"),
        Edit(description: "cut short", sql: "DELETE FROM personal_access WHERE sequence >= 2;",
             reported: "  ✗ log akses data pribadi berakhir di isian 1, padahal segel mencakup isian 3 (isian 2–3 dihapus)\n"),
        Edit(description: "emptied", sql: "DELETE FROM personal_access;",
             reported: "  ✗ log akses data pribadi kosong, padahal segel mencakup isian 1–3 (semua isian dihapus)\n"),
    ]

    @Test(arguments: Backend.available, edits)
    func theCaseLogIsCheckedBeforeItIsShown(backend: Backend, edit: Edit) throws {
        let desk = try Evidence.desk(backend)
        defer { desk.drop() }
        #expect(try desk.sop(["db", "seal", "--kunci", desk.folder + "/kunci"]).status == 0)
        try desk.sql(Evidence.unlock(backend) + edit.sql)
        let shown = try desk.sop(["case", "01-2026-000001", "--akses"])
        #expect(shown.status == 1)
        #expect(shown.stdout.contains(edit.reported), "\(shown.stdout)")
        #expect(!shown.stdout.contains("belum pernah dibuka"), "\(shown.stdout)")
        #expect(shown.stderr.contains("log akses data pribadi tidak utuh (1 kerusakan): daftar di atas bisa tidak lengkap atau dipalsukan"),
                "\(shown.stderr)")
        // One edit, one finding, at the same place in verify.
        let verified = try desk.sop(["db", "verify"])
        #expect(verified.stdout.contains(edit.reported), "\(verified.stdout)")
        #expect(verified.stderr == "sop: galat: 1 kerusakan ditemukan\n", "\(verified.stdout)")
    }

    /// A middle entry deleted under a seal whose head is that entry, while the log goes on: one
    /// finding at the gap, not a second "the log ends" line (tester 19's F3 on PostgreSQL).
    @Test(arguments: Backend.available)
    func aSealedEntryDeletedInTheMiddleIsOneFinding(backend: Backend) throws {
        let desk = try TamperTests.Desk(backend)
        defer { desk.drop() }
        #expect(try desk.sop(["case", "01-2026-000001", "--show-personal"]).status == 0)
        #expect(try desk.sop(["case", "01-2026-000001", "--show-personal"]).status == 0)
        #expect(try desk.sop(["db", "seal", "--kunci", desk.folder + "/kunci"]).status == 0)
        for _ in 0..<3 { #expect(try desk.sop(["case", "01-2026-000002", "--show-personal"]).status == 0) }
        try desk.sql(Evidence.unlock(backend) + "DELETE FROM personal_access WHERE sequence = 2;")
        let verified = try desk.sop(["db", "verify", "--lang", "en"])
        #expect(verified.status == 1)
        #expect(verified.stdout.contains("  ✗ personal-data access log, entry 2 missing (the next stored entry is 3)\n"), "\(verified.stdout)")
        #expect(!verified.stdout.contains("ends"), "\(verified.stdout)")
        #expect(verified.stderr == "sop: error: 1 break found\n", "\(verified.stdout)")
    }

    /// A dropped table is never read as "never unmasked", and verify does not claim there is no seal.
    @Test(arguments: Backend.available)
    func aDroppedLogIsNotReadAsNeverUnmasked(backend: Backend) throws {
        let desk = try Evidence.desk(backend)
        defer { desk.drop() }
        #expect(try desk.sop(["db", "seal", "--kunci", desk.folder + "/kunci"]).status == 0)
        try desk.sql("DROP TABLE personal_access;")
        let shown = try desk.sop(["case", "01-2026-000001", "--akses"])
        #expect(shown.status == 1)
        #expect(shown.stdout.isEmpty, "\(shown.stdout)")
        #expect(shown.stderr.contains("tabel 'personal_access' tidak ada (dihapus atau diganti nama); tidak diketahui siapa yang pernah membuka data pribadinya"),
                "\(shown.stderr)")
        let verified = try desk.sop(["db", "verify"])
        #expect(verified.status == 1)
        #expect(verified.stdout.contains("segel tidak diperiksa: pemeriksaan berhenti pada tabel yang hilang\n"), "\(verified.stdout)")
        #expect(!verified.stdout.contains("belum ada segel"), "\(verified.stdout)")
    }

    /// A case whose own chain is broken still shows who unmasked it, with the break said.
    @Test(arguments: Backend.available)
    func aBrokenCaseStillShowsItsLog(backend: Backend) throws {
        let desk = try Evidence.desk(backend)
        defer { desk.drop() }
        let edit = "UPDATE case_event SET operator = 'palsu' WHERE case_id = '01-2026-000001' AND sequence = 9;"
        try desk.sql(backend == .sqlite ? TamperTests.unlockUpdate.sqlite + edit + TamperTests.relockUpdate.sqlite
                                        : TamperTests.unlockUpdate.postgres + edit + TamperTests.relockUpdate.postgres)
        let shown = try desk.sop(["case", "01-2026-000001", "--akses"])
        #expect(shown.status == 1)
        #expect(shown.stdout.hasPrefix("Pembukaan data pribadi kasus 01-2026-000001: 2 kali\n"), "\(shown.stdout)")
        #expect(shown.stderr.contains("riwayat kasus ini sendiri tidak utuh (log akses tetap ditampilkan): "), "\(shown.stderr)")
        #expect(shown.stderr.contains("kasus 01-2026-000001, urutan 9"), "\(shown.stderr)")
    }

    /// An entry whose chain holds but that sop could never have written: a finding until a seal
    /// made with --akui-log-akses acknowledges it; then printed, not counted, and the nightly
    /// verify-and-seal goes on. A break of the chain is never acknowledged.
    @Test(arguments: Backend.available)
    func anEntryNoOneCanRemoveIsAcknowledgedOnceBySealing(backend: Backend) throws {
        let desk = try Evidence.desk(backend)
        defer { desk.drop() }
        let key = desk.folder + "/kunci"
        func poison(_ id: String) throws {
            switch backend {
            case .sqlite:
                try Evidence.store(desk).recordPersonalAccess(
                    PersonalAccess(at: Date(), operatorName: "dodi", caseID: id, command: "psql", refused: PersonalAccess.Refusal.noRole))
            case .postgres:
                // As written through the server function before it refused unknown cases (the trigger links it).
                try desk.sql("INSERT INTO personal_access (at, operator, case_id, command, refused) VALUES ((extract(epoch FROM clock_timestamp()) * 1000)::bigint, 'dodi', '\(id)', 'psql', 'no-role');")
            }
        }
        try poison("01-2026-999999")
        let finding = "log akses data pribadi, isian 4 (kasus 01-2026-999999): menyebut kasus yang tidak ada di basis data ini"
        let broken = try desk.sop(["db", "verify"])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("  ✗ " + finding), "\(broken.stdout)")
        #expect(try desk.sop(["db", "seal", "--kunci", key]).status == 1, "no seal over a finding without the flag")
        let sealed = try desk.sop(["db", "seal", "--kunci", key, "--akui-log-akses"])
        #expect(sealed.status == 0, "\(sealed.stdout)\(sealed.stderr)")
        #expect(sealed.stdout.contains("  ✗ " + finding), "\(sealed.stdout)")
        #expect(sealed.stdout.contains("segel ini mengakui 1 temuan log akses data pribadi"), "\(sealed.stdout)")
        for arguments in [["db", "verify"], ["db", "verify", "--kunci", key]] {
            let verified = try desk.sop(arguments)
            #expect(verified.status == 0, "\(arguments): \(verified.stdout)")
            #expect(verified.stdout.contains("  ⚠ diakui (tercakup segel #1, dibuat dengan --akui-log-akses): " + finding), "\(verified.stdout)")
            #expect(verified.stdout.contains("1 temuan log akses data pribadi diakui segel (⚠ di atas): isian itu tetap tidak sah"), "\(verified.stdout)")
        }
        #expect(try desk.sop(["db", "seal", "--kunci", key]).status == 0, "the nightly seal goes on")
        // A new one after the seal is a finding again; a broken chain is never acknowledged.
        try poison("01-2026-999998")
        #expect(try desk.sop(["db", "verify"]).stderr == "sop: galat: 1 kerusakan ditemukan\n")
        try desk.sql(Evidence.unlock(backend) + "UPDATE personal_access SET command = 'x' WHERE sequence = 1;")
        let refused = try desk.sop(["db", "seal", "--kunci", key, "--akui-log-akses"])
        #expect(refused.status == 1, "\(refused.stdout)")
        #expect(refused.stderr.contains("segel tidak dibuat: 2 kerusakan ditemukan"), "\(refused.stderr)")
    }

    /// Data shown to someone who held no role then, and a refusal code sop does not write, are
    /// findings of verify and of `--akses` (SQLite: a desk's entry forged with a correct hash; the
    /// PostgreSQL server refuses both, `PostgresAccessLogTests`).
    @Test func anEntryTheRulesCouldNotHaveWrittenIsReported() throws {
        let desk = try TamperTests.Desk(.sqlite)
        defer { desk.drop() }
        // The roster comes into force an hour after the cases were written.
        let later = desk.environment.merging(["SOP_FIXED_TIME": "2026-11-30T10:00:00+07:00"]) { _, new in new }
        for (login, grant) in [("ani", ["ani", "pengelola-peran"]), ("ani", ["budi", "resepsionis", "--sop", "01"])] {
            let granted = try SOPBinary.run(["roster", "grant"] + grant, environment: later.merging(["SOP_TEST_LOGIN": login]) { _, new in new })
            #expect(granted.status == 0, "\(granted.stderr)")
        }
        let at = try #require(ISO8601DateFormatter().date(from: "2026-11-30T11:00:00+07:00"))
        let store = try Evidence.store(desk)
        for entry in [PersonalAccess(at: at, operatorName: "budi", caseID: "01-2026-000001", command: "sop case --show-personal"),
                      PersonalAccess(at: at, operatorName: "dodi", caseID: "01-2026-000001", command: "sop case --show-personal"),
                      PersonalAccess(at: at, operatorName: "dodi", caseID: "01-2026-000001", command: "sop case", refused: "saya-diizinkan-kepala")] {
            try store.recordPersonalAccess(entry)
        }
        let lines = [
            "  ✗ log akses data pribadi, isian 2 (kasus 01-2026-000001): mencatat data pribadi ditampilkan kepada 'dodi', yang saat itu tidak memegang peran pelaksana untuk SOP 01 maupun pengelola peran\n",
            "  ✗ log akses data pribadi, isian 3 (kasus 01-2026-000001): kode penolakan 'saya-diizinkan-kepala' tidak dikenal sop (ditulis di luar sop)\n",
        ]
        let administrator = desk.environment.merging(["SOP_TEST_LOGIN": "ani"]) { _, new in new }
        let verified = try SOPBinary.run(["db", "verify"], environment: administrator)
        #expect(verified.stderr == "sop: galat: 2 kerusakan ditemukan\n", "budi held a role: \(verified.stdout)")
        let shown = try SOPBinary.run(["case", "01-2026-000001", "--akses"], environment: administrator)
        #expect(shown.status == 1)
        for line in lines {
            #expect(verified.stdout.contains(line), "\(verified.stdout)")
            #expect(shown.stdout.contains(line), "\(shown.stdout)")
        }
        try SOPBinary.expectGolden(shown.stdout + shown.stderr, "akses-log-findings.txt")
    }

    /// The seals are append-only like every other evidence table.
    @Test(arguments: Backend.available)
    func theSealsAreAppendOnly(backend: Backend) throws {
        let desk = try TamperTests.Desk(backend)
        defer { desk.drop() }
        #expect(try desk.sop(["db", "seal", "--kunci", desk.folder + "/kunci"]).status == 0)
        switch backend {
        case .sqlite:
            for statement in ["UPDATE chain_seal SET digest = 'x'", "DELETE FROM chain_seal"] {
                let result = try RecordEvidenceTests.sqlite(desk.folder + "/sop.sqlite", statement)
                #expect(result.status != 0, "\(statement)")
                #expect(result.stderr.contains("chain seals are append-only"), "\(result.stderr)")
            }
        case .postgres:
            let connection = try PGConnection(try #require(desk.shared).address)
            for statement in ["UPDATE chain_seal SET digest = 'x'", "DELETE FROM chain_seal", "TRUNCATE chain_seal"] {
                #expect(throws: PGFailure.self, "\(statement)") { try connection.execute(statement) }
            }
        }
        #expect(try desk.sop(["db", "verify"]).status == 0)
    }
}
