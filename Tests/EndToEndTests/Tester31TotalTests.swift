import Foundation
import Testing

/// Tester 31, F2: the printed "JUMLAH WAKTU : 9 (sembilan) hari kerja 35 menit" is the service
/// promise, `kasus: {batas_layanan: total}`; and a `batas_layanan` that cannot be read is one
/// error, with no warning asking for the `batas_layanan` already written.
@Suite("Tester 31: a printed total of working days and minutes as the service limit (F2)")
struct Tester31TotalTests {
    func folder(_ batas: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-t31f2-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["07-dtks-sktm.yaml", "kalender.yaml"] {
            var text = try String(contentsOfFile: Tester31FindingsTests.folder + "/" + name, encoding: .utf8)
            text = text.replacingOccurrences(of: "batas_layanan: 9 hari kerja", with: "batas_layanan: \(batas)")
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder
    }

    @Test func thePrintedTotalIsTheServiceLimit() throws {
        let folder = try folder("total")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lint = try SOPBinary.run(["lint", folder.path])
        #expect(!lint.stdout.contains("waktu-format") && !lint.stdout.contains("outside-service-limit"), "\(lint.stdout)")
        #expect(!lint.stdout.contains("error:"), "\(lint.stdout)")
        let database = folder.appendingPathComponent("sop.sqlite").path
        let environment = ["SOP_DB": database, "SOP_FIXED_TIME": "2026-12-07T09:00:00+07:00", "SOP_DIR": folder.path,
                           "SOP_TEST_LOGIN": "budi"]
        let run = try SOPBinary.run(["run", "07", "--as", "loket"], environment: environment,
                                    stdin: "y\ny\ny\ntb\n" + Tester31FindingsTests.applicant + "y\nYa\n\n")
        #expect(run.status == 0, "\(run.stderr)")
        let timeline = try SOPBinary.run(["case", "07-2026-000001"], environment: environment).stdout
        // Monday 09.00 + 35 service minutes, then 9 working days.
        #expect(timeline.contains("Batas layanan: 18-12-2026 09.35 WIB (9 (sembilan) hari kerja 35 menit sejak kasus dimulai,"), "\(timeline)")
    }

    @Test func anUnreadableLimitIsOneErrorAndNoWarningAsksForIt() throws {
        let folder = try folder("secepatnya")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lint = try SOPBinary.run(["lint", folder.path])
        #expect(lint.status != 0)
        #expect(lint.stdout.contains("batas_layanan 'secepatnya' tidak terbaca"), "\(lint.stdout)")
        #expect(!lint.stdout.contains("outside-service-limit"), "\(lint.stdout)")
    }
}
