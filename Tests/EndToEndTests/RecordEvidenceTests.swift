import Foundation
import SOPCore
import SOPEngine
import SOPStore
import Testing

@testable import SOPPostgres

/// The record as evidence (issue 11, tester 11's findings, branch rec11): who may unmask personal
/// data and the access log of each unmasking, attachments exported against their SHA-256, and
/// plain sentences in the event list, the timeline and `sop db verify`.
@Suite("The record as evidence", .timeLimit(.minutes(10)))
struct RecordEvidenceTests {
    static let fullNIK = "3573011203850002"

    // MARK: F1: unmasking is checked and recorded

    @Test func onlyAHolderOfARoleForTheSOPOrTheAdministratorUnmasksAndEachTimeIsRecorded() throws {
        let roster = RosterTests()
        try roster.bootstrap()
        #expect(try roster.sop(["run", "01"] + RosterTests.reception, as: "budi").status == 0)
        let id = "01-2026-000001"
        // A login outside the roster: refused, nothing shown; the attempt is logged as refused.
        for arguments in [["case", id, "--show-personal"], ["case", id, "--json", "--show-personal"],
                          ["case", id, "--events", "--show-personal"]] {
            let refused = try roster.sop(arguments, as: "ombudsman")
            #expect(refused.status == 1, "\(arguments): \(refused.stdout)")
            #expect(refused.stdout.isEmpty, "\(arguments)")
            #expect(refused.stderr == "sop: galat: operator 'ombudsman' tidak boleh membuka data pribadi kasus \(id): "
                + "hanya pemegang peran pelaksana untuk SOP 01 atau pengelola peran (peran 'pimpinan' membaca tanpa data pribadi); "
                + "tanpa --show-personal data pribadi tetap disamarkan\n",
                "\(refused.stderr)")
        }
        let english = try roster.sop(["case", id, "--show-personal", "--lang", "en"], as: "ombudsman")
        #expect(english.stderr.contains("operator 'ombudsman' may not unmask the personal data of case \(id)"))
        // Masked, the timeline is for every reader.
        let masked = try roster.sop(["case", id], as: "ombudsman")
        #expect(masked.status == 0)
        #expect(!masked.stdout.contains(Self.fullNIK))
        let tried = try roster.sop(["case", id, "--akses", "--lang", "en"], as: "ombudsman").stdout
        #expect(tried == """
            Personal data of case \(id) unmasked: 0 times, 4 attempts refused
              30-11-2026 09.00 WIB · ombudsman · sop case --show-personal · REFUSED: holds no role for the case's SOP
              30-11-2026 09.00 WIB · ombudsman · sop case --json --show-personal · REFUSED: holds no role for the case's SOP
              30-11-2026 09.00 WIB · ombudsman · sop case --events --show-personal · REFUSED: holds no role for the case's SOP
              30-11-2026 09.00 WIB · ombudsman · sop case --show-personal · REFUSED: holds no role for the case's SOP

            """, "\(tried)")
        #expect(!tried.contains(Self.fullNIK) && !tried.contains("0812"), "no personal data in the log")
        // A holder of a role for SOP 01, and the role administrator: shown, and recorded first.
        let citra = try roster.sop(["case", id, "--show-personal"], as: "citra")
        #expect(citra.status == 0, "\(citra.stderr)")
        #expect(citra.stdout.contains("NIK = \(Self.fullNIK)"))
        let ani = try roster.sop(["case", id, "--json", "--show-personal"], as: "ani")
        #expect(ani.status == 0, "\(ani.stderr)")
        #expect(ani.stdout.contains(Self.fullNIK))
        let log = try roster.sop(["case", id, "--akses"], as: "ombudsman")
        #expect(log.status == 0)
        #expect(log.stdout.hasPrefix("Pembukaan data pribadi kasus \(id): 2 kali, 4 percobaan ditolak\n"
            + "  30-11-2026 09.00 WIB · ombudsman · sop case --show-personal · DITOLAK: tidak memegang peran untuk SOP kasus ini\n"),
                "\(log.stdout)")
        #expect(log.stdout.hasSuffix("""
              30-11-2026 09.00 WIB · citra · sop case --show-personal
              30-11-2026 09.00 WIB · ani · sop case --json --show-personal

            """), "\(log.stdout)")
        // The log is a chain that holds, and verify counts it.
        let verified = try roster.sop(["db", "verify"], as: "ani")
        #expect(verified.status == 0, "\(verified.stdout)")
        #expect(verified.stdout.contains("log akses data pribadi (6 isian)"), "\(verified.stdout)")
        // The log is append-only: the file's own triggers refuse an UPDATE or a DELETE.
        for statement in ["DELETE FROM personal_access;", "UPDATE personal_access SET operator = 'x';"] {
            let shell = try Self.sqlite(roster.database, statement)
            #expect(shell.status != 0)
            #expect(shell.stderr.contains("append-only"), "\(shell.stderr)")
        }
        // The timeline names who may unmask.
        #expect(masked.stdout.contains("--show-personal"))
    }

    @Test func beforeTheRosterIsInForceTheLoginUnmasksAndIsRecorded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-rec11-\(UUID().uuidString)").path
        let environment = ["SOP_DB": folder + "/sop.sqlite", "SOP_FIXED_TIME": RunTests.fixedTime, "SOP_TEST_LOGIN": "loket"]
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = try SOPBinary.run(["run", "01", "--answers", "Tests/Fixtures/answers/01-lengkap.yaml"] + RunTests.allRoles,
                                    environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try SOPBinary.run(["case", "01-2026-000001", "--show-personal"], environment: environment).status == 0)
        let log = try SOPBinary.run(["case", "01-2026-000001", "--akses", "--lang", "en"], environment: environment)
        #expect(log.stdout == "Personal data of case 01-2026-000001 unmasked: 1 times\n  30-11-2026 09.00 WIB · loket · sop case --show-personal\n",
                "\(log.stdout)")
        // An unknown case: the usual message, exit 2.
        #expect(try SOPBinary.run(["case", "01-2026-000009", "--akses"], environment: environment).status == 2)
    }

    static func sqlite(_ path: String, _ statement: String) throws -> (status: Int32, stderr: String) {
        let shell = try ChildProcess.run("/usr/bin/sqlite3", arguments: [path, statement], environment: ProcessInfo.processInfo.environment, deadline: 120)
        return (shell.status, String(decoding: shell.stderr, as: UTF8.self))
    }

    // MARK: F5: attachments exported, checked against their SHA-256

    @Test(arguments: TamperTests.Backend.available)
    func aCasesAttachmentsAreExportedCheckedAgainstTheirSHA256(backend: TamperTests.Backend) throws {
        let desk = try TamperTests.Desk(backend)
        defer { desk.drop() }
        let letter = desk.folder + "/surat pengaduan.txt", answers = desk.folder + "/jawaban.yaml"
        let content = Data("Surat pengaduan asli\n".utf8)
        try content.write(to: URL(fileURLWithPath: letter))
        let script = try String(contentsOfFile: SOPBinary.root.path + "/Tests/Fixtures/answers/01-resepsionis.yaml", encoding: .utf8)
            .replacingOccurrences(of: "output: {Data pelapor: Identitas dicatat}", with: "output: {Data pelapor: \"@\(letter)\"}")
        try script.write(toFile: answers, atomically: true, encoding: .utf8)
        let run = try desk.sop(["run", "01", "--answers", answers, "--as", "resepsionis", "--operator", "ani"])
        #expect(run.status == 0, "\(run.stderr)")
        let id = "01-2026-000003"
        let sha = SHA256.hex(Array(content))
        let out = desk.folder + "/bukti"
        let exported = try desk.sop(["case", id, "--lampiran", out])
        #expect(exported.status == 0, "\(exported.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(files.count == 1, "\(files)")
        let file = try #require(files.first)
        #expect(file.hasSuffix("-surat pengaduan.txt"))
        #expect(FileManager.default.contents(atPath: out + "/" + file) == content)
        #expect(exported.stdout == "lampiran kegiatan 1 disimpan: \(out)/\(file) (\(content.count) bita; SHA-256 \(sha) cocok)\n",
                "\(exported.stdout)")
        // Never overwritten.
        let again = try desk.sop(["case", id, "--lampiran", out])
        #expect(again.status == 1)
        #expect(again.stderr.contains("sudah ada; tidak ditimpa"), "\(again.stderr)")
        // A case without attachments says so.
        #expect(try desk.sop(["case", "01-2026-000001", "--lampiran", out]).stdout == "kasus 01-2026-000001 tidak mempunyai lampiran\n")
        // A stored file changed behind sop's back: refused, not written.
        try desk.sql(backend == .sqlite ? "UPDATE attachment SET content = CAST('Surat pengaduan PALSU' AS BLOB);"
                                        : "UPDATE attachment SET content = convert_to('Surat pengaduan PALSU', 'UTF8');")
        let forged = try desk.sop(["case", id, "--lampiran", desk.folder + "/bukti2"])
        #expect(forged.status == 1)
        #expect(forged.stderr.contains("isi lampiran 'surat pengaduan.txt' tidak cocok dengan SHA-256 \(sha) yang dicatat; tidak ditulis"),
                "\(forged.stderr)")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: desk.folder + "/bukti2")) ?? []).isEmpty)
    }

    // MARK: F7, F24: the event list and the timeline say what happened

    @Test func theEventListNamesHandOffsAndCorrectionsAndJSONTimesAreInWIB() throws {
        let roster = RosterTests()
        try roster.bootstrap()
        #expect(try roster.sop(["run", "01"] + RosterTests.reception, as: "budi").status == 0)
        let corrected = try roster.sop(["correct", "01-2026-000001", "--kegiatan", "1", "--isian", "nama=Budi Santosa",
                                        "--alasan", "salah ketik", "--as", "resepsionis"], as: "budi")
        #expect(corrected.status == 0, "\(corrected.stderr)")
        let events = try roster.sop(["case", "01-2026-000001", "--events"], as: "ani").stdout
        #expect(events.contains("kegiatan 3 diserahkan kepada Staf layanan pengaduan"), "\(events)")
        #expect(events.contains("jawaban dikoreksi: Nama pelapor (alasan: salah ketik)"), "\(events)")
        let json = try roster.sop(["case", "01-2026-000001", "--json"], as: "ani").stdout
        #expect(json.contains("\"at\":\"2026-11-30T09:00:00.000+07:00\""), "\(json.prefix(300))")
        #expect(!json.contains("Z\","))
        let timeline = try roster.sop(["case", "01-2026-000001"], as: "ani").stdout
        #expect(timeline.contains("Koreksi (budi · Resepsionis, 30-11-2026 09.00 WIB)"), "\(timeline)")
    }

    @Test func theTimelineOfACancelledCaseSaysWhoCancelledItAndWhen() throws {
        let roster = RosterTests()
        try roster.bootstrap()
        #expect(try roster.sop(["run", "01"] + RosterTests.reception, as: "budi").status == 0)
        let cancel = try roster.sop(["run", "--case", "01-2026-000001"], as: "citra", stdin: "/batal Pelapor menarik pengaduan\nya\n")
        #expect(cancel.status == 0, "\(cancel.stderr)")
        let timeline = try roster.sop(["case", "01-2026-000001"], as: "ani").stdout
        #expect(timeline.contains("Dibatalkan oleh citra (Staf layanan pengaduan), 30-11-2026 09.00 WIB: Pelapor menarik pengaduan"),
                "\(timeline)")
        // F10: the receipt of a cancelled case promises no completion date.
        let receipt = try roster.sop(["receipt", "01-2026-000001"], as: "ani").stdout
        #expect(!receipt.contains("Selesai paling lambat"), "\(receipt)")
        #expect(receipt.contains("Dibatalkan pada"), "\(receipt)")
        #expect(!receipt.contains("Form Penerimaan Layanan yang lengkap"), "\(receipt)")
    }

    // MARK: F9, F27: sop db verify ends with a sentence to quote

    @Test func verifyEndsWithASentenceToQuoteAndSaysWhatNoSealCoversYet() throws {
        let desk = try TamperTests.Desk(.sqlite)
        defer { desk.drop() }
        let one = try desk.sop(["db", "verify", "--case", "01-2026-000001"])
        #expect(one.status == 0, "\(one.stdout)")
        let lines = one.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Riwayat kasus 01-2026-000001 (29 kejadian, 30-11-2026 09.00–09.00 WIB) utuh: tidak ada perubahan di luar sop sejak dicatat.") },
                "\(one.stdout)")
        #expect(lines.contains { $0.hasPrefix("Kepala rantai kasus ini (kejadian 29): ") }, "\(one.stdout)")
        #expect(!one.stdout.contains("baris turunan"))
        let key = desk.folder + "/kunci"
        #expect(try desk.sop(["db", "seal", "--kunci", key]).status == 0)
        let more = try desk.sop(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml", "--as", "resepsionis",
                                 "--operator", "ani"])
        #expect(more.status == 0, "\(more.stderr)")
        let sealed = try desk.sop(["db", "verify", "--kunci", key])
        #expect(sealed.status == 0, "\(sealed.stdout)")
        #expect(sealed.stdout.contains("Segel diperiksa dengan kunci (1 segel): 2 dari 3 kasus tersegel sampai kejadian terakhirnya."),
                "\(sealed.stdout)")
        #expect(sealed.stdout.contains("  belum disegel: 01-2026-000003 (seluruh "), "\(sealed.stdout)")
        #expect(sealed.stdout.hasSuffix(") utuh: tidak ada perubahan di luar sop sejak dicatat; status, daftar tugas dan laporan cocok dengan riwayat itu.\n"),
                "\(sealed.stdout)")
    }
}

/// Tester 11's F23: the receipt names its officers by full name and NIP, set by the role
/// administrator (`sop roster nama`), not by their logins.
@Suite("Officers' full names on receipts", .timeLimit(.minutes(10)))
struct OfficerNameTests {
    @Test func theReceiptNamesTheOfficerByFullNameAndNIP() throws {
        let roster = RosterTests()
        try roster.bootstrap()
        #expect(try roster.sop(["run", "01"] + RosterTests.reception, as: "budi").status == 0)
        let before = try roster.sop(["receipt", "01-2026-000001", "--kertas", "a4"], as: "ani").stdout
        #expect(before.contains("<div class=\"name\">budi</div>"), "\(before)")
        // Only the role administrator sets it; a bad NIP or an empty name is refused.
        let notAdmin = try roster.sop(["roster", "nama", "budi", "--nama", "Budi"], as: "budi")
        #expect(notAdmin.status == 1)
        #expect(notAdmin.stderr.contains("hanya pemegang peran 'pengelola-peran' yang mengatur nama lengkap dan NIP operator"))
        let badNIP = try roster.sop(["roster", "nama", "budi", "--nama", "Budi", "--nip", "12345"], as: "ani")
        #expect(badNIP.status == 2)
        #expect(badNIP.stderr.contains("NIP '12345' tidak sah: NIP terdiri dari 18 angka"), "\(badNIP.stderr)")
        #expect(try roster.sop(["roster", "nama", "budi", "--nama", " "], as: "ani").status == 2)
        let set = try roster.sop(["roster", "nama", "budi", "--nama", "Budi Santoso, S.Sos.", "--nip", "198501012010011001"], as: "ani")
        #expect(set.status == 0, "\(set.stderr)")
        #expect(set.stdout == "Nama di tanda terima untuk budi: Budi Santoso, S.Sos., NIP 19850101 201001 1 001.\n")
        let html = try roster.sop(["receipt", "01-2026-000001", "--kertas", "a4"], as: "ani").stdout
        // Under the signature line the name, the NIP on the line below it; beside it the complainant's place.
        #expect(html.contains("<div class=\"name\">Budi Santoso, S.Sos.</div><div class=\"nip\">NIP 19850101 201001 1 001</div>"), "\(html)")
        #expect(html.contains("<div id=\"ttd-pelapor\">Pelapor / penerima layanan<div class=\"name\"></div></div>"), "\(html)")
        #expect(html.contains("Budi Santoso, S.Sos. (NIP 19850101 201001 1 001)"))
        // The history keeps the login.
        #expect(try roster.sop(["case", "01-2026-000001"], as: "ani").stdout.contains("Resepsionis · budi"))
    }
}

/// The access log on PostgreSQL: written by the server under the session user, out of a desk's
/// reach, append-only for everyone.
@Suite("The access log on PostgreSQL", .enabled(if: SharedStore.url != nil, SharedStore.skipped), .timeLimit(.minutes(10)))
struct PostgresAccessLogTests {
    @Test func theServerRecordsTheSessionUserAndNobodyRewritesTheLog() throws {
        let shared = try SharedStore()
        let owner = shared.base.parameters["user"] ?? "sop"
        let suffix = shared.schema.suffix(8)
        let (reception, outsider) = ("loket_\(suffix)", "luar_\(suffix)")
        let connection = try PGConnection(shared.address)
        defer {
            _ = try? connection.execute("DROP OWNED BY \(reception), \(outsider); DROP ROLE IF EXISTS \(reception), \(outsider)")
            shared.drop()
        }
        let ownerEnvironment = shared.environment.merging(["SOP_FIXED_TIME": RunTests.fixedTime]) { _, new in new }
        #expect(try SOPBinary.run(["db", "migrate"], environment: ownerEnvironment).status == 0)
        let password = ProcessInfo.processInfo.environment["PGPASSWORD"] ?? ""
        for user in [reception, outsider] {
            try connection.execute("CREATE ROLE \(user) LOGIN PASSWORD '\(password)'")
            try connection.execute(PostgresRoster.deskGrants(schema: shared.schema, user: user))
        }
        func desk(_ user: String) -> [String: String] {
            ownerEnvironment.merging(["SOP_DB": shared.address.uri.replacingOccurrences(of: "//\(owner)@", with: "//\(user)@")]) { _, new in new }
        }
        for arguments in [["grant", owner, "pengelola-peran"], ["grant", reception, "resepsionis"]] {
            #expect(try SOPBinary.run(["roster"] + arguments, environment: ownerEnvironment).status == 0)
        }
        #expect(try SOPBinary.run(["run", "01"] + RosterTests.reception, environment: desk(reception)).status == 0)
        let id = "01-2026-000001"
        // A database user outside the roster: refused, nothing shown, the attempt logged by the server.
        let refused = try SOPBinary.run(["case", id, "--show-personal"], environment: desk(outsider))
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("operator '\(outsider)' tidak boleh membuka data pribadi kasus \(id)"), "\(refused.stderr)")
        let shown = try SOPBinary.run(["case", id, "--show-personal"], environment: desk(reception))
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains(RecordEvidenceTests.fullNIK))
        let log = try SOPBinary.run(["case", id, "--akses"], environment: desk(outsider))
        #expect(log.stdout.hasPrefix("Pembukaan data pribadi kasus \(id): 1 kali, 1 percobaan ditolak\n"), "\(log.stdout)")
        #expect(log.stdout.contains(" · \(outsider) · sop case --show-personal · DITOLAK: tidak memegang peran untuk SOP kasus ini\n"),
                "\(log.stdout)")
        #expect(log.stdout.contains(" · \(reception) · sop case --show-personal\n"), "\(log.stdout)")
        // By hand, as a desk's database user: no right on the table; the function writes the
        // session user whatever the desk would like to be.
        let address = try PostgresAddress(shared.address.uri.replacingOccurrences(of: "//\(owner)@", with: "//\(reception)@"))
        let raw = try PGConnection(address)
        for statement in ["INSERT INTO personal_access (at, operator, case_id, command) VALUES (0, 'ani', '\(id)', 'x')",
                          "DELETE FROM personal_access", "UPDATE personal_access SET operator = 'ani'"] {
            #expect(throws: PGFailure.self, "\(statement)") { try raw.execute(statement) }
        }
        try raw.query("SELECT sop_record_personal_access($1, $2, NULL)", [.text(id), .text("psql")])
        // What verify would call a break is refused by the server (tester 19's F1 and F4): no desk
        // user can poison a log that no one can clean. The v17 function without a code is gone.
        let outsiderRaw = try PGConnection(try PostgresAddress(shared.address.uri.replacingOccurrences(of: "//\(owner)@", with: "//\(outsider)@")))
        for (connection, statement, refusal) in [
            (raw, "SELECT sop_record_personal_access('01-2026-999999', 'x', 'no-role')", "sop-access: unknown-case case=01-2026-999999"),
            (raw, "SELECT sop_record_personal_access('\(id)', 'sop case', 'saya-diizinkan-kepala')", "sop-access: unknown-refusal code=saya-diizinkan-kepala"),
            (outsiderRaw, "SELECT sop_record_personal_access('\(id)', 'sop case --show-personal', NULL)", "sop-access: role-not-held operator=\(outsider)"),
            (raw, "SELECT sop_record_personal_access('\(id)', 'psql')", "does not exist"),
        ] {
            let failure = #expect(throws: PGFailure.self, "\(statement)") { try connection.execute(statement) }
            #expect("\(String(describing: failure))".contains(refusal), "\(statement): \(String(describing: failure))")
        }
        // A refused attempt of an outsider is still logged.
        try outsiderRaw.query("SELECT sop_record_personal_access($1, $2, $3)", [.text(id), .text("psql"), .text(PersonalAccess.Refusal.noRole)])
        let operators = try connection.query("SELECT operator FROM personal_access ORDER BY id").texts
        #expect(operators == [outsider, reception, reception, outsider])
        // Linked by the server: places 1, 2, 3, 4 and the hashes Swift computes from the same bytes.
        let chained = try PostgresCaseStore(address: shared.address).personalAccessLog()
        #expect(chained.map(\.sequence) == [1, 2, 3, 4])
        #expect(chained.map(\.refused) == [PersonalAccess.Refusal.noRole, nil, nil, PersonalAccess.Refusal.noRole])
        #expect(AccessLogAudit(log: chained).chainBreaks().isEmpty)
        #expect(try SOPBinary.run(["db", "verify"], environment: ownerEnvironment).status == 0)
        // The owner, writing a row of its own with a hash that does not link, is refused by the trigger.
        #expect(throws: PGFailure.self) {
            try connection.execute("INSERT INTO personal_access (sequence, at, operator, case_id, command, hash) VALUES (5, 0, 'x', '\(id)', 'x', 'x')")
        }
        // Not even the owner rewrites it.
        for statement in ["DELETE FROM personal_access", "UPDATE personal_access SET operator = 'x'", "TRUNCATE personal_access"] {
            #expect(throws: PGFailure.self, "\(statement)") { try connection.execute(statement) }
        }
        #expect(try connection.query("SELECT count(*) FROM personal_access").integer(0, 0) == 4)
    }
}

/// Tester 11's F19 and F20: a field marked `pribadi: ya` (SOP 01's address) is masked like a NIK;
/// a phone typed with dashes is echoed masked as it is stored, as every later view shows it.
@Suite("Personal fields masked alike", .timeLimit(.minutes(10)))
struct PersonalFieldTests {
    @Test func theAddressIsMaskedAndThePhoneMaskedOneWay() throws {
        let roster = RosterTests()
        try roster.bootstrap()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-rec11-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let answers = folder + "/alamat.yaml"
        let script = try String(contentsOfFile: SOPBinary.root.path + "/Tests/Fixtures/answers/01-resepsionis.yaml", encoding: .utf8)
            .replacingOccurrences(of: "telepon: \"081298765432\",", with: "telepon: \"0812-9876-5432\", alamat: \"Perum Griya Shanta Blok L-5, Malang\",")
        #expect(script.contains("Perum Griya"))
        try script.write(toFile: answers, atomically: true, encoding: .utf8)
        let run = try roster.sop(["run", "01", "--answers", answers], as: "budi")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("Perum Griya Shanta"), "\(run.stdout)")
        // One masking of the phone on the whole screen: the echo and the case so far alike.
        #expect(run.stdout.contains("0812••••••32"), "\(run.stdout)")
        #expect(!run.stdout.contains("0812••••••••32"), "\(run.stdout)")
        let timeline = try roster.sop(["case", "01-2026-000001"], as: "citra").stdout
        #expect(timeline.contains("Alamat = Peru"), "\(timeline)")
        #expect(!timeline.contains("Perum Griya Shanta"), "\(timeline)")
        let json = try roster.sop(["case", "01-2026-000001", "--json"], as: "citra").stdout
        #expect(!json.contains("Perum Griya Shanta"))
        let shown = try roster.sop(["case", "01-2026-000001", "--show-personal"], as: "citra").stdout
        #expect(shown.contains("Alamat = Perum Griya Shanta Blok L-5, Malang"), "\(shown)")
        // The lint knows the key: SOP 01, which uses it, lints clean.
        let lint = try SOPBinary.run(["lint", "sop/01-pengaduan-langsung.yaml"])
        #expect(lint.status == 0, "\(lint.stdout)")
    }
}
