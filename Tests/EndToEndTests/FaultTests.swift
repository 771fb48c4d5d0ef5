import Foundation
import SOPStore
import Testing

/// Issue 12: every fault and bad input gets a clear answer, through the built binary. Each
/// test here failed on the code before the fix (a hang, a raw message, a wrong exit code, a
/// lost or unmasked value) and passes after.
@Suite("faults and bad input")
struct FaultTests {
    let work: URL
    var database: String { work.appendingPathComponent("store/sop.sqlite").path }

    init() throws {
        work = try SOPBinary.folder([:])
        try FileManager.default.removeItem(at: work.appendingPathComponent("sop"))
        try FileManager.default.copyItem(at: SOPBinary.root.appendingPathComponent("sop"), to: work.appendingPathComponent("sop"))
    }

    static let roles = ["--as", "resepsionis", "--as", "staf-pengaduan", "--operator", "budi"]
    static let answers = SOPBinary.root.appendingPathComponent("Tests/Fixtures/answers/01-lengkap.yaml").path

    /// `sop` under timeout(1): a command that hangs fails the test (status 124) instead of
    /// hanging the suite.
    func sop(_ arguments: [String], stdin: String? = nil, extra: [String: String] = [:],
             user: Bool = false) throws -> SOPBinary.Output {
        var command = ["20"]
        if user { command += ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] }
        return try SOPBinary.run(command + [SOPBinary.executable.path] + arguments,
                                 environment: ["SOP_DB": database, "SOP_FIXED_TIME": "2026-11-30T09:00:00+07:00"]
                                    .merging(extra) { _, new in new },
                                 directory: work, stdin: stdin, executable: URL(fileURLWithPath: "/usr/bin/timeout"))
    }

    func path(_ name: String) -> String { work.appendingPathComponent(name).path }

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// No raw internal text: Swift enum names, Foundation, SQLite or libpq words.
    static func expectNoRawText(_ output: SOPBinary.Output, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = output.stdout + output.stderr
        for raw in ["unknownType", "NSCocoaErrorDomain", "disk I/O error", "SQLite error", "syntax error", "invalid port number",
                    "Connection refused", "already exists", "duplicate column", "berkas kosong", "yaml-empty"] {
            #expect(!text.contains(raw), "raw text '\(raw)' in: \(text)", sourceLocation: sourceLocation)
        }
    }

    // MARK: Reading: only regular files

    @Test func aFIFOAFolderAndALinkLoopAreRefusedAtOnceByEveryCommand() throws {
        #expect(mkfifo(path("sop/zz-pipa.yaml"), 0o600) == 0)
        try FileManager.default.createDirectory(atPath: path("folder.yaml"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: path("putar.yaml"), withDestinationPath: "putar.yaml")
        let cases: [([String], String)] = [
            (["lint", "sop/zz-pipa.yaml"], "pipa bernama (FIFO)"), (["show", "sop/zz-pipa.yaml"], "pipa bernama (FIFO)"),
            (["render", "sop/zz-pipa.yaml"], "pipa bernama (FIFO)"), (["run", "sop/zz-pipa.yaml"], "pipa bernama (FIFO)"),
            (["list"], "pipa bernama (FIFO)"), (["lint", "sop"], "pipa bernama (FIFO)"),
            (["show", "folder.yaml"], "sebuah folder, bukan berkas biasa"), (["render", "folder.yaml"], "sebuah folder"),
            (["run", "folder.yaml"], "sebuah folder"),
            (["show", "putar.yaml"], "tautan simbolik berputar"), (["lint", "putar.yaml"], "tautan simbolik berputar"),
            (["lint", "/dev/zero"], "sebuah perangkat"),
            (["run", "01", "--answers", "sop/zz-pipa.yaml"] + Self.roles, "pipa bernama (FIFO)"),
            (["run", "01", "--answers", "folder.yaml"] + Self.roles, "sebuah folder"),
        ]
        for (arguments, words) in cases {
            let output = try sop(arguments)
            #expect(output.status == 2, "\(arguments): \(output.status) \(output.stderr)")
            // sop lint reports on stdout, the other commands on stderr.
            #expect((output.stdout + output.stderr).contains(words), "\(arguments): \(output.stdout) \(output.stderr)")
            Self.expectNoRawText(output)
        }
        let english = try sop(["show", "sop/zz-pipa.yaml", "--lang", "en"])
        #expect(english.stderr == "sop: error: cannot read 'sop/zz-pipa.yaml': this is a named pipe (FIFO), not a regular file; name a regular file\n")
        // `lint DIR.yaml` walks the folder (it is one); the SOP folder with the FIFO still lists the good SOP.
        #expect(try sop(["list"]).stdout.contains("Pelayanan Pengaduan Langsung"))
    }

    @Test func outputFilesNamedAtAPromptAreRegularFilesOnly() throws {
        #expect(mkfifo(path("pipa"), 0o600) == 0)
        for (target, words) in [("@pipa", "pipa bernama (FIFO)"), ("@/dev/zero", "sebuah perangkat"), ("@.", "sebuah folder")] {
            let answers = try String(contentsOfFile: Self.answers, encoding: .utf8)
                .replacingOccurrences(of: "{Data pelapor: Identitas dan maksud pelapor dicatat}", with: "{Data pelapor: \"\(target)\"}")
            try answers.write(toFile: path("jawaban.yaml"), atomically: true, encoding: .utf8)
            let run = try sop(["run", "01", "--answers", "jawaban.yaml"] + Self.roles)
            #expect(run.status != 124 && run.status != 0, "\(target): \(run.status)")
            #expect((run.stdout + run.stderr).contains(words), "\(target): \(run.stdout) \(run.stderr)")
        }
    }

    @Test func theSizeLimitSaysWhatItLimits() throws {
        try Data(repeating: 0x23, count: (1 << 20) + 10).write(to: URL(fileURLWithPath: path("besar.yaml")))
        let run = try sop(["run", "01", "--answers", "besar.yaml"] + Self.roles)
        #expect(run.status == 2)
        #expect(run.stderr.contains("untuk sebuah berkas jawaban"), "\(run.stderr)")
        #expect(!run.stderr.contains("untuk sebuah SOP"))
        let english = try sop(["run", "01", "--answers", "besar.yaml", "--lang", "en"] + Self.roles)
        #expect(english.stderr.contains("bytes for an answers file"), "\(english.stderr)")
    }

    // MARK: Source files

    @Test func aLongInvalidChoiceGivesAShortMessage() throws {
        var text = try String(contentsOfFile: path("sop/01-pengaduan-langsung.yaml"), encoding: .utf8)
        let long = String(repeating: "x", count: 900_000)
        let line = try #require(text.range(of: "    pelaksana: pelapor\n"))
        text.insert(contentsOf: "    simbol: \(long)\n", at: line.upperBound)
        try text.write(toFile: path("panjang.yaml"), atomically: true, encoding: .utf8)
        let lint = try sop(["lint", "panjang.yaml"])
        #expect(lint.status == 1)
        #expect(lint.stdout.contains("invalid-choice"), "\(lint.stdout.prefix(500))")
        // The excerpt shows the line; the message quotes 60 characters and says how many more.
        let message = try #require(lint.stdout.split(separator: "\n").first { $0.contains("invalid-choice") })
        #expect(message.count < 400, "\(message.prefix(400))")
        #expect(message.contains("… (+"))
        // The excerpt is a window of the line, not the 900 KB line twice.
        #expect(lint.stdout.utf8.count < 2_000, "\(lint.stdout.utf8.count) bytes")
    }

    @Test func crOnlyAndLineSeparatorEndingsKeepTheExcerpt() throws {
        try Data("nomor: \"01\"\rjudul: x\r  bad: [\r".utf8).write(to: URL(fileURLWithPath: path("cr.yaml")))
        try Data("nomor: \"01\"\u{2028}judul: x\u{2028}bad: \"\u{1}\"\n".utf8).write(to: URL(fileURLWithPath: path("ls.yaml")))
        let cr = try sop(["lint", "cr.yaml"])
        #expect(cr.stdout.contains("cr.yaml:3:6: error"), "\(cr.stdout)")
        #expect(cr.stdout.contains("  3 |   bad: [\n    |      ^"), "\(cr.stdout)")
        let ls = try sop(["lint", "ls.yaml"])
        #expect(ls.stdout.contains("ls.yaml:3:7: error"), "\(ls.stdout)")
        #expect(ls.stdout.contains("  3 | bad: \"␁\"\n    |       ^"), "\(ls.stdout)")
    }

    @Test func lintNeverSendsControlCharactersOfAFileToTheTerminal() throws {
        let text = "nomor: \"01\"\nj\u{1B}[2Judul: \u{1B}]0;judul\u{7} \u{1B}[8mx\u{0}\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path("esc.yaml")))
        let lint = try sop(["lint", "esc.yaml"])
        #expect(lint.status == 1)
        #expect(!(lint.stdout + lint.stderr).contains("\u{1B}"))
        #expect(!(lint.stdout + lint.stderr).contains("\u{0}"))
        #expect(lint.stdout.contains("␛"), "\(lint.stdout)")
    }

    // MARK: The store

    @Test func sixteenProcessesStartingAtOnceOnAFreshStoreAllSucceed() throws {
        let outputs = try (0..<16).map { index in
            let process = Process()
            process.executableURL = SOPBinary.executable
            process.arguments = ["run", "01", "--answers", Self.answers, "--as", "resepsionis", "--as", "staf-pengaduan",
                                 "--operator", "meja-\(index)"]
            process.environment = ["SOP_DB": database, "HOME": work.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
            process.currentDirectoryURL = work
            let error = Pipe()
            process.standardOutput = FileHandle.nullDevice
            process.standardError = error
            process.standardInput = FileHandle.nullDevice
            try process.run()
            return (process, error)
        }
        for (process, error) in outputs {
            let text = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(text)")
        }
        let cases = try sop(["cases"])
        #expect(cases.stdout.split(separator: "\n").filter { $0.hasPrefix("01-2026-") }.count == 16, "\(cases.stdout)")
    }

    @Test func anotherApplicationsSQLiteFileIsRefusedAndLeftUnchanged() throws {
        let other = path("lain.sqlite")
        try Self.sqlite(other, "CREATE TABLE pelanggan (nama TEXT); INSERT INTO pelanggan VALUES ('x');")
        let before = try Data(contentsOf: URL(fileURLWithPath: other))
        for arguments in [["cases", "--db", other], ["run", "01", "--db", other, "--answers", Self.answers] + Self.roles,
                          ["db", "status", "--db", other], ["db", "migrate", "--db", other]] {
            let output = try sop(arguments)
            #expect(output.status == 1, "\(arguments) \(output.stderr)")
            #expect(output.stderr.contains("aplikasi lain, bukan basis data sop"), "\(output.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == before)
        #expect(try Self.sqlite(other, "SELECT count(*) FROM sqlite_master") == "1")
    }

    @Test func aStoreFromANewerVersionIsRefused() throws {
        #expect(try sop(["run", "01", "--answers", Self.answers] + Self.roles).status == 0)
        try Self.sqlite(database, "INSERT INTO grdb_migrations VALUES ('v99: from the future')")
        for arguments in [["cases"], ["run", "01", "--answers", Self.answers] + Self.roles, ["db", "status"], ["db", "migrate"]] {
            let output = try sop(arguments)
            #expect(output.status == 3, "\(arguments)")
            #expect(output.stderr.contains("sudah dimigrasikan oleh versi sop yang lebih baru (skema v99; sop ini mengenal sampai v17)"),
                    "\(arguments): \(output.stderr)")
        }
        #expect(try sop(["cases", "--lang", "en"]).stderr.contains("was migrated by a newer version of sop (schema v99;"))
    }

    @Test func aStoreFromBeforeTheMarkIsMarkedAndAFreshOneIsMarked() throws {
        #expect(try sop(["run", "01", "--answers", Self.answers] + Self.roles).status == 0)
        #expect(try Self.sqlite(database, "PRAGMA application_id") == String(0x534F_5031))
        try Self.sqlite(database, "PRAGMA application_id = 0")
        #expect(try sop(["cases"]).status == 0)
        #expect(try sop(["run", "01", "--answers", Self.answers] + Self.roles).status == 0)
        #expect(try Self.sqlite(database, "PRAGMA application_id") == String(0x534F_5031))
    }

    @Test func aDeviceOrAFolderIsNoStore() throws {
        for (store, words) in [("/dev/null", "ini sebuah perangkat"), (work.path, "ini sebuah folder")] {
            for arguments in [["cases", "--db", store], ["run", "01", "--db", store, "--answers", Self.answers] + Self.roles] {
                let output = try sop(arguments)
                #expect(output.status == 2, "\(arguments) \(output.stderr)")
                #expect(output.stderr.contains(words), "\(output.stderr)")
                Self.expectNoRawText(output)
            }
        }
    }

    @Test func readingCommandsReadAStoreTheUserCannotWrite() throws {
        #expect(try sop(["run", "01", "--answers", Self.answers] + Self.roles).status == 0)
        // Readable by everyone, writable by its owner only; the folder likewise: the reading
        // commands, run by another user, open it read-only.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: work.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path("store"))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: database)
        for arguments in [["cases"], ["case", "01-2026-000001"], ["tasks"], ["report"], ["db", "status"], ["db", "verify"]] {
            let output = try sop(arguments, extra: ["HOME": "/tmp"], user: true)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
            #expect(!output.stderr.contains("tidak dapat membuat"))
        }
        #expect(try sop(["cases"], user: true).stdout.contains("01-2026-000001"))
        let write = try sop(["run", "01", "--answers", Self.answers] + Self.roles, extra: ["HOME": "/tmp"], user: true)
        #expect(write.status == 1)
        #expect(write.stderr.contains("hanya dapat dibaca") || write.stderr.contains("izin ditolak"), "\(write.stderr)")
        Self.expectNoRawText(write)
    }

    @Test func readingAStoreThatIsNotThereCreatesNothing() throws {
        #expect(try sop(["cases"]).stdout == "Belum ada kasus.\n")
        #expect(try sop(["tasks"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: path("store")))
    }

    @Test func storeFilesAndReportsArePrivate() throws {
        try FileManager.default.createDirectory(atPath: path("store"), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        #expect(FileManager.default.createFile(atPath: database, contents: nil, attributes: [.posixPermissions: 0o644]))
        #expect(try sop(["run", "01", "--answers", Self.answers] + Self.roles).status == 0)
        #expect(try mode(database) == 0o600)
        #expect(try mode(path("store")) == 0o700)
        #expect(try sop(["report", "-o", "laporan.txt"]).status == 0)
        #expect(try mode(path("laporan.txt")) == 0o600)
        let folder = try sop(["report", "-o", "sop"])
        #expect(folder.status == 2)
        #expect(folder.stderr == "sop: galat: tidak dapat menulis 'sop': ini sebuah folder, bukan berkas biasa; sebutkan berkas di folder yang dapat ditulis\n")
        Self.expectNoRawText(folder)
        let missing = try sop(["render", "01", "-o", "tidak/ada/x.html"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("berkas tidak ada"), "\(missing.stderr)")
    }

    @Test func anEventOfAnUnknownTypeIsSaidInWords() throws {
        #expect(try sop(["run", "01", "--answers", Self.answers] + Self.roles).status == 0)
        // An event of a type this version does not know (a newer tool's), correctly chained, so
        // that reading reaches its type: the message says so in words.
        let head = try Self.sqlite(database, "SELECT sequence, hash FROM case_event WHERE case_id = '01-2026-000001' ORDER BY sequence DESC LIMIT 1")
            .split(separator: "|").map(String.init)
        let sequence = try #require(Int(head[0])) + 1
        let event = ArchivedEvent(sequence: sequence, at: 0, operatorName: "x", role: nil, step: nil, type: "no-such-type", payload: "{}")
        let hash = EventChain.hash(caseID: "01-2026-000001", event, previous: head[1].trimmingCharacters(in: .whitespacesAndNewlines))
        try Self.sqlite(database, """
            INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
            VALUES ('01-2026-000001', \(sequence), 0, 'x', NULL, NULL, 'no-such-type', '{}', '\(hash)');
            """)
        let output = try sop(["case", "01-2026-000001"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("peristiwa berjenis 'no-such-type' yang tidak dikenal"), "\(output.stderr)")
        Self.expectNoRawText(output)
    }

    @Test func aBadPostgreSQLPortIsAUsageError() throws {
        let output = try sop(["cases", "--db", "postgres://sop@localhost:99999/sop"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("port '99999' tidak sah"), "\(output.stderr)")
        Self.expectNoRawText(output)
        let refused = try sop(["cases", "--db", "postgres://sop@127.0.0.1:1/sop"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("(sambungan ditolak)"), "\(refused.stderr)")
        Self.expectNoRawText(refused)
    }

    // MARK: Personal data and the terminal

    @Test func answersPipedOnStdinAreEchoedMaskedAndMessagesMaskPersonalData() throws {
        // A NIK typed into the y/t prompt by mistake first: refused, never quoted back.
        let input = ["3573014101900001", "ya", "Siti", "3573017102900001", "3573014101900001", "0812345", "081234567890", "", "Telepon", "Tanya",
                     "Dicatat", "/catatan \u{1B}[2J\u{1B}]0;judul\u{7} \u{1B}[8mrahasia\u{0}", "/jeda"].joined(separator: "\n") + "\n"
        let run = try sop(["run", "01", "--as", "resepsionis", "--operator", "budi"], stdin: input)
        #expect(run.status == 0, "\(run.stderr)")
        let all = run.stdout + run.stderr
        for personal in ["3573017102900001", "3573014101900001", "081234567890", "0812345", "0812•456"] {
            #expect(!all.contains(personal), "\(personal) shown in: \(all)")
        }
        #expect(all.contains("NIK 3573••••••••0001 tidak memuat tanggal lahir yang sah"), "\(all)")
        #expect(all.contains("NIK (16 angka; opsional, Enter untuk melewati) › 3573••••••••0001\n"))
        #expect(all.contains("nomor telepon '08••••5' tidak sah"), "\(all)")
        #expect(all.contains("Nomor telepon › 0812••••••90\n"))
        #expect(!all.contains("\u{1B}"))
        let timeline = try sop(["case", "01-2026-000001"])
        #expect(!timeline.stdout.contains("\u{1B}") && !timeline.stdout.contains("\u{0}"))
        #expect(timeline.stdout.contains("␛[2J␛]0;judul␇ ␛[8mrahasia␀"), "\(timeline.stdout)")
        #expect(timeline.stdout.contains("Nomor telepon = 0812••••••90"))
    }

    // MARK: Helpers

    /// Runs SQL on a SQLite file with the python3 sqlite3 module (no sop code involved).
    @discardableResult
    static func sqlite(_ file: String, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", """
            import sqlite3, sys
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            rows = []
            for statement in sys.argv[2].split(';'):
                if statement.strip(): rows = c.execute(statement).fetchall()
            print('\\n'.join('|'.join(str(v) for v in r) for r in rows))
            """, file, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileReadUnknown) }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
