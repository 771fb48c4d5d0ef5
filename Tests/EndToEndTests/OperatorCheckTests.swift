import Foundation
import Testing

/// Every command that takes `--operator` checks it as `sop run` does (one path: `DeskOptions.openDesk`).
@Suite("--operator is checked by every command that takes it", .timeLimit(.minutes(10)))
struct OperatorCheckTests {
    // MARK: --operator, checked by every command that takes it

    @Test func everyCommandThatTakesOperatorAsksItsPIN() throws {
        let roster = RosterTests()
        try roster.bootstrap()
        let started = try roster.sop(["run", "01"] + RosterTests.reception, as: "budi")
        #expect(started.status == 0, "\(started.stderr)")
        #expect(try roster.sop(["roster", "pin", "budi"], as: "ani", stdin: "rahasia1\nrahasia1\n").status == 0)
        let commands = [["cases"], ["tasks"], ["case", "01-2026-000001"], ["case", "01-2026-000001", "--events"], ["report"],
                        ["roster"], ["receipt", "01-2026-000001", "-o", FileManager.default.temporaryDirectory.path + "/r2-\(UUID()).txt"]]
        for command in commands {
            let arguments = command + ["--operator", "budi"]
            // A wrong PIN: refused before anything is shown, and counted.
            let wrong = try roster.sop(arguments, as: "loket", stdin: "salah-pin\n")
            #expect(wrong.status == 1, "\(command): \(wrong.stdout)")
            #expect(wrong.stdout.isEmpty, "\(command)")
            #expect(wrong.stderr == "sop: galat: PIN budi salah; 4 kali lagi sebelum nama ini dikunci 15 menit\n", "\(command)")
            // No PIN typed at all (standard input closed).
            let none = try roster.sop(arguments, as: "loket", stdin: "")
            #expect(none.status == 2, "\(command): \(none.stderr)")
            // The right PIN: the command runs (and the count starts again).
            let right = try roster.sop(arguments, as: "loket", stdin: "rahasia1\n")
            // Past the PIN, every command runs; the receipt of a case still at step 3 is the
            // open Tanda Terima.
            #expect(right.status == 0, "\(command): \(right.stderr)")
            #expect(!right.stdout.contains("rahasia1") && !right.stderr.contains("rahasia1"))
            // A name without a PIN, once the roster is in force, is refused by every command.
            let noPIN = try roster.sop(command + ["--operator", "citra"], as: "loket")
            #expect(noPIN.status == 1, "\(command)")
            #expect(noPIN.stderr.contains("'citra' bukan login ini ('loket') dan belum punya PIN"), "\(command): \(noPIN.stderr)")
        }
        // Without --operator nothing is asked: the login is who reads.
        #expect(try roster.sop(["cases"], as: "loket").status == 0)
    }

    @Test func aCorrectionIsWrittenUnderTheCheckedOperatorOnly() throws {
        let roster = RosterTests()
        try roster.bootstrap()
        #expect(try roster.sop(["run", "01"] + RosterTests.reception, as: "budi").status == 0)
        #expect(try roster.sop(["roster", "pin", "budi"], as: "ani", stdin: "rahasia1\nrahasia1\n").status == 0)
        let correct = ["correct", "01-2026-000001", "--kegiatan", "1", "--isian", "nama=Budi Santosa", "--alasan", "salah ketik",
                       "--as", "resepsionis", "--operator", "budi"]
        let wrong = try roster.sop(correct, as: "loket", stdin: "salah-pin\n")
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("PIN budi salah"))
        let events = try roster.sop(["case", "01-2026-000001", "--events"], as: "ani").stdout
        #expect(!events.contains("answer-corrected") && !events.contains("dikoreksi"), "nothing written: \(events)")
        let right = try roster.sop(correct, as: "loket", stdin: "rahasia1\n")
        #expect(right.status == 0, "\(right.stderr)")
        let json = try roster.sop(["case", "01-2026-000001", "--events", "--json"], as: "ani").stdout
        #expect(json.contains("\"type\":\"answer-corrected\"") || json.contains("\"type\": \"answer-corrected\""), "\(json)")
        // Under a name the operator does not hold the role for: refused before writing.
        let notHeld = try roster.sop(["correct", "01-2026-000001", "--kegiatan", "1", "--isian", "nama=X", "--alasan", "coba",
                                      "--as", "resepsionis"], as: "citra")
        #expect(notHeld.status == 1)
        #expect(notHeld.stderr.contains("operator 'citra' tidak memegang peran 'resepsionis'"), "\(notHeld.stderr)")
    }
}
