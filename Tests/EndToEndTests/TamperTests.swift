import Foundation
import SOPCore
import SOPPostgres
import SOPStore
import Testing

@testable import SOPEngine

/// Issue 11: each kind of edit an auditor made with the sqlite3 shell and psql, on a store made
/// by `sop run`, is reported by `sop db verify` (located: case, sequence, what) and refused by
/// the commands that read the case, on SQLite and on PostgreSQL.
@Suite("Tamper evidence", .timeLimit(.minutes(10)))
struct TamperTests {
    enum Backend: String, CaseIterable, Sendable, CustomStringConvertible {
        case sqlite, postgres
        var description: String { rawValue }
        static var available: [Backend] { allCases.filter { $0 != .postgres || SharedStore.url != nil } }
    }

    /// Two cases made by the real binary: 01-2026-000001 run to the end (29 events),
    /// 01-2026-000002 waiting for the complaint staff at step 3 (14 events).
    struct Desk {
        let backend: Backend
        let folder: String
        let shared: SharedStore?

        init(_ backend: Backend) throws {
            self.backend = backend
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-tamper-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            shared = backend == .postgres ? try SharedStore() : nil
            let first = try sop(["run", "01", "--answers", "Tests/Fixtures/answers/01-lengkap.yaml"] + RunTests.allRoles)
            #expect(first.status == 0, "\(first.stderr)")
            let second = try sop(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml", "--as", "resepsionis",
                                  "--operator", "ani"])
            #expect(second.status == 0, "\(second.stderr)")
        }

        var environment: [String: String] {
            var environment = shared?.environment ?? ["SOP_DB": folder + "/sop.sqlite"]
            environment["SOP_FIXED_TIME"] = RunTests.fixedTime
            return environment
        }

        func sop(_ arguments: [String]) throws -> SOPBinary.Output { try SOPBinary.run(arguments, environment: environment) }

        /// Runs SQL as an auditor would: the sqlite3 shell, or psql as the owner of the schema.
        func sql(_ statements: String) throws {
            let (program, arguments): (String, [String])
            switch backend {
            case .sqlite:
                (program, arguments) = ("/usr/bin/sqlite3", ["-bail", folder + "/sop.sqlite", statements])
            case .postgres:
                guard let shared else { return }
                (program, arguments) = ("/usr/bin/psql", [shared.base.uri, "-q", "-v", "ON_ERROR_STOP=1", "-c",
                                                          "SET search_path TO \(shared.schema); " + statements])
            }
            let shell = try ChildProcess.run(program, arguments: arguments, environment: ProcessInfo.processInfo.environment, deadline: 120)
            #expect(shell.status == 0, "\(statements): \(String(decoding: shell.stderr, as: UTF8.self))")
        }

        func drop() {
            shared?.drop()
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    /// The revision both cases follow: the SHA-256 of the SOP file as it is.
    static var revision: String {
        SHA256.hex(Array(FileManager.default.contents(atPath: SOPBinary.root.path + "/sop/01-pengaduan-langsung.yaml") ?? Data()))
    }

    struct Edit: Sendable, CustomStringConvertible {
        let description: String
        let sqlite: String
        let postgres: String
        /// What verify prints, located.
        let reported: String
        /// A command that reads the case, and what it says when it refuses.
        let read: [String]?
        let refusal: String?

        init(_ name: String, sqlite: String, postgres: String? = nil, reported: String, read: [String]? = nil, refusal: String? = nil) {
            description = name
            self.sqlite = sqlite
            self.postgres = postgres ?? sqlite
            self.reported = reported
            self.read = read
            self.refusal = refusal
        }
    }

    static let unlockUpdate = (sqlite: "DROP TRIGGER case_event_append_only_update;",
                               postgres: "DROP TRIGGER case_event_append_only ON case_event;")
    static let relockUpdate = (sqlite: "CREATE TRIGGER case_event_append_only_update BEFORE UPDATE ON case_event BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;",
                               postgres: "CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON case_event FOR EACH ROW EXECUTE FUNCTION sop_case_event_append_only();")
    /// Drops what refuses a hand edit of the seals (whoever can write the database can).
    static func unlockSeals(_ backend: Backend) -> String {
        backend == .sqlite ? "DROP TRIGGER chain_seal_no_update; DROP TRIGGER chain_seal_no_delete;"
            : "ALTER TABLE chain_seal DISABLE TRIGGER USER;"
    }
    static let unlockDelete = (sqlite: "DROP TRIGGER case_event_append_only_delete;", postgres: unlockUpdate.postgres)
    static let relockDelete = (sqlite: "CREATE TRIGGER case_event_append_only_delete BEFORE DELETE ON case_event BEGIN SELECT RAISE(ABORT, 'case events are append-only'); END;",
                               postgres: relockUpdate.postgres)

    static func rewrite(_ name: String, _ set: String, sequence: Int, case id: String = "01-2026-000001") -> Edit {
        let update = "UPDATE case_event SET \(set) WHERE case_id = '\(id)' AND sequence = \(sequence);"
        return Edit(name, sqlite: unlockUpdate.sqlite + update + relockUpdate.sqlite, postgres: unlockUpdate.postgres + update + relockUpdate.postgres,
                    reported: "kasus \(id), urutan \(sequence): hash kejadian tidak cocok", read: ["case", id],
                    refusal: "riwayat kasus tidak utuh, kasus tidak dibuka: kasus \(id), urutan \(sequence)")
    }

    static let continueCase2 = ["run", "--case", "01-2026-000002", "--answers", "Tests/Fixtures/answers/01-staf.yaml", "--as", "staf-pengaduan"]

    static let edits: [Edit] = [
        rewrite("answer rewritten after dropping and recreating the trigger",
                "payload = replace(payload, 'Siti Aminah', 'Siti Aminah Palsu')", sequence: 4),
        rewrite("operator rewritten", "operator = 'rudi'", sequence: 16),
        rewrite("time rewritten", "at = at + 3600000", sequence: 20),
        Edit("event deleted in the middle",
             sqlite: unlockDelete.sqlite + "DELETE FROM case_event WHERE case_id = '01-2026-000001' AND sequence = 13;" + relockDelete.sqlite,
             postgres: unlockDelete.postgres + "DELETE FROM case_event WHERE case_id = '01-2026-000001' AND sequence = 13;" + relockDelete.postgres,
             reported: "kasus 01-2026-000001, urutan 13: kejadian hilang (urutan berikutnya yang tersimpan: 14)",
             read: ["case", "01-2026-000001"], refusal: "kasus 01-2026-000001, urutan 13: kejadian hilang"),
        Edit("last event deleted",
             sqlite: unlockDelete.sqlite + "DELETE FROM case_event WHERE case_id = '01-2026-000002' AND sequence = 14;" + relockDelete.sqlite,
             postgres: unlockDelete.postgres + "DELETE FROM case_event WHERE case_id = '01-2026-000002' AND sequence = 14;" + relockDelete.postgres,
             reported: "kasus 01-2026-000002, urutan 14: riwayat berakhir sebelum urutan 14 yang tercatat di baris kasus",
             read: continueCase2, refusal: "kasus 01-2026-000002, urutan 14: riwayat berakhir"),
        Edit("whole case deleted",
             sqlite: unlockDelete.sqlite + """
                DELETE FROM case_event WHERE case_id = '01-2026-000001'; DELETE FROM step_visit WHERE case_id = '01-2026-000001';
                DELETE FROM case_lookup WHERE case_id = '01-2026-000001';
                DELETE FROM sop_case WHERE id = '01-2026-000001';
                """ + relockDelete.sqlite,
             postgres: unlockDelete.postgres + """
                DELETE FROM case_event WHERE case_id = '01-2026-000001'; DELETE FROM step_visit WHERE case_id = '01-2026-000001';
                DELETE FROM case_task WHERE case_id = '01-2026-000001'; DELETE FROM case_lookup WHERE case_id = '01-2026-000001';
                DELETE FROM sop_case WHERE id = '01-2026-000001';
                """ + relockDelete.postgres,
             reported: "kasus 01-2026-000001: nomor kasus ini sudah diberikan, tetapi kasusnya tidak ada (dihapus, atau penghitung dinaikkan)"),
        Edit("note inserted",
             sqlite: """
                INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
                SELECT case_id, 15, at, 'ani', 'resepsionis', '3', 'note-added', '{"step":"3","text":"catatan susulan"}', hash
                FROM case_event WHERE case_id = '01-2026-000002' AND sequence = 14;
                """,
             reported: "kasus 01-2026-000002, urutan 15: hash kejadian tidak cocok",
             read: continueCase2, refusal: "kasus 01-2026-000002, urutan 15: hash kejadian tidak cocok"),
        Edit("second answer inserted",
             sqlite: """
                INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
                SELECT case_id, 30, at, 'budi', 'resepsionis', '1', 'field-answered',
                       '{"field":"nama","step":"1","value":"Orang Lain","visit":1}', hash
                FROM case_event WHERE case_id = '01-2026-000001' AND sequence = 29;
                """,
             reported: "kasus 01-2026-000001, urutan 30: hash kejadian tidak cocok",
             read: ["case", "01-2026-000001"], refusal: "kasus 01-2026-000001, urutan 30"),
        Edit("pinned revision's text changed (waktu 60 → 600 menit)",
             sqlite: "UPDATE sop_revision SET content = CAST(replace(CAST(content AS TEXT), 'waktu: 60 menit', 'waktu: 600 menit') AS BLOB);",
             postgres: "UPDATE sop_revision SET content = convert_to(replace(convert_from(content, 'UTF8'), 'waktu: 60 menit', 'waktu: 600 menit'), 'UTF8');",
             reported: "kasus 01-2026-000002: isi revisi SOP tersimpan \(revision) tidak cocok dengan hash SHA-256-nya",
             read: continueCase2, refusal: "kasus 01-2026-000002 mengikuti revisi SOP dengan hash \(revision)"),
        Edit("revision garbled",
             sqlite: "UPDATE sop_revision SET content = x'00ff00';",
             postgres: "UPDATE sop_revision SET content = '\\x00ff00'::bytea;",
             reported: "kasus 01-2026-000001: isi revisi SOP tersimpan \(revision) tidak cocok dengan hash SHA-256-nya",
             read: ["case", "01-2026-000001"], refusal: "kasus 01-2026-000001 mengikuti revisi SOP dengan hash \(revision)"),
        Edit("revision deleted",
             sqlite: "DELETE FROM sop_revision;",
             postgres: "ALTER TABLE sop_case DROP CONSTRAINT sop_case_revision_fkey; DELETE FROM sop_revision;",
             reported: "kasus 01-2026-000002: revisi SOP \(revision) yang diikuti kasus tidak tersimpan (dihapus)",
             read: continueCase2, refusal: "revisi SOP \(revision.prefix(12)) tidak ada di basis data"),
        Edit("case status set to selesai",
             sqlite: "UPDATE sop_case SET status = 'selesai' WHERE id = '01-2026-000002';",
             reported: "kasus 01-2026-000002: status kasus tersimpan 'selesai', menurut kejadian 'terbuka'",
             // Refused on read, so that continuing the case cannot write over the forged row
             // and wipe out the evidence (seen by an outside tester before this check).
             read: continueCase2, refusal: "kasus 01-2026-000002: status kasus tersimpan 'selesai', menurut kejadian 'terbuka'"),
    ]

    @Test(arguments: edits, Backend.available)
    func eachEditIsReportedLocatedAndRefusedOnRead(edit: Edit, backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let before = try desk.sop(["db", "verify"])
        #expect(before.status == 0, "\(before.stdout)\(before.stderr)")
        #expect(before.stdout.contains("diperiksa: 2 kasus, 43 kejadian, 1 revisi SOP"))
        try desk.sql(backend == .sqlite ? edit.sqlite : edit.postgres)
        let after = try desk.sop(["db", "verify"])
        #expect(after.status == 1)
        #expect(after.stdout.contains("  ✗ " + edit.reported), "\(after.stdout)")
        #expect(after.stderr.contains("kerusakan ditemukan"), "\(after.stderr)")
        if let read = edit.read, let refusal = edit.refusal {
            let refused = try desk.sop(read)
            #expect(refused.status == 1, "\(refused.stdout)")
            #expect(refused.stderr.contains(refusal), "\(refused.stderr)")
            #expect(!refused.stdout.contains("Kasus telah diubah"), "no stale-write loop")
        }
    }

    @Test(arguments: Backend.available)
    func theSealCatchesAHistoryRewrittenWithItsChainRecomputed(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let key = desk.folder + "/kunci"
        let sealed = try desk.sop(["db", "seal", "--kunci", key])
        #expect(sealed.status == 0, "\(sealed.stderr)")
        #expect(sealed.stdout.contains("kunci baru dibuat di \(key) (mode 0600)"))
        let attributes = try FileManager.default.attributesOfItem(atPath: key)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let archivedDigest = try #require(sealed.stdout.split(separator: " ").first { $0.count == 64 }.map(String.init))
        #expect(try desk.sop(["db", "verify", "--kunci", key]).status == 0)

        // Whoever can write the database rewrites an answer and recomputes the rest of the chain.
        let store = try backend == .sqlite ? SQLiteCaseStore(path: desk.folder + "/sop.sqlite") as any AdministeredStore
            : try #require(desk.shared).store()
        var events = try #require(try store.archivedCase("01-2026-000001")).events
        events[3].payload = events[3].payload.replacingOccurrences(of: "Siti Aminah", with: "Siti Aminah Palsu")
        let relinked = EventChain.linked(events.map(\.content), caseID: "01-2026-000001", previous: "")
        let updates = relinked[3...].map {
            "UPDATE case_event SET payload = '\($0.payload)', hash = '\($0.hash ?? "")' WHERE case_id = '01-2026-000001' AND sequence = \($0.sequence);"
        }.joined()
            // A thorough forger rewrites the case's title too (verify compares it with the events).
            + "UPDATE case_lookup SET title = replace(title, 'Siti Aminah', 'Siti Aminah Palsu') WHERE case_id = '01-2026-000001';"
        try desk.sql(backend == .sqlite ? Self.unlockUpdate.sqlite + updates + Self.relockUpdate.sqlite
                                        : Self.unlockUpdate.postgres + updates + Self.relockUpdate.postgres)
        // The chain holds again, but not against the seal: found with or without the key.
        let unkeyed = try desk.sop(["db", "verify"])
        #expect(unkeyed.status == 1)
        #expect(unkeyed.stdout.contains("  ✗ kasus 01-2026-000001, urutan 29: hash kejadian berbeda dengan yang disegel (riwayat ditulis ulang)"),
                "\(unkeyed.stdout)")

        // The seal is forged too (heads and digest recomputed): only the key tells.
        let heads = "01-2026-000001 29 \(relinked[28].hash ?? "")\n" + (try #require(try store.archivedCase("01-2026-000002")).events.last
            .map { "01-2026-000002 14 \($0.hash ?? "")\n" } ?? "")
        try desk.sql(Self.unlockSeals(desk.backend) + "UPDATE chain_seal SET heads = '\(heads)', digest = '\(SHA256.hex(Array(heads.utf8)))';")
        let forged = try desk.sop(["db", "verify"])
        #expect(forged.status == 0, "without the key, a recomputed chain and seal look whole: \(forged.stdout)")
        #expect(!forged.stdout.contains(archivedDigest), "but the digest differs from the archived one")
        let keyed = try desk.sop(["db", "verify", "--kunci", key])
        #expect(keyed.status == 1)
        #expect(keyed.stdout.contains("  ✗ segel #1 tidak ditandatangani dengan kunci ini (dipalsukan atau kunci lain)"), "\(keyed.stdout)")
    }

    @Test func aKeyFileOthersCanReadIsRefused() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        let key = desk.folder + "/kunci"
        #expect(try desk.sop(["db", "seal", "--kunci", key]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: key)
        for command in [["db", "verify", "--kunci", key], ["db", "seal", "--kunci", key]] {
            let refused = try desk.sop(command)
            #expect(refused.status == 2)
            #expect(refused.stderr == "sop: galat: berkas kunci \(key) dapat dibaca orang lain (mode 644); jalankan chmod 600 \(key)\n")
        }
        let missing = try desk.sop(["db", "verify", "--kunci", desk.folder + "/tidak-ada", "--lang", "en"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("does not exist (sop db seal --kunci"))
    }

    @Test func verifyLocatesOneCaseAndSpeaksEnglish() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        try desk.sql(Self.edits[1].sqlite)
        let one = try desk.sop(["db", "verify", "--case", "01-2026-000001", "--lang", "en"])
        #expect(one.status == 1)
        #expect(one.stdout.contains("  ✗ case 01-2026-000001, sequence 16: the event's hash does not match its content and the event before it"))
        #expect(one.stdout.contains("checked: 1 case, 29 events"))
        #expect(one.stderr == "sop: error: 1 break found\n")
        #expect(try desk.sop(["db", "verify", "--case", "01-2026-000002"]).status == 0)
        let unknown = try desk.sop(["db", "verify", "--case", "01-2026-000009"])
        #expect(unknown.status == 2, "an unknown case is a usage error, not a break")
        #expect(unknown.stderr == "sop: galat: kasus 01-2026-000009 tidak ada di basis data\n")
    }

    @Test func copyVerifiesTheSourceBeforeWritingAnything() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        try desk.sql(Self.edits[0].sqlite)
        let target = desk.folder + "/salinan.sqlite"
        let copy = try desk.sop(["db", "copy", "--from", desk.folder + "/sop.sqlite", "--to", target])
        #expect(copy.status == 1)
        #expect(copy.stdout.contains("  ✗ kasus 01-2026-000001, urutan 4: hash kejadian tidak cocok"))
        // The answer's event and the lookup row's title it no longer matches (derived rows are checked too).
        #expect(copy.stderr.contains("basis data asal tidak utuh (2 kerusakan); tidak ada yang disalin"), "\(copy.stdout)\n\(copy.stderr)")
        // Checked before the destination is opened: not even an empty one is made.
        #expect(!FileManager.default.fileExists(atPath: target))
    }
}
