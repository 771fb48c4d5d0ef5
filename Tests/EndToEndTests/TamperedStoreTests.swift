import Foundation
import SOPCore
import SOPPostgres
import SOPStore
import Testing

@testable import SOPEngine

/// A sealed store tampered with as an auditor would: a seal inconsistent with itself must not certify
/// "utuh", back-dated entries after a seal are reported, a copy keeps the seals, and a forged step
/// visit cannot make the report blame an officer with no trace.
@Suite("A tampered store: the record as an auditor reads it", .timeLimit(.minutes(10)))
struct TamperedStoreTests {
    typealias Desk = TamperTests.Desk
    typealias Backend = TamperTests.Backend

    static let fixed = ISO8601DateFormatter().date(from: RunTests.fixedTime)!.milliseconds

    /// Runs sop on the desk's store at another fixed time.
    static func sop(_ desk: Desk, _ arguments: [String], at time: String) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: desk.environment.merging(["SOP_FIXED_TIME": time]) { _, new in new })
    }

    /// `sop db copy`, with the password of a PostgreSQL destination.
    static func copy(_ desk: Desk, from source: String, to destination: String) throws -> SOPBinary.Output {
        var environment = desk.environment
        environment["PGPASSWORD"] = ProcessInfo.processInfo.environment["PGPASSWORD"]
        return try SOPBinary.run(["db", "copy", "--from", source, "--to", destination], environment: environment)
    }

    static func store(_ desk: Desk) throws -> any AdministeredStore {
        try desk.backend == .sqlite ? SQLiteCaseStore(path: desk.folder + "/sop.sqlite") : try #require(desk.shared).store()
    }

    /// Case 01-2026-000001's answer rewritten with its chain recomputed (what tester 15's T19 did);
    /// returns the new heads text of both cases.
    static func rewriteChain(_ desk: Desk) throws -> String {
        let store = try store(desk)
        var events = try #require(try store.archivedCase("01-2026-000001")).events
        events[3].payload = events[3].payload.replacingOccurrences(of: "Siti Aminah", with: "Siti Aminah Palsu")
        let relinked = EventChain.linked(events.map(\.content), caseID: "01-2026-000001", previous: "")
        let updates = relinked[3...].map {
            "UPDATE case_event SET payload = '\($0.payload)', hash = '\($0.hash ?? "")' WHERE case_id = '01-2026-000001' AND sequence = \($0.sequence);"
        }.joined() + "UPDATE case_lookup SET title = replace(title, 'Siti Aminah', 'Siti Aminah Palsu') WHERE case_id = '01-2026-000001';"
        try desk.sql(desk.backend == .sqlite ? TamperTests.unlockUpdate.sqlite + updates + TamperTests.relockUpdate.sqlite
                                             : TamperTests.unlockUpdate.postgres + updates + TamperTests.relockUpdate.postgres)
        let second = try #require(try store.archivedCase("01-2026-000002")).events.last
        return "01-2026-000001 29 \(relinked[28].hash ?? "")\n" + (second.map { "01-2026-000002 14 \($0.hash ?? "")\n" } ?? "")
    }

    /// Finding 1: a seal whose stored digest is not the hash of its own heads is a break, located,
    /// in the whole store's check and in one case's; the verdict never says "utuh".
    @Test(arguments: Backend.available)
    func aSealInconsistentWithItselfIsABreak(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let key = desk.folder + "/kunci"
        #expect(try desk.sop(["db", "seal", "--kunci", key]).status == 0)
        let heads = try Self.rewriteChain(desk)
        // The heads rewritten to the forged chain, the digest left as it was (T21).
        try desk.sql(TamperTests.unlockSeals(desk.backend) + "UPDATE chain_seal SET heads = '\(heads)';")
        for arguments in [["db", "verify"], ["db", "verify", "--case", "01-2026-000001"]] {
            let verified = try desk.sop(arguments)
            #expect(verified.status == 1, "\(arguments): \(verified.stdout)")
            #expect(verified.stdout.contains("  ✗ segel #1: digest tersimpan "), "\(verified.stdout)")
            #expect(verified.stdout.contains("bukan SHA-256 kepala rantai yang disimpan segel itu"))
            #expect(!verified.stdout.contains("utuh:"), "\(verified.stdout)")
            #expect(verified.stderr.contains("kerusakan ditemukan"))
        }
    }

    /// Finding 2: an event appended with a correct hash, dated before the event it follows, or
    /// after the seal's head but dated before the seal, is reported as back-dated.
    @Test(arguments: Backend.available)
    func backDatedEventsAreReported(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        // The seal is made a day after the cases' events.
        #expect(try Self.sop(desk, ["db", "seal", "--kunci", desk.folder + "/kunci"], at: "2026-12-01T09:00:00+07:00").status == 0)
        let store = try Self.store(desk)
        let last = try #require(try store.archivedCase("01-2026-000002")?.events.last)
        func append(at: Int64) throws {
            let note = ArchivedEvent(sequence: 15, at: at, operatorName: "sari", role: "staf-pengaduan", step: "3", type: "note-added",
                                     payload: #"{"step":"3","text":"catatan susulan"}"#, hash: nil)
            let hash = EventChain.hash(caseID: "01-2026-000002", note, previous: last.hash ?? "")
            try desk.sql("""
                INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash) VALUES
                ('01-2026-000002', 15, \(at), 'sari', 'staf-pengaduan', '3', 'note-added', '{"step":"3","text":"catatan susulan"}', '\(hash)');
                """)
        }
        // An hour after the event it follows, but before the seal, which does not hold it.
        try append(at: Self.fixed + 3_600_000)
        for arguments in [["db", "verify"], ["db", "verify", "--kunci", desk.folder + "/kunci"]] {
            let verified = try desk.sop(arguments)
            #expect(verified.status == 1, "\(verified.stdout)")
            #expect(verified.stdout.contains("  ✗ kasus 01-2026-000002, urutan 15: dicatat setelah segel #1 (dibuat 01-12-2026 09.00.00,000 WIB) "
                + "tetapi bertanggal 30-11-2026 10.00.00,000 WIB, sebelum segel itu (tanggal dimundurkan)"), "\(verified.stdout)")
        }
        let seals = try desk.sop(["db", "verify"])
        #expect(!seals.stdout.contains("sebelum 30-11-2026"), "one hour after its predecessor is in order")

        // Dated an hour before the event it follows (within a minute would be a desk's clock).
        let unlock = backend == .sqlite ? TamperTests.unlockDelete.sqlite : TamperTests.unlockDelete.postgres
        let relock = backend == .sqlite ? TamperTests.relockDelete.sqlite : TamperTests.relockDelete.postgres
        try desk.sql(unlock + TamperTests.unlockSeals(desk.backend) + "DELETE FROM case_event WHERE case_id = '01-2026-000002' AND sequence = 15; DELETE FROM chain_seal;" + relock)
        try append(at: Self.fixed - 3_600_000)
        let early = try desk.sop(["db", "verify"])
        #expect(early.status == 1)
        #expect(early.stdout.contains("  ✗ kasus 01-2026-000002, urutan 15: bertanggal 30-11-2026 08.00.00,000 WIB, sebelum "
            + "30-11-2026 09.00.00,000 WIB yang dicatat lebih dulu"), "\(early.stdout)")
    }

    /// Finding 2, the roster: a grant appended after the seal, dated before it (T22), with its
    /// roster chain and holdings recomputed, is reported.
    @Test func aBackDatedGrantAfterTheSealIsReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-t15-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = folder + "/sop.sqlite"
        func sop(_ arguments: [String], at time: String = RunTests.fixedTime) throws -> SOPBinary.Output {
            try SOPBinary.run(arguments, environment: ["SOP_DB": database, "SOP_FIXED_TIME": time, "SOP_TEST_LOGIN": "ani"])
        }
        #expect(try sop(["roster", "grant", "ani", "pengelola-peran"]).status == 0)
        #expect(try sop(["roster", "grant", "budi", "resepsionis"]).status == 0)
        #expect(try sop(["db", "seal", "--kunci", folder + "/kunci"], at: "2026-12-01T09:00:00+07:00").status == 0)
        let history = try SQLiteCaseStore(path: database).rosterHistory()
        var grant = try #require(history.last)
        grant.sequence = 3
        grant.operatorName = "eko"
        grant.at = Date(milliseconds: Self.fixed - 86_400_000)
        let hash = RosterChain.hash(grant, previous: history.last?.hash ?? "")
        try TamperTests.sqlite(database, """
            INSERT INTO roster_event (sequence, at, granted_by, action, operator, role, sop, hash)
            VALUES (3, \(grant.at.milliseconds), 'ani', 'grant', 'eko', 'resepsionis', '', '\(hash)');
            """)
        let verified = try sop(["db", "verify"])
        #expect(verified.status == 1, "\(verified.stdout)")
        #expect(verified.stdout.contains("  ✗ daftar peran, urutan 3: bertanggal 29-11-2026 09.00.00,000 WIB, sebelum 30-11-2026 09.00.00,000 WIB"),
                "\(verified.stdout)")
        #expect(verified.stdout.contains("  ✗ daftar peran, urutan 3: dicatat setelah segel #1"), "\(verified.stdout)")
    }

    /// Finding 3: `sop db copy` carries the seals, so that `verify --kunci` at the destination
    /// passes for an honest store and catches a forged seal the source's key check catches.
    @Test(arguments: Backend.available)
    func aCopyCarriesTheSeals(destination: Backend) throws {
        let desk = try Desk(.sqlite)
        let target = try destination == .postgres ? SharedStore() : nil
        defer {
            desk.drop()
            target?.drop()
        }
        let key = desk.folder + "/kunci"
        #expect(try desk.sop(["db", "seal", "--kunci", key]).status == 0)
        func copy(to name: String) throws -> (SOPBinary.Output, [String: String]) {
            let address = target?.address.uri ?? desk.folder + "/" + name
            let output = try Self.copy(desk, from: desk.folder + "/sop.sqlite", to: address)
            var environment = target?.environment ?? ["SOP_DB": address]
            environment["SOP_FIXED_TIME"] = RunTests.fixedTime
            return (output, environment)
        }
        let (honest, there) = try copy(to: "salinan.sqlite")
        #expect(honest.status == 0, "\(honest.stdout)\(honest.stderr)")
        #expect(honest.stdout.contains("segel disalin: 1 (isi dan tanda tangan sama"), "\(honest.stdout)")
        let verified = try SOPBinary.run(["db", "verify", "--kunci", key], environment: there)
        #expect(verified.status == 0, "\(verified.stdout)")
        #expect(verified.stdout.contains("Segel diperiksa dengan kunci (1 segel): 2 dari 2 kasus tersegel sampai kejadian terakhirnya."),
                "\(verified.stdout)")
        target?.drop()

        // The chain and the seal forged consistently (T21b): only the key tells, at the copy too.
        let heads = try Self.rewriteChain(desk)
        try desk.sql(TamperTests.unlockSeals(desk.backend) + "UPDATE chain_seal SET heads = '\(heads)', digest = '\(SHA256.hex(Array(heads.utf8)))';")
        #expect(try desk.sop(["db", "verify"]).status == 0)
        let fresh = try destination == .postgres ? SharedStore() : nil
        defer { fresh?.drop() }
        let address = fresh?.address.uri ?? desk.folder + "/salinan2.sqlite"
        let laundered = try Self.copy(desk, from: desk.folder + "/sop.sqlite", to: address)
        #expect(laundered.status == 0, "\(laundered.stderr)")
        var environment = fresh?.environment ?? ["SOP_DB": address]
        environment["SOP_FIXED_TIME"] = RunTests.fixedTime
        let caught = try SOPBinary.run(["db", "verify", "--kunci", key], environment: environment)
        #expect(caught.status == 1, "\(caught.stdout)")
        #expect(caught.stdout.contains("  ✗ segel #1 tidak ditandatangani dengan kunci ini (dipalsukan atau kunci lain)"), "\(caught.stdout)")
    }

    /// Finding 4: the report states the digest of the history it was computed from (the one verify
    /// prints), and `--periksa` refuses a report whose step visits disagree with the events.
    @Test(arguments: Backend.available)
    func theReportStatesItsHistoryAndChecksItsVisits(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let verified = try desk.sop(["db", "verify"])
        let digest = try #require(verified.stdout.split(separator: "\n").first { $0.hasPrefix("digest kepala rantai") }?
            .split(separator: " ").first { $0.count == 65 && $0.hasSuffix(";") }).dropLast()
        let report = try desk.sop(["report", "01"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Dasar laporan: 2 kasus dihitung; digest kepala rantai saat laporan dibuat:\n\(digest)\n"), "\(report.stdout)")
        #expect(report.stdout.contains("sop report --periksa memeriksanya."))
        let checked = try desk.sop(["report", "01", "--periksa", "--format", "json"])
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout.contains("\"headDigest\" : \"\(digest)\""), "\(checked.stdout)")
        #expect(checked.stdout.contains("\"checked\" : true"))
        #expect(checked.stdout.contains("\"01-2026-000001\""))

        // T26: a step visit forged to blame another officer.
        // (On PostgreSQL the owner switches the table's triggers off first, as the tester could.)
        let forge = "UPDATE step_visit SET completed_by = 'dodi', used_seconds = 5000 WHERE case_id = '01-2026-000001' AND step = '3';"
        try desk.sql(backend == .sqlite ? forge
                                        : "ALTER TABLE step_visit DISABLE TRIGGER USER; \(forge) ALTER TABLE step_visit ENABLE TRIGGER USER;")
        let refused = try desk.sop(["report", "01", "--periksa"])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("  ✗ kasus 01-2026-000001: kunjungan langkah 3#1"), "\(refused.stdout)")
        #expect(refused.stderr.contains("laporan tidak dibuat: 1 kerusakan pada kasus yang dihitung"), "\(refused.stderr)")
        let unchecked = try desk.sop(["report", "01", "--format", "csv"])
        #expect(unchecked.stdout.hasSuffix("riwayat,,\(digest),belum diperiksa,,2,,,,,,\n"), "\(unchecked.stdout)")
    }

    /// Finding 6: the complainant's lookup names neither the case nor a technical reason.
    @Test func theStatusLookupOfABrokenRecordNamesNoCase() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        let code = try TamperTests.sqliteValue(desk.folder + "/sop.sqlite", "SELECT tracking FROM case_lookup WHERE case_id = '01-2026-000001'")
        try desk.sql(TamperTests.edits[0].sqlite)
        let status = try desk.sop(["status", code])
        #expect(status.status == 1)
        #expect(status.stderr == "sop: galat: catatan layanan dengan kode lacak \(code) tidak dapat ditampilkan saat ini; "
            + "mohon hubungi kantor layanan dengan membawa tanda terima\n", "\(status.stderr)")
    }

    /// Finding 11: a forged case row refuses the read as data that disagrees with its history,
    /// not as a history that does not hold; finding 13: a name ending in "S.H." ends the sentence.
    @Test func aForgedCaseRowIsNotCalledABrokenHistory() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        try desk.sql("UPDATE sop_case SET status = 'selesai' WHERE id = '01-2026-000002';")
        let refused = try desk.sop(TamperTests.continueCase2)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("data kasus yang tersimpan tidak cocok dengan riwayatnya (riwayatnya sendiri utuh), kasus tidak dibuka: "
            + "kasus 01-2026-000002: status kasus tersimpan 'selesai', menurut kejadian 'terbuka'"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("riwayat kasus tidak utuh"))
        var environment = desk.environment
        environment["SOP_TEST_LOGIN"] = "ani"
        #expect(try SOPBinary.run(["roster", "grant", "ani", "pengelola-peran"], environment: environment).status == 0)
        let named = try SOPBinary.run(["roster", "nama", "citra", "--nama", "Citra Lestari, S.H."], environment: environment)
        #expect(named.stdout.contains("Nama di tanda terima untuk citra: Citra Lestari, S.H.\n"), "\(named.stdout)\(named.stderr)")
    }

    /// Finding 10: one case deleted is a break for `verify --case` too (exit 1), not an unknown case.
    @Test func aDeletedCaseIsABreakForVerifyCase() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        try desk.sql(TamperTests.edits[5].sqlite)
        let one = try desk.sop(["db", "verify", "--case", "01-2026-000001"])
        #expect(one.status == 1, "\(one.stderr)")
        #expect(one.stdout.contains("  ✗ kasus 01-2026-000001: nomor kasus ini sudah diberikan, tetapi kasusnya tidak ada"), "\(one.stdout)")
        #expect(try desk.sop(["db", "verify", "--case", "01-2026-000009"]).status == 2, "a number never given stays unknown")
    }

    /// Finding 13: a seal refused with another key leaves no key file behind; the verdict names its scope.
    @Test func aRefusedSealWritesNoKeyAndTheVerdictNamesItsScope() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        #expect(try desk.sop(["db", "seal", "--kunci", desk.folder + "/kunci"]).status == 0)
        let other = desk.folder + "/kunci2"
        let refused = try desk.sop(["db", "seal", "--kunci", other])
        #expect(refused.status == 1)
        #expect(!FileManager.default.fileExists(atPath: other))
        let verified = try desk.sop(["db", "verify"])
        #expect(verified.stdout.contains("Cakupan: rantai kejadian setiap kasus,"), "\(verified.stdout)")
        // The access log is chained and sealed now: in the scope, no longer under "Tidak termasuk".
        #expect(verified.stdout.contains("log akses data pribadi (0 isian) dan 1 segel. Tidak termasuk: apa pun yang ditulis setelah segel terbaru"),
                "\(verified.stdout)")
        let keyed = try desk.sop(["db", "verify", "--kunci", desk.folder + "/kunci"])
        #expect(keyed.status == 0)
        try desk.sql(TamperTests.unlockSeals(desk.backend) + "DELETE FROM chain_seal;")
        let gone = try desk.sop(["db", "verify", "--kunci", desk.folder + "/kunci"])
        // A key file is made only with a seal: no seal at all with the key given is a break (tester 35's M1).
        #expect(gone.status == 1)
        #expect(gone.stdout.contains("  ✗ --kunci diberikan, tetapi basis data ini tidak menyimpan segel satu pun"), "\(gone.stdout)")
        #expect(!gone.stdout.contains("utuh:"), "\(gone.stdout)")
    }
}

extension TamperTests {
    /// Runs SQL on a SQLite file with the sqlite3 shell.
    static func sqlite(_ database: String, _ statements: String) throws {
        let shell = try ChildProcess.run("/usr/bin/sqlite3", arguments: ["-bail", database, statements], environment: ProcessInfo.processInfo.environment, deadline: 120)
        #expect(shell.status == 0, "\(String(decoding: shell.stderr, as: UTF8.self))")
    }

    /// One value read with the sqlite3 shell.
    static func sqliteValue(_ database: String, _ query: String) throws -> String {
        let shell = try ChildProcess.run("/usr/bin/sqlite3", arguments: [database, query], environment: ProcessInfo.processInfo.environment, deadline: 120)
        return String(decoding: shell.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
