import Foundation
import SOPCore
import SOPPostgres
import SOPStore
import Testing

@testable import SOPEngine

/// An outside auditor's findings (tester8, issue 11): edits `sop db verify` did not report
/// before, on SQLite and on PostgreSQL (as the schema's owner, with psql), on the two cases of
/// `TamperTests.Desk`: 01-2026-000001 done (29 events), 01-2026-000002 waiting for the complaint
/// staff at step 3 (14 events).
@Suite("An auditor's findings", .timeLimit(.minutes(10)))
struct AuditorFindingsTests {
    typealias Desk = TamperTests.Desk
    typealias Backend = TamperTests.Backend

    static func store(_ desk: Desk) throws -> any AdministeredStore {
        try desk.backend == .sqlite ? SQLiteCaseStore(path: desk.folder + "/sop.sqlite") as any AdministeredStore
            : try #require(desk.shared).store()
    }

    /// The SQL that appends an event with the hash the README's encoding gives it: what a forger
    /// who can write the database does (no trigger checks a hash).
    static func forge(_ desk: Desk, case id: String, role: String, step: String?, type: String, payload: String,
                      operatorName: String = "budi") throws -> String {
        let events = try #require(try store(desk).archivedCase(id)).events
        let last = try #require(events.last)
        let event = ArchivedEvent(sequence: last.sequence + 1, at: last.at + 60_000, operatorName: operatorName, role: role,
                                  step: step, type: type, payload: payload)
        let hash = EventChain.hash(caseID: id, event, previous: last.hash ?? "")
        let stepText = step.map { "'\($0)'" } ?? "NULL"
        return """
            INSERT INTO case_event (case_id, sequence, at, operator, role, step, type, payload, hash)
            VALUES ('\(id)', \(event.sequence), \(event.at), '\(operatorName)', '\(role)', \(stepText), '\(type)', '\(payload)', '\(hash)');
            """
    }

    func verify(_ desk: Desk) throws -> SOPBinary.Output {
        let output = try desk.sop(["db", "verify"])
        #expect(output.status == 1, "\(output.stdout)")
        return output
    }

    @Test(arguments: Backend.available)
    func theLookupRowIsCheckedAgainstTheEvents(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        #expect(try desk.sop(["db", "verify"]).status == 0)
        try desk.sql("""
            UPDATE case_lookup SET title = 'Kasus palsu', search_keys = '' WHERE case_id = '01-2026-000002';
            UPDATE case_lookup SET tracking = 'ABCD-EFGH-JK' WHERE case_id = '01-2026-000001';
            """)
        let output = try verify(desk)
        #expect(output.stdout.contains("  ✗ kasus 01-2026-000002: judul kasus tersimpan 'Kasus palsu', menurut kejadian 'Budi Santoso"),
                "\(output.stdout)")
        #expect(output.stdout.contains("  ✗ kasus 01-2026-000002: kunci pencarian kasus (NIK, telepon) tersimpan 0, menurut kejadian 2 yang lain"))
        #expect(output.stdout.contains("  ✗ kasus 01-2026-000001: kode lacak kasus tersimpan 'ABCD-EFGH-JK', menurut kejadian '"))
        #expect(!output.stdout.contains("3573011203850002"), "a search key or NIK is never printed")
    }

    @Test(arguments: Backend.available)
    func aCounterBelowItsCasesAndACaseItNeverNumberedAreReported(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let lower = "UPDATE case_counter SET last = 1;"
        try desk.sql(backend == .sqlite ? lower
                     : "ALTER TABLE case_counter DISABLE TRIGGER case_counter_never_lowered; " + lower)
        let output = try verify(desk)
        #expect(output.stdout.contains("  ✗ kasus 01-2026-000002: nomor kasus ini belum pernah diberikan (penghitung nomor berhenti di 1)"),
                "\(output.stdout)")
    }

    /// An event the receptionist appends with a correct hash to case 2, waiting for the complaint
    /// staff at step 3, and what verify says of it against the pinned revision.
    struct Forgery: Sendable, CustomStringConvertible {
        let description: String
        let step: String?
        let type: String
        let payload: String
        let reported: String
    }

    static let forgeries = [
        Forgery(description: "the complaint staff's output written by the receptionist", step: "3", type: "output-recorded",
                payload: #"{"item":"Analisis Pengaduan","step":"3","text":"ditulis budi","visit":1}"#,
                reported: "kejadian 'output-recorded' langkah 3 ditulis dalam peran 'resepsionis', tetapi langkah itu dijalankan peran 'staf-pengaduan'"),
        Forgery(description: "the waiting step started again in the receptionist's role", step: "3", type: "step-started",
                payload: #"{"role":"resepsionis","step":"3","visit":2}"#,
                reported: "langkah 3 dimulai untuk peran 'resepsionis', tetapi revisi SOP yang diikuti memberinya peran 'staf-pengaduan'"),
        Forgery(description: "the case cancelled by a role with no step waiting", step: nil, type: "case-cancelled",
                payload: #"{"reason":"Pelapor tidak hadir"}"#,
                reported: "kejadian 'case-cancelled' ditulis dalam peran 'resepsionis', padahal langkah yang menunggu milik peran: staf-pengaduan"),
    ]

    @Test(arguments: forgeries, Backend.available)
    func anEventWithACorrectHashInAnotherRoleIsReportedAgainstThePinnedRevision(forgery: Forgery, backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        try desk.sql(try Self.forge(desk, case: "01-2026-000002", role: "resepsionis", step: forgery.step, type: forgery.type,
                                    payload: forgery.payload))
        let output = try verify(desk)
        #expect(output.stdout.contains("  ✗ kasus 01-2026-000002, urutan 15: " + forgery.reported), "\(output.stdout)")
        if forgery.type != "case-cancelled" {
            // `sop case` marks it as verify reports it (tester 19's F5): the timeline, `--events`, `--json`.
            let timeline = try desk.sop(["case", "01-2026-000002"])
            #expect(timeline.status == 0, "\(timeline.stderr)")
            #expect(timeline.stdout.contains(
                "⚠ 1 kejadian ditulis dalam peran selain peran langkahnya (revisi SOP yang diikuti); periksa dengan sop db verify\n"),
                    "\(timeline.stdout)")
            let mark = try #require(timeline.stdout.split(separator: "\n").first { $0.contains("⚠ kejadian 15 ") }, "\(timeline.stdout)")
            #expect(mark.hasPrefix("   ⚠ kejadian 15 (budi · Resepsionis, ") && mark.hasSuffix(
                "): ditulis dalam peran ini, tetapi langkah itu dijalankan peran Staf layanan pengaduan"), "\(mark)")
            let events = try desk.sop(["case", "01-2026-000002", "--events"])
            #expect(events.stdout.components(separatedBy: "⚠ bukan peran langkah ini").count == 2, "\(events.stdout)")
            let json = try desk.sop(["case", "01-2026-000002", "--json"]).stdout.split(separator: "\n")
            #expect(json.filter { $0.contains("\"stepRole\":") }.map { $0.contains("\"sequence\":15,\"stepRole\":\"staf-pengaduan\",") } == [true],
                    "\(json)")
        }
        // `sop report --periksa` makes the same checks of the cases it counts (tester 19's F5); a
        // forgery that changes the worklist or the status is refused before, by the listing's check.
        let report = try desk.sop(["report", "01", "--periksa"])
        #expect(report.status == 1, "\(report.stdout)")
        guard forgery.type == "output-recorded" else { return }
        #expect(report.stdout.contains("  ✗ kasus 01-2026-000002, urutan 15: " + forgery.reported), "\(report.stdout)")
        #expect(report.stderr.contains("kerusakan pada kasus yang dihitung, penomoran kasus atau segel (di atas, diperiksa seperti sop db verify memeriksanya)"),
                "\(report.stderr)")
    }

    @Test(arguments: Backend.available)
    func everyBreakOfACaseIsReportedNotOnlyTheFirst(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let edits = """
            UPDATE case_event SET payload = replace(payload, 'Siti Aminah', 'Siti Palsu') WHERE case_id = '01-2026-000001' AND sequence = 4;
            DELETE FROM case_event WHERE case_id = '01-2026-000001' AND sequence = 13;
            UPDATE case_event SET operator = 'rudi' WHERE case_id = '01-2026-000001' AND sequence = 20;
            UPDATE sop_case SET status = 'dibatalkan' WHERE id = '01-2026-000001';
            """
        try desk.sql(backend == .sqlite
            ? TamperTests.unlockUpdate.sqlite + TamperTests.unlockDelete.sqlite + edits + TamperTests.relockUpdate.sqlite + TamperTests.relockDelete.sqlite
            : TamperTests.unlockUpdate.postgres + edits + TamperTests.relockUpdate.postgres)
        let output = try verify(desk)
        for line in ["kasus 01-2026-000001, urutan 4: hash kejadian tidak cocok",
                     "kasus 01-2026-000001, urutan 13: kejadian hilang (urutan berikutnya yang tersimpan: 14)",
                     "kasus 01-2026-000001, urutan 20: hash kejadian tidak cocok",
                     "kasus 01-2026-000001: status kasus tersimpan 'dibatalkan', menurut kejadian 'selesai'"] {
            #expect(output.stdout.contains("  ✗ " + line), "\(line)\n\(output.stdout)")
        }
        #expect(!output.stdout.contains("urutan 14: hash"), "the event after a gap is not blamed for it: \(output.stdout)")
    }

    @Test(arguments: Backend.available)
    func anAttachmentChangedOrDeletedIsReported(backend: Backend) throws {
        let desk = try Desk(backend)
        defer { desk.drop() }
        let letter = desk.folder + "/surat.txt", answers = desk.folder + "/jawaban.yaml"
        try Data("Surat pengaduan asli\n".utf8).write(to: URL(fileURLWithPath: letter))
        let script = try String(contentsOfFile: SOPBinary.root.path + "/Tests/Fixtures/answers/01-resepsionis.yaml", encoding: .utf8)
            .replacingOccurrences(of: "output: {Data pelapor: Identitas dicatat}", with: "output: {Data pelapor: \"@\(letter)\"}")
        try script.write(toFile: answers, atomically: true, encoding: .utf8)
        let run = try desk.sop(["run", "01", "--answers", answers, "--as", "resepsionis", "--operator", "ani"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try desk.sop(["db", "verify"]).status == 0)
        try desk.sql(backend == .sqlite ? "UPDATE attachment SET content = CAST('Surat pengaduan PALSU' AS BLOB);"
                                        : "UPDATE attachment SET content = convert_to('Surat pengaduan PALSU', 'UTF8');")
        let changed = try verify(desk)
        #expect(changed.stdout.contains("  ✗ kasus 01-2026-000003, urutan "), "\(changed.stdout)")
        #expect(changed.stdout.contains(": isi lampiran 'surat.txt' tidak cocok dengan SHA-256"), "\(changed.stdout)")
        try desk.sql("DELETE FROM attachment;")
        let deleted = try verify(desk)
        #expect(deleted.stdout.contains(": lampiran 'surat.txt' (SHA-256 "), "\(deleted.stdout)")
        #expect(deleted.stdout.contains("disebut kejadian tetapi tidak tersimpan (dihapus)"))
    }

    @Test func aNIKOrPhoneTypedIntoAFreeTextIsMaskedInEveryOutput() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        let answers = desk.folder + "/jawaban.yaml"
        let script = try String(contentsOfFile: SOPBinary.root.path + "/Tests/Fixtures/answers/01-resepsionis.yaml", encoding: .utf8)
            .replacingOccurrences(of: "nama: Budi Santoso", with: "nama: Ani 081234567890")
            .replacingOccurrences(of: "maksud: Konsultasi pendaftaran koperasi", with: "maksud: NIK saya 3573014101900001 telp 081234567890")
            .replacingOccurrences(of: "output: {Data pelapor: Identitas dicatat}", with: "output: {Data pelapor: KTP 3573014101900001}")
        try script.write(toFile: answers, atomically: true, encoding: .utf8)
        let id = "01-2026-000003"
        var outputs = [try desk.sop(["run", "01", "--answers", answers, "--as", "resepsionis", "--operator", "ani"])]
        #expect(outputs[0].status == 0, "\(outputs[0].stderr)")
        for command in [["cases"], ["case", id], ["case", id, "--events"], ["case", id, "--json"], ["receipt", id]] {
            outputs.append(try desk.sop(command))
        }
        for output in outputs {
            for personal in ["3573014101900001", "081234567890"] {
                #expect(!output.stdout.contains(personal) && !output.stderr.contains(personal), "\(personal) shown whole:\n\(output.stdout)")
            }
        }
        #expect(outputs[2].stdout.contains("KTP 3573••••••••••01"), "\(outputs[2].stdout)")
        // Asked for, they are shown.
        #expect(try desk.sop(["case", id, "--show-personal"]).stdout.contains("KTP 3573014101900001"))
        #expect(try desk.sop(["db", "verify"]).status == 0)
    }

    @Test func aCaseWhosePinnedRevisionIsGoneIsNotShownWithoutItsAnswers() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        try desk.sql("PRAGMA foreign_keys = OFF; DELETE FROM sop_revision;")
        let shown = try desk.sop(["case", "01-2026-000001"])
        #expect(shown.status == 1, "\(shown.stdout)")
        #expect(shown.stderr.contains("revisi SOP \(TamperTests.revision.prefix(12)) tidak ada di basis data"), "\(shown.stderr)")
    }

    @Test func aCounterBelowTheCasesGivesAClearMessage() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        try desk.sql("UPDATE case_counter SET last = 1;")
        let run = try desk.sop(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml", "--as", "resepsionis", "--operator", "ani"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("nomor kasus baru 01-2026-000002 sudah dipakai kasus yang tersimpan"), "\(run.stderr)")
        #expect(!run.stderr.contains("kode SQLite"))
    }

    @Test func aDroppedTableIsNamed() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        try desk.sql("DROP TABLE roster_holding;")
        let output = try desk.sop(["db", "verify"])
        #expect(output.status == 1)
        #expect(output.stdout.contains("  ✗ tabel 'roster_holding' tidak ada di basis data (dihapus atau diganti nama)"), "\(output.stdout)\(output.stderr)")
    }

    @Test func aStatusFilterDoesNotHideACaseWhoseStatusWasForged() throws {
        let desk = try Desk(.sqlite)
        defer { desk.drop() }
        try desk.sql("UPDATE sop_case SET status = 'selesai' WHERE id = '01-2026-000002';")
        let open = try desk.sop(["cases", "--status", "terbuka"])
        #expect(open.status == 1, "\(open.stdout)")
        #expect(open.stdout.contains("01-2026-000002"), "\(open.stdout)")
        #expect(open.stderr.contains("status kasus tersimpan 'selesai', menurut kejadian 'terbuka'"), "\(open.stderr)")
    }

    @Test func aGrantWhoseHashDoesNotHoldIsNeitherShownNorObeyed() throws {
        let roster = RosterTests()
        try roster.bootstrap()
        let store = try SQLiteCaseStore(path: roster.database)
        let next = try store.rosterHistory().count + 1
        try TamperTests.sqlite(roster.database, "INSERT INTO roster_event VALUES (\(next), 1796000000000, 'ani', 'grant', 'budi', 'staf-pengaduan', '', 'deadbeef');")
        let shown = try roster.sop(["roster"], as: "ani")
        #expect(shown.status == 1)
        #expect(shown.stderr.contains("riwayat daftar peran tidak utuh, peran tidak dipakai: daftar peran, urutan \(next): hash kejadian tidak cocok"),
                "\(shown.stderr)")
        let acted = try roster.sop(["tasks", "--as", "staf-pengaduan"], as: "budi")
        #expect(acted.status == 1, "\(acted.stdout)")
    }
}
