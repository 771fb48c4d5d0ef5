import Foundation
import SOPStore
import Testing

@testable import SOPEngine

/// `sop run`, `sop tasks`, `sop cases` and `sop case`, through the built binary.
@Suite("sop run and the desk commands")
struct RunTests {
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-run-\(UUID().uuidString)/sop.sqlite").path
    static let fixedTime = "2026-11-30T09:00:00+07:00"

    var environment: [String: String] { ["SOP_DB": database, "SOP_FIXED_TIME": Self.fixedTime] }

    func sop(_ arguments: [String], extra: [String: String] = [:], directory: URL? = nil) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: environment.merging(extra) { _, new in new }, directory: directory)
    }

    static let allRoles = ["--as", "resepsionis", "--as", "staf-pengaduan", "--operator", "budi"]

    @Test func scriptedCaseFromStartToEnd() throws {
        let run = try sop(["run", "01", "--answers", "Tests/Fixtures/answers/01-lengkap.yaml"] + Self.allRoles)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
        try SOPBinary.expectGolden(run.stdout, "run-01-answers.txt")
        let timeline = try sop(["case", "01-2026-000001"])
        #expect(timeline.status == 0)
        try SOPBinary.expectGolden(timeline.stdout, "case-01.txt")
        let cases = try sop(["cases"])
        try SOPBinary.expectGolden(cases.stdout, "cases.txt")
        #expect(try sop(["tasks"]).stdout == "Tidak ada kegiatan yang menunggu.\n")
        // Personal data appears only when asked for.
        #expect(!timeline.stdout.contains("3573014101900001"))
        #expect(try sop(["case", "01-2026-000001", "--show-personal"]).stdout.contains("NIK = 3573014101900001"))
    }

    @Test func jsonEventLines() throws {
        let run = try sop(["run", "01", "--answers", "Tests/Fixtures/answers/01-lengkap.yaml", "--json"] + Self.allRoles)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        #expect(objects.map { $0["sequence"] as? Int } == Array(1...lines.count).map { Optional($0) })
        #expect(objects.first?["type"] as? String == "case-started")
        #expect(objects.last?["type"] as? String == "case-completed")
        #expect(objects.allSatisfy { $0["case"] as? String == "01-2026-000001" })
        let nik = objects.first { ($0["payload"] as? [String: Any])?["field"] as? String == "nik" }
        #expect((nik?["payload"] as? [String: Any])?["value"] as? String == "3573••••••••0001")
        #expect(run.stderr.contains("Kasus 01-2026-000001"), "human text goes to stderr under --json")
        let events = try sop(["case", "01-2026-000001", "--json", "--show-personal"])
        #expect(events.stdout.split(separator: "\n").count == lines.count)
        #expect(events.stdout.contains("\"value\":\"3573014101900001\""))
    }

    @Test func handOffToAnotherDesk() throws {
        let first = try sop(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml", "--as", "resepsionis",
                             "--operator", "budi"])
        #expect(first.status == 0)
        #expect(first.stdout.contains("→ Kegiatan 3 menunggu di daftar tugas Staf layanan pengaduan, batas 09.30 WIB."))
        let tasks = try sop(["tasks", "--as", "staf-pengaduan"])
        try SOPBinary.expectGolden(tasks.stdout, "tasks-staf.txt")
        // Later that day the complaint staff continues, answering from step 3 on.
        let answers = try SOPBinary.folder(["lanjut.yaml": """
            langkah:
              - kegiatan: 3
                kelengkapan: {Berkas pengaduan: ya}
                output: {Analisis Pengaduan: Analisis selesai}
              - kegiatan: 4
              - kegiatan: 5
                kelengkapan: {Berkas analisis: ya}
                output: {Bahan/data/informasi dari bidang: Informasi disampaikan}
              - kegiatan: 6
                kelengkapan: {Berkas pendukung: ya}
                output: {Form Penerimaan Layanan: Ditandatangani}

            """])
        let later = try sop(["run", "--case", "01-2026-000001", "--as", "staf-pengaduan", "--operator", "sari",
                             "--answers", answers.appendingPathComponent("sop/lanjut.yaml").path],
                            extra: ["SOP_FIXED_TIME": "2026-11-30T10:15:00+07:00"])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stdout.contains("Kasus 01-2026-000001 (dilanjutkan)"))
        // A late step is never ticked: ⚠, and the time used and the excess add up to the standard.
        #expect(later.stdout.contains("⚠ Kegiatan 3 selesai terlambat dalam 1 jam 15 menit — MELEBIHI standar 30 menit (lebih 45 menit)"),
                "\(later.stdout)")
        #expect(!later.stdout.contains("✓ Kegiatan 3"))
        #expect(later.stdout.contains("Kasus 01-2026-000001 selesai dalam 1 jam 15 menit."))
        let overdueList = try sop(["cases", "--status", "selesai"])
        #expect(overdueList.stdout.contains("01-2026-000001  01   selesai"))
    }

    @Test func overdueStepsComeFirstInTheWorklist() throws {
        for _ in 0..<2 {
            _ = try sop(["run", "01", "--answers", "Tests/Fixtures/answers/01-lengkap.yaml", "--as", "resepsionis"])
        }
        let list = try sop(["tasks", "--as", "staf-pengaduan"], extra: ["SOP_FIXED_TIME": "2026-11-30T09:45:00+07:00"])
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("09.30 WIB TERLAMBAT  01-2026-000001"))
        #expect(lines[2].hasPrefix("09.30 WIB TERLAMBAT  01-2026-000002"))
        let english = try sop(["cases", "--lang", "en"], extra: ["SOP_FIXED_TIME": "2026-11-30T09:45:00+07:00"])
        #expect(english.stdout.contains("open"))
        #expect(english.stdout.contains("09.30 WIB OVERDUE"))
    }

    @Test func badAnswerStopsWithTheStepAndTheReason() throws {
        let folder = try SOPBinary.folder(["salah.yaml": """
            langkah:
              - kegiatan: 1
                kelengkapan: {Identitas: ya}
                isian: {nama: Siti, nik: "35730141019", telepon: "081234567890", cara_menghubungi: 1, maksud: tanya}
                output: {Data pelapor: dicatat}

            """])
        let run = try sop(["run", "01", "--answers", folder.appendingPathComponent("sop/salah.yaml").path, "--as", "resepsionis"])
        #expect(run.status == 1)
        #expect(run.stderr == "sop: galat: kegiatan 1: NIK harus 16 angka; tertulis 11 karakter (11 angka); jawaban yang sah sebelumnya tetap tersimpan\n")
        // What was valid before the bad answer is committed: the kelengkapan and the name.
        let events = try sop(["case", "01-2026-000001", "--json"]).stdout
        #expect(events.contains("\"type\":\"kelengkapan-checked\""))
        #expect(events.contains("\"field\":\"nama\""))
        #expect(!events.contains("\"field\":\"nik\""))
    }

    @Test func malformedAnswersFilesAreLocated() throws {
        let folder = try SOPBinary.folder(["rusak.yaml": "langkah:\n  - kegiatan: 1\n    isian: {nama: [a}\n",
                                           "asing.yaml": "langkah:\n  - kegiatan: 1\n    jawab: ya\n"])
        let broken = try sop(["run", "01", "--answers", "sop/rusak.yaml"], directory: folder)
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("sop/rusak.yaml:3:"))
        #expect(broken.stderr.contains("[yaml-syntax]"))
        let unknown = try sop(["run", "01", "--answers", "sop/asing.yaml", "--sop-dir", SOPBinary.root.path + "/sop"], directory: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("sop/asing.yaml:3:5: error: kunci 'jawab' tidak dikenal di langkah [answers-format]"))
        let missing = try sop(["run", "01", "--answers", "/nonexistent.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("tidak dapat membaca '/nonexistent.yaml'"))
    }

    @Test func usageErrors() throws {
        let role = try sop(["run", "01", "--as", "kasir"])
        #expect(role.status == 2)
        #expect(role.stderr == "sop: galat: 'kasir' bukan peran staf SOP ini (peran staf: resepsionis = Resepsionis; staf-pengaduan = Staf layanan pengaduan; bidang-terkait = Bidang Terkait)\n")
        let both = try sop(["run", "01", "--case", "01-2026-000001"])
        #expect(both.status == 2)
        #expect(both.stderr.contains("sebut SOP yang dijalankan"))
        let unknownCase = try sop(["run", "--case", "01-2026-999999"])
        #expect(unknownCase.status == 2)
        #expect(unknownCase.stderr == "sop: galat: kasus '01-2026-999999' tidak ditemukan di basis data\n")
        let status = try sop(["cases", "--status", "bogus"])
        #expect(status.status == 2)
        // Reading a store that is not there creates nothing (FaultTests); writing one says why it cannot.
        let badDB = try sop(["db", "migrate", "--db", "/proc/nope/sop.sqlite"])
        #expect(badDB.status == 1)
        #expect(badDB.stderr.hasPrefix("sop: galat: tidak dapat membuat '/proc/nope'"))
    }

    @Test func anSOPWithErrorsRefusesToStart() throws {
        let folder = try SOPBinary.folder(["07-rusak.yaml": ErrorPathTests.broken])
        let run = try sop(["run", "07"], directory: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("[invalid-choice]"))
        #expect(run.stderr.hasSuffix("sop: galat: kasus tidak dapat dimulai: SOP 'sop/07-rusak.yaml' memuat 3 galat (lihat di atas)\n"))
    }

    @Test func aCaseFollowsThePinnedRevisionAfterTheFileChanges() throws {
        let original = try String(contentsOfFile: SOPBinary.root.path + "/sop/01-pengaduan-langsung.yaml", encoding: .utf8)
        let folder = try SOPBinary.folder(["01-pengaduan-langsung.yaml": original])
        let start = try sop(["run", "01", "--answers", SOPBinary.root.path + "/Tests/Fixtures/answers/01-resepsionis.yaml",
                             "--as", "resepsionis"], directory: folder)
        #expect(start.status == 0)
        // The Dinas revises the SOP: step 3 now takes 15 minutes and reads differently.
        let revised = original.replacingOccurrences(of: "waktu: 30 menit", with: "waktu: 15 menit")
            .replacingOccurrences(of: "Staf layanan pengaduan menerima, mencatat", with: "Staf layanan pengaduan MENERIMA, mencatat")
        try revised.write(to: folder.appendingPathComponent("sop/01-pengaduan-langsung.yaml"), atomically: true, encoding: .utf8)
        let resumed = try sop(["run", "--case", "01-2026-000001", "--as", "staf-pengaduan"], directory: folder)
        #expect(resumed.stdout.contains("Staf layanan pengaduan menerima, mencatat"))
        #expect(resumed.stdout.contains("Waktu       : 30 menit"))
        // A new case follows the new revision.
        let fresh = try sop(["run", "01", "--as", "staf-pengaduan"], directory: folder)
        #expect(fresh.stdout.contains("Kasus 01-2026-000002"))
        let first = try sop(["case", "01-2026-000001"], directory: folder).stdout
        let second = try sop(["case", "01-2026-000002"], directory: folder).stdout
        #expect(first.split(separator: "\n")[2] != second.split(separator: "\n")[2], "each case names its own revision")
    }
}

@Suite("An interactive session on a pseudo-terminal", .serialized)
struct InteractiveTests {
    let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-pty-\(UUID().uuidString)/sop.sqlite").path

    var environment: [String: String] {
        ["SOP_DB": database, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "dumb", "COLUMNS": "100",
         "HOME": FileManager.default.temporaryDirectory.path]
    }

    @Test func answersAtTheDeskWithReprompts() throws {
        let terminal = try PseudoTerminal(["run", "01", "--as", "resepsionis", "--operator", "budi"],
                                          environment: environment, directory: SOPBinary.root)
        try terminal.expect("Kegiatan 1 dari 6")
        try terminal.expect("Identitas ada? [y/t] › ")
        terminal.type("?")
        try terminal.expect("/catatan TEKS")
        try terminal.expect("Identitas ada? [y/t] › ")
        terminal.type("y")
        try terminal.expect("Nama pelapor › ")
        terminal.type("Siti Aminah")
        try terminal.expect("NIK (16 angka; opsional, Enter untuk melewati) › ")
        terminal.type("1234")
        try terminal.expect("✗ NIK harus 16 angka")
        try terminal.expect("NIK (16 angka; opsional, Enter untuk melewati) › ")
        terminal.type("")
        try terminal.expect("Nomor telepon › ")
        terminal.type("0812 3456 7890")
        try terminal.expect("Alamat (opsional, Enter untuk melewati) › ")
        terminal.type("Jl. Ijen 1")
        try terminal.expect("Cara menghubungi (1 Telepon / 2 Datang langsung) › ")
        terminal.type("3")
        try terminal.expect("bukan salah satu pilihan")
        terminal.type("datang langsung")
        try terminal.expect("Maksud keinginan › ")
        terminal.type("/catatan pelapor datang bersama anaknya")
        try terminal.expect("Catatan disimpan.")
        try terminal.expect("Maksud keinginan › ")
        terminal.type("Konsultasi")
        try terminal.expect("Output · Data pelapor")
        terminal.type("Dicatat")
        try terminal.expect("Tekan Enter bila kegiatan 1 selesai › ")
        terminal.type("")
        try terminal.expect("✓ Kegiatan 1 selesai")
        try terminal.expect("Tekan Enter bila kegiatan 2 selesai › ")
        terminal.type("/jeda")
        try terminal.expect("Kasus dijeda.")
        #expect(terminal.wait() == 0)

        let store = try SQLiteCaseStore(path: database)
        let state = CaseState(id: CaseID("01-2026-000001"), events: try store.events(of: CaseID("01-2026-000001")))
        #expect(state.status == .paused)
        #expect(state.completed.first?.fields["telepon"] == "081234567890")
        #expect(state.completed.first?.fields["cara_menghubungi"] == "Datang langsung")
        #expect(state.notes.map(\.text) == ["pelapor datang bersama anaknya"])
    }

    @Test func choosingAStepFromTheWorklist() throws {
        let setup = try SOPBinary.run(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml", "--as", "resepsionis"],
                                      environment: ["SOP_DB": database])
        #expect(setup.status == 0)
        let terminal = try PseudoTerminal(["run", "--as", "staf-pengaduan", "--operator", "sari"], environment: environment,
                                          directory: SOPBinary.root)
        try terminal.expect("1.  ")
        try terminal.expect("01-2026-000001")
        try terminal.expect("Pilih kegiatan [1-1] › ")
        terminal.type("1")
        try terminal.expect("Kasus 01-2026-000001 (dilanjutkan) · operator sari · peran Staf layanan pengaduan")
        try terminal.expect("Berkas pengaduan ada? [y/t] › ")
        terminal.endOfInput()
        #expect(terminal.wait() == 0)
    }

    @Test func colourOnATerminalButNeverWithNoColor() throws {
        let coloured = try PseudoTerminal(["show", "01"], environment: environment.merging(["TERM": "xterm"]) { _, new in new },
                                          directory: SOPBinary.root)
        try coloured.expect("Total waktu")
        #expect(coloured.wait() == 0)
        #expect(coloured.output.contains("\u{1B}[1m"))
        let plain = try PseudoTerminal(["show", "01"], environment: environment.merging(["TERM": "xterm", "NO_COLOR": "1"]) { _, new in new },
                                       directory: SOPBinary.root)
        try plain.expect("Total waktu")
        #expect(plain.wait() == 0)
        #expect(!plain.output.contains("\u{1B}["))
    }

    @Test func aKilledProcessLosesNoAnswerAndTheCaseResumes() throws {
        let terminal = try PseudoTerminal(["run", "01", "--as", "resepsionis", "--operator", "budi"],
                                          environment: environment, directory: SOPBinary.root)
        try terminal.expect("Identitas ada? [y/t] › ")
        terminal.type("y")
        try terminal.expect("Nama pelapor › ")
        terminal.type("Siti Aminah")
        try terminal.expect("NIK (16 angka; opsional, Enter untuk melewati) › ")
        terminal.type("3573014101900001")
        // The next prompt is only printed once the NIK is committed.
        try terminal.expect("Nomor telepon › ")
        terminal.kill()

        let store = try SQLiteCaseStore(path: database)
        #expect(try store.integrityCheck() == "ok")
        let id = CaseID("01-2026-000001")
        let events = try store.events(of: id)
        #expect(events.map(\.sequence) == Array(1...events.count))
        let state = CaseState(id: id, events: events)
        #expect(state.active.first?.fields == ["nama": "Siti Aminah", "nik": "3573014101900001"])

        // Another terminal resumes at the very next question.
        let again = try PseudoTerminal(["run", "--case", id.rawValue, "--as", "resepsionis"], environment: environment,
                                       directory: SOPBinary.root)
        try again.expect("Kasus 01-2026-000001 (dilanjutkan)")
        let before = try again.expect("› ")
        #expect(before.hasSuffix("Nomor telepon › "))
        again.endOfInput()
        try again.expect("Masukan berakhir; kasus dibiarkan terbuka")
        #expect(again.wait() == 0)
    }
}

@Suite("Two processes racing on one case")
struct RaceTests {
    @Test func theEventLogStaysGaplessAndEachStepIsDoneOnce() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("sop-race-\(UUID().uuidString)/sop.sqlite").path
        let environment = ["SOP_DB": database]
        let opened = try SOPBinary.run(["run", "01", "--as", "resepsionis"], environment: environment, stdin: "")
        #expect(opened.status == 0)
        let answers = SOPBinary.root.path + "/Tests/Fixtures/answers/01-lengkap.yaml"
        let arguments = ["run", "--case", "01-2026-000001", "--answers", answers, "--as", "resepsionis", "--as", "staf-pengaduan"]
        let group = DispatchGroup()
        let results = ResultBox()
        for name in ["meja-1", "meja-2"] {
            group.enter()
            Thread {
                let output = try? SOPBinary.run(arguments + ["--operator", name], environment: environment)
                results.append(output)
                group.leave()
            }.start()
        }
        group.wait()
        let store = try SQLiteCaseStore(path: database)
        #expect(try store.integrityCheck() == "ok")
        let events = try store.events(of: CaseID("01-2026-000001"))
        #expect(events.map(\.sequence) == Array(1...events.count))
        let state = CaseState(id: CaseID("01-2026-000001"), events: events)
        // Whoever lost a race was refused, reloaded, and went on from the new state: no step
        // was completed twice, and the case ended once.
        #expect(state.completed.map(\.step) == ["1", "2", "3", "4", "5", "6"])
        #expect(events.filter { $0.kind == .caseCompleted }.count == 1)
        #expect(results.outputs.allSatisfy { $0?.status == 0 || $0?.status == 1 })
    }

    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var outputs: [SOPBinary.Output?] = []
        func append(_ output: SOPBinary.Output?) { lock.withLock { outputs.append(output) } }
    }
}
