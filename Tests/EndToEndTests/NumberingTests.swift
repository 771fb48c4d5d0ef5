import Foundation
import Testing

/// Real nomors ("000.8.3.3/ 412 /DISKOP-B"), the short code staff type (`sop run 19`), short
/// case ids, and lookups that accept what `run` accepts, through the built binary.
@Suite("Real numbering: short codes, case ids and lookups")
struct NumberingTests {
    let folder: URL
    let database: String
    var environment: [String: String] {
        ["SOP_DB": database, "SOP_FIXED_TIME": "2026-11-30T09:00:00+07:00", "SOP_DIR": folder.path]
    }

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("sop-nomor-\(UUID().uuidString)")
        folder = base.appendingPathComponent("sop")
        database = base.appendingPathComponent("sop.sqlite").path
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fixture = SOPBinary.root.appendingPathComponent("Tests/Fixtures/lint/ok/19-waktu-tercetak.yaml")
        try FileManager.default.copyItem(at: fixture, to: folder.appendingPathComponent("19-izin-reklame.yaml"))
    }

    func sop(_ arguments: [String]) throws -> SOPBinary.Output {
        try SOPBinary.run(arguments, environment: environment)
    }

    @Test func theShortCodeRunsTheSOPAndNamesItsCases() throws {
        let answers = SOPBinary.root.appendingPathComponent("Tests/Fixtures/answers/19-online.yaml").path
        let run = try sop(["run", "19", "--answers", answers, "--as", "petugas", "--as", "kabid", "--operator", "budi"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("19-2026-000001"), "\(run.stdout)")
        // Every lookup accepts what run accepts: case and spacing, zeros of the sequence.
        for typed in ["19-2026-000001", "19-2026-1", " 19 - 2026 - 000001 "] {
            let timeline = try sop(["case", typed])
            #expect(timeline.status == 0, "\(typed): \(timeline.stderr)")
            #expect(timeline.stdout.contains("Menyerahkan izin kepada pemohon"))
        }
        for reference in ["19", "019", "000.8.3.3/ 412 /DISKOP-B", "000.8.3.3/412/diskop-b"] {
            let cases = try sop(["cases", "--sop", reference])
            #expect(cases.stdout.contains("19-2026-000001"), "cases --sop \(reference): \(cases.stdout)")
            let show = try sop(["show", reference])
            #expect(show.status == 0, "show \(reference): \(show.stderr)")
        }
        let none = try sop(["cases", "--sop", "20"])
        #expect(!none.stdout.contains("19-2026-000001"))
    }

    @Test func aRealNomorIsNoFileNameWarningButTwoFilesWithOneCodeAreAnError() throws {
        let clean = try sop(["lint", "--strict", folder.path])
        #expect(clean.status == 0, "\(clean.stdout)")
        #expect(!clean.stdout.contains("file-name-nomor"))
        let twin = try String(contentsOf: folder.appendingPathComponent("19-izin-reklame.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "000.8.3.3/ 412 /DISKOP-B", with: "000.8.3.3/ 413 /DISKOP-B")
        try twin.write(to: folder.appendingPathComponent("019-reklame-insidentil.yaml"), atomically: true, encoding: .utf8)
        let twice = try sop(["lint", folder.path])
        #expect(twice.status == 1)
        #expect(twice.stdout.contains("[short-code-duplicate]"), "\(twice.stdout)")
        let ambiguous = try sop(["show", "19"])
        #expect(ambiguous.status != 0)
    }
}
