import Foundation
import Testing

/// `sop report` on cases recorded through the real binary at fixed times.
@Suite("sop report", .serialized)
struct ReportTests {
    static let database = FileManager.default.temporaryDirectory
        .appendingPathComponent("sop-report-\(UUID().uuidString)/sop.sqlite").path
    static let reportTime = "2026-12-01T12:00:00+07:00"

    static let recorded: Bool = record(["SOP_DB": database])

    /// Five cases on Monday 30 November and Tuesday 1 December 2026, into the store of `store`.
    static func record(_ store: [String: String]) -> Bool {
        let front = "Tests/Fixtures/answers/01-resepsionis.yaml", back = "Tests/Fixtures/answers/01-staf.yaml"
        func sop(_ arguments: [String], at time: String) {
            let output = try? SOPBinary.run(arguments, environment: store.merging(["SOP_FIXED_TIME": time]) { _, new in new })
            precondition(output?.status == 0, "\(arguments): \(output?.stderr ?? "")")
        }
        func desk(_ id: Int, front frontTime: String, back backTime: String?) {
            sop(["run", "01", "--answers", front, "--as", "resepsionis", "--operator", "budi"], at: frontTime)
            if let backTime {
                sop(["run", "--case", "01-2026-00000\(id)", "--answers", back, "--as", "staf-pengaduan", "--operator", "sari"],
                    at: backTime)
            }
        }
        // The report names sari by the full name the roster gives her; budi has none.
        sop(["roster", "nama", "sari", "--nama", "Sari Wulandari"], at: "2026-11-30T08:00:00+07:00")
        desk(1, front: "2026-11-30T09:00:00+07:00", back: "2026-11-30T09:20:00+07:00")  // step 3 within 30 menit
        desk(2, front: "2026-11-30T09:10:00+07:00", back: "2026-11-30T10:30:00+07:00")  // step 3 takes 80 minutes
        // Started 15.20 Monday: step 3 is due Tuesday 08.20 in service time, done 08.10: within.
        desk(3, front: "2026-11-30T15:20:00+07:00", back: "2026-12-01T08:10:00+07:00")
        desk(4, front: "2026-12-01T09:00:00+07:00", back: nil)
        sop(["run", "--case", "01-2026-000004", "--as", "staf-pengaduan", "--operator", "sari", "--answers",
             SOPBinary.root.path + "/Tests/Fixtures/answers/batal.yaml"], at: "2026-12-01T09:30:00+07:00")
        desk(5, front: "2026-12-01T10:00:00+07:00", back: nil)  // waiting, overdue at noon
        return true
    }

    func report(_ arguments: [String]) throws -> SOPBinary.Output {
        #expect(Self.recorded)
        return try SOPBinary.run(["report"] + arguments, environment: ["SOP_DB": Self.database, "SOP_FIXED_TIME": Self.reportTime])
    }

    @Test func everyFormat() throws {
        for (arguments, golden) in [([String](), "report.txt"), (["--lang", "en"], "report.en.txt"),
                                    (["--format", "csv"], "report.csv"), (["--format", "json"], "report.json"),
                                    (["--format", "html"], "report.html")] {
            let output = try report(arguments)
            #expect(output.status == 0, "\(arguments): \(output.stderr)")
            try SOPBinary.expectGolden(output.stdout, golden, maskingDigests: true)
        }
    }

    @Test func periodAndSOPFilters() throws {
        let monday = try report(["01", "--from", "2026-11-30", "--to", "30 November 2026"])
        #expect(monday.stdout.contains("Kasus 3 (selesai 3, dibatalkan 0, terbuka 0)"))
        #expect(monday.stdout.contains("periode 30-11-2026 s.d. 30-11-2026"))
        let tuesday = try report(["--from", "2026-12-01", "--format", "csv"])
        #expect(tuesday.stdout.split(separator: "\n")[1].hasPrefix("sop,01,01,Pelayanan Pengaduan Langsung,1 jam 40 menit,2,"))
        let none = try report(["02"])
        #expect(none.stdout.hasSuffix("Belum ada kasus pada periode ini.\n"))
    }

    @Test func writesToAFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("laporan-\(UUID().uuidString).html").path
        let output = try report(["--format", "html", "-o", path])
        #expect(output.status == 0 && output.stdout.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    }

    @Test func badInput() throws {
        let day = try report(["--from", "31 November 2026"])
        #expect(day.status == 2)
        #expect(day.stderr.contains("--from: '31 November 2026' bukan tanggal yang ada"))
        #expect(try report(["--format", "pdf"]).status == 2)
        let unwritable = try report(["-o", "/proc/nope/laporan.txt"])
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.hasPrefix("sop: galat: tidak dapat menulis '/proc/nope/laporan.txt'"))
    }
}
