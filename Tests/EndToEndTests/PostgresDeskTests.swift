import Foundation
import SOPPostgres
import SOPStore
import Testing

@testable import SOPEngine

/// A shared store for the built binary: a fresh schema on the SOP_TEST_POSTGRES server, and the
/// environment a desk would have (SOP_DB, and the password as libpq reads it).
struct SharedStore {
    static let url = ProcessInfo.processInfo.environment["SOP_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    static let skipped: Comment = "PostgreSQL tests skipped: set SOP_TEST_POSTGRES=postgres://user@127.0.0.1:PORT/db (see .ci/throwaway-postgres)"

    let schema: String
    let base: PostgresAddress
    let address: PostgresAddress

    init() throws {
        schema = "sop_e2e_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        base = try PostgresAddress(Self.url ?? "")
        try PostgresSchema.create(schema, at: base)
        address = try base.inSchema(schema)
    }

    var environment: [String: String] {
        var environment = ["SOP_DB": address.uri]
        for key in ["PGPASSWORD", "PGPASSFILE"] { environment[key] = ProcessInfo.processInfo.environment[key] }
        return environment
    }

    func store() throws -> PostgresCaseStore { try PostgresCaseStore(address: address) }

    func drop() { try? PostgresSchema.drop(schema, at: base) }
}

@Suite("The desk commands on PostgreSQL", .enabled(if: SharedStore.url != nil, SharedStore.skipped), .timeLimit(.minutes(10)))
struct PostgresDeskTests {
    static let answers = SOPBinary.root.path + "/Tests/Fixtures/answers/01-lengkap.yaml"

    @Test func theSameCaseReadsTheSameAsOnSQLite() throws {
        let shared = try SharedStore()
        defer { shared.drop() }
        let environment = shared.environment.merging(["SOP_FIXED_TIME": RunTests.fixedTime]) { _, new in new }
        let run = try SOPBinary.run(["run", "01", "--answers", Self.answers] + RunTests.allRoles, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
        try SOPBinary.expectGolden(run.stdout, "run-01-answers.txt")
        try SOPBinary.expectGolden(try SOPBinary.run(["case", "01-2026-000001"], environment: environment).stdout, "case-01.txt")
        try SOPBinary.expectGolden(try SOPBinary.run(["cases"], environment: environment).stdout, "cases.txt")
        #expect(try SOPBinary.run(["tasks"], environment: environment).stdout == "Tidak ada kegiatan yang menunggu.\n")
    }

    @Test func theSameReportAsOnSQLite() throws {
        let shared = try SharedStore()
        defer { shared.drop() }
        #expect(ReportTests.record(shared.environment))
        let environment = shared.environment.merging(["SOP_FIXED_TIME": ReportTests.reportTime]) { _, new in new }
        for (arguments, golden) in [(["report"], "report.txt"), (["report", "--format", "json"], "report.json")] {
            let output = try SOPBinary.run(arguments, environment: environment)
            #expect(output.status == 0, "\(output.stderr)")
            try SOPBinary.expectGolden(output.stdout, golden, maskingDigests: true)
        }
    }

    @Test func manyDesksAtOnceLeaveEveryLogGaplessWithEachStepDoneOnce() throws {
        let shared = try SharedStore()
        defer { shared.drop() }
        let environment = shared.environment
        // Three front desks open cases at the same moment.
        let opened = try Self.parallel((1...3).map { desk in
            ["run", "01", "--as", "resepsionis", "--operator", "resepsionis-\(desk)"]
        }, environment: environment)
        #expect(opened.allSatisfy { $0.status == 0 }, "\(opened.map(\.stderr))")
        let ids = try shared.store().cases(CaseFilter()).map(\.id)
        #expect(ids.count == 3)
        // Then two desks race through each of those cases while three more start new ones.
        let racing = ids.flatMap { id in
            (1...2).map { desk in
                ["run", "--case", id.rawValue, "--answers", Self.answers, "--as", "resepsionis", "--as", "staf-pengaduan",
                 "--operator", "meja-\(desk)"]
            }
        }
        let starting = (1...3).map { desk in
            ["run", "01", "--answers", Self.answers, "--as", "resepsionis", "--as", "staf-pengaduan", "--operator", "loket-\(desk)"]
        }
        let outputs = try Self.parallel(racing + starting, environment: environment)
        #expect(outputs.allSatisfy { $0.status == 0 || $0.status == 1 }, "\(outputs.map(\.stderr))")
        #expect(outputs.suffix(3).allSatisfy { $0.status == 0 }, "new cases never collide")

        let store = try shared.store()
        let all = try store.cases(CaseFilter())
        #expect(all.count == 6, "case ids stay unique across desks")
        for summary in all {
            let events = try store.events(of: summary.id)
            #expect(events.map(\.sequence) == Array(1...events.count), "\(summary.id): gapless")
            let state = CaseState(id: summary.id, events: events)
            #expect(state.completed.map(\.step) == ["1", "2", "3", "4", "5", "6"], "\(summary.id): each step done once")
            #expect(events.filter { $0.kind == .caseCompleted }.count == 1)
            #expect(summary.projection.lastSequence == events.count)
        }
    }

    @Test func aDeskMovesItsCasesIntoTheSharedStore() throws {
        let shared = try SharedStore()
        defer { shared.drop() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sop-desk-\(UUID().uuidString)/sop.sqlite").path
        let local = ["SOP_DB": file, "SOP_FIXED_TIME": RunTests.fixedTime]
        #expect(try SOPBinary.run(["run", "01", "--answers", Self.answers] + RunTests.allRoles, environment: local).status == 0)
        // The receptionist's part only: the whole file would leave answers over (an error).
        #expect(try SOPBinary.run(["run", "01", "--answers", SOPBinary.root.path + "/Tests/Fixtures/answers/01-resepsionis.yaml",
                                   "--as", "resepsionis", "--operator", "budi"], environment: local).status == 0)
        let copy = ["db", "copy", "--from", file, "--to", shared.address.uri]
        let first = try SOPBinary.run(copy, environment: shared.environment)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Kasus disalin: 2; sudah ada dan sama: 0"))
        #expect(first.stdout.contains("Pemeriksaan: 2 dari 2 kasus sama di kedua sisi"))
        #expect(first.stdout.contains("Ke:   PostgreSQL postgres://"))
        let again = try SOPBinary.run(copy + ["--lang", "en"], environment: shared.environment)
        #expect(again.status == 0)
        #expect(again.stdout.contains("Cases copied: 0; already there and identical: 2"))

        // The shared store now answers as the desk did.
        let sharedEnvironment = shared.environment.merging(["SOP_FIXED_TIME": RunTests.fixedTime]) { _, new in new }
        for command in [["tasks", "--as", "staf-pengaduan"], ["cases"], ["case", "01-2026-000002"]] {
            #expect(try SOPBinary.run(command, environment: sharedEnvironment).stdout == SOPBinary.run(command, environment: local).stdout)
        }
        let status = try SOPBinary.run(["db", "status"], environment: shared.environment)
        #expect(status.status == 0)
        #expect(status.stdout.contains("Migrasi tertunda: tidak ada"))
        #expect(status.stdout.contains("Isi: 2 kasus"))

        // Another desk whose case 01-2026-000001 is a different complaint: refused, nothing copied.
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("sop-desk-\(UUID().uuidString)/sop.sqlite").path
        #expect(try SOPBinary.run(["run", "01", "--as", "resepsionis"], environment: ["SOP_DB": other], stdin: "").status == 0)
        let refused = try SOPBinary.run(["db", "copy", "--from", other, "--to", shared.address.uri], environment: shared.environment)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("1 kasus sudah ada di tujuan dengan kejadian berbeda; tidak ada yang disalin"))
        #expect(refused.stderr.contains("01-2026-000001: asal"))
    }

    @Test func connectionProblemsAreClearAndNeverShowThePassword() throws {
        let shared = try SharedStore()
        defer { shared.drop() }
        var wrong = shared.environment
        wrong["PGPASSWORD"] = "sandi-yang-salah-42"
        let refused = try SOPBinary.run(["tasks"], environment: wrong)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("kata sandi PostgreSQL untuk pengguna"))
        #expect(!(refused.stdout + refused.stderr).contains("sandi-yang-salah-42"))
        var components = URLComponents(string: shared.base.uri)!
        components.path = "/tidak_ada_\(shared.schema)"
        let unknown = try SOPBinary.run(["cases", "--db", components.string!, "--lang", "en"], environment: shared.environment)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("database 'tidak_ada_\(shared.schema)' does not exist on the PostgreSQL server"))
    }

    /// Runs `sop` several times at once and returns the outputs in order.
    static func parallel(_ runs: [[String]], environment: [String: String]) throws -> [SOPBinary.Output] {
        final class Outputs: @unchecked Sendable {
            let lock = NSLock()
            var byIndex: [Int: SOPBinary.Output] = [:]
        }
        let outputs = Outputs()
        DispatchQueue.concurrentPerform(iterations: runs.count) { index in
            let output = try? SOPBinary.run(runs[index], environment: environment, stdin: "")
            outputs.lock.withLock { outputs.byIndex[index] = output }
        }
        return try runs.indices.map { index in try #require(outputs.byIndex[index], "sop \(runs[index]) did not run") }
    }
}

/// What needs no server: the choice of store, and addresses that cannot work.
@Suite("Choosing the store")
struct StoreChoiceTests {
    @Test func anUnreachableServerIsAClearMessage() throws {
        let down = try SOPBinary.run(["tasks", "--db", "postgres://sop@127.0.0.1:1/sop"])
        #expect(down.status == 1)
        #expect(down.stderr == """
            sop: galat: server PostgreSQL 127.0.0.1:1 tidak dapat dihubungi (sambungan ditolak); periksa apakah server berjalan \
            dan alamatnya benar, lalu ulangi

            """)
        let english = try SOPBinary.run(["run", "01", "--lang", "en"], environment: ["SOP_DB": "postgres://sop@127.0.0.1:1/sop"])
        #expect(english.status == 1)
        #expect(english.stderr.hasPrefix("sop: error: cannot reach the PostgreSQL server 127.0.0.1:1 (connection refused)"))
    }

    @Test func aPasswordOnTheCommandLineIsRefusedAndNotRepeated() throws {
        for arguments in [["cases", "--db", "postgres://sop:rahasia-99@127.0.0.1:1/sop"],
                          ["db", "copy", "--from", "a.sqlite", "--to", "postgresql://127.0.0.1:1/sop?password=rahasia-99"]] {
            let run = try SOPBinary.run(arguments)
            #expect(run.status == 2)
            #expect(run.stderr.contains("jangan menulis kata sandi di --db"))
            #expect(!(run.stdout + run.stderr).contains("rahasia-99"))
        }
        let unreadable = try SOPBinary.run(["tasks", "--db", "postgres://sop@127.0.0.1:1/sop?nope=1"])
        #expect(unreadable.status == 2)
        #expect(unreadable.stderr.contains("invalid URI query parameter: \"nope\""))
    }

    @Test func dbCommandsOnASQLiteFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-db-\(UUID().uuidString)").path
        let missing = try SOPBinary.run(["db", "status", "--db", folder + "/tidak-ada.sqlite"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "sop: galat: tidak ada basis data SQLite di '\(folder)/tidak-ada.sqlite'\n")
        #expect(!FileManager.default.fileExists(atPath: folder + "/tidak-ada.sqlite"), "reading never creates a store")
        let file = folder + "/sop.sqlite"
        let migrated = try SOPBinary.run(["db", "migrate", "--db", file])
        #expect(migrated.status == 0)
        #expect(migrated.stdout == """
            Basis data: SQLite \(file)
            Migrasi diterapkan: 14
              ✓ v1: log kejadian, kasus, tugas, revisi, lampiran
              ✓ v2: kunjungan kegiatan dan akhir kasus, untuk laporan
              ✓ v3: rantai hash kejadian kasus, segel rantai
              ✓ v4: daftar peran operator dan PIN
              ✓ v5: judul kasus, kode lacak dan kunci pencarian
              ✓ v6: sesi meja web
              ✓ v9: batas laju meja web bersama
              ✓ v11: daftar tugas di baris kasus, lebih sedikit indeks ditulis per kegiatan
              ✓ v12: pemeriksaan kejadian kasus tanpa trigger sisip
              ✓ v13: catatan akses data pribadi yang dibuka (hanya ditambah); nama lengkap dan NIP operator
              ✓ v14: baris kasus dikunci dengan id-nya saja, tanpa indeks SOP
              ✓ v15: judul kasus, kode lacak dan kunci pencarian di baris kasus
              ✓ v16: log akses data pribadi sebagai rantai hash, percobaan yang ditolak ikut dicatat
              ✓ v17: segel rantai hanya dapat ditambah

            """)
        #expect(try SOPBinary.run(["db", "migrate", "--db", file]).stdout.contains("Skema sudah mutakhir"))
        // What is printed changed, not what is stored: the migrations' identities stay the English
        // names a shipped store recorded, so it sees them all as applied.
        let stored = try SQLiteCaseStore(path: file).migrationStatus()
        #expect(stored.pending.isEmpty)
        #expect(stored.applied.first?.name == "v1: event log, cases, tasks, revisions, attachments")
        #expect(try SOPBinary.run(["db", "status", "--db", file]).stdout.contains("  ✓ v6: sesi meja web\n"))
        let status = try SOPBinary.run(["db", "status", "--db", file, "--lang", "en"])
        #expect(status.stdout == """
            Database: SQLite \(file)
            Migrations applied: 14 (v7, v8 and v10 do not exist for this kind of database)
              ✓ v1: event log, cases, tasks, revisions, attachments
              ✓ v2: step visits and case ends, for reports
              ✓ v3: hash chain of case events, chain seals
              ✓ v4: roster of operators and roles, PINs
              ✓ v5: case titles, tracking codes and search keys
              ✓ v6: web sessions
              ✓ v9: shared web rate limits
              ✓ v11: the worklist in the case row, fewer indexes written per step
              ✓ v12: case event checks without insert triggers
              ✓ v13: access log of unmasked personal data (append-only); operators' full names and NIP
              ✓ v14: case rows keyed by their id alone, without the SOP index
              ✓ v15: case titles, tracking codes and search keys in the case row
              ✓ v16: the personal-data access log as a hash chain, refused attempts logged too
              ✓ v17: chain seals are append-only
            Pending migrations: none
            Contents: 0 cases · 0 events · 0 waiting tasks · 0 SOP revisions · 0 attachments · 0 case counters

            """)
        let same = try SOPBinary.run(["db", "copy", "--from", file, "--to", file])
        #expect(same.status == 2)
        #expect(same.stderr.contains("asal dan tujuan sama"))
        let usage = try SOPBinary.run(["db", "copy", "--from", file])
        #expect(usage.status == 2)
    }
}
