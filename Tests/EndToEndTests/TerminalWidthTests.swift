import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Screens at a terminal of 80 columns: every line fits, words are never cut, and the width
/// comes from the terminal itself (TIOCGWINSZ) before COLUMNS. Piped output keeps whole lines.
@Suite("screens at 80 columns")
struct TerminalWidthTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-width-\(UUID().uuidString)").path
    var database: String { folder + "/sop.sqlite" }

    /// The window says 80 columns; COLUMNS says otherwise and is not believed.
    var environment: [String: String] {
        ["SOP_DB": database, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "dumb", "COLUMNS": "200",
         "HOME": FileManager.default.temporaryDirectory.path, "SOP_FIXED_TIME": RunTests.fixedTime]
    }

    /// Runs a command on an 80-column pseudo-terminal to its end; its lines, without the CR.
    func screen(_ arguments: [String], status: Int32 = 0) throws -> [String] {
        let terminal = try PseudoTerminal(arguments, environment: environment, directory: SOPBinary.root, columns: 80)
        #expect(terminal.wait() == status, "\(arguments): \(terminal.output)")
        return terminal.output.replacingOccurrences(of: "\r", with: "").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
    }

    func expectFits(_ lines: [String], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let long = lines.filter { $0.count > 80 }
        #expect(long.isEmpty, "\(what): \(long.count) lines over 80 columns:\n\(long.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    /// Every word of `text` is on one line of the screen, in order: wrapped only between words.
    func expectWholeWords(_ text: String, in lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let joined = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(joined.contains(text), "'\(text)' is not found with whole words in:\n\(lines.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
    }

    @Test func showCaseTasksAndCasesFit() throws {
        let setup = try SOPBinary.run(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml", "--as", "resepsionis"],
                                      environment: ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime])
        #expect(setup.status == 0, "\(setup.stderr)")
        // A real SOP with a long nomor, run to its end.
        let example = try SOPBinary.run(["run", "SOP-1-107/17000/2025", "--sop-dir", "Tests/Fixtures/examples", "--answers",
                                         "Tests/Fixtures/answers/examples/layanan-pengaduan-tatap-muka.yaml", "--operator", "budi"],
                                        environment: ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime])
        #expect(example.status == 0, "\(example.stderr)")

        let show = try screen(["show", "01"])
        expectFits(show, "sop show 01")
        let timeline = try screen(["case", "01-2026-000001"])
        expectFits(timeline, "sop case")
        #expect(timeline.contains { $0.hasPrefix("   ") && $0.contains("Identitas") })
        let tasks = try screen(["tasks"])
        expectFits(tasks, "sop tasks")
        #expect(tasks.contains { $0.contains("01-2026-000001") })
        let cases = try screen(["cases"])
        expectFits(cases, "sop cases")
        // The long nomor is cut only after its '/' and '-', never inside a word.
        expectWholeWords("SOP-1-107/", in: cases)
        #expect(cases.contains { $0.contains("01-2026-000001") })

        // An error on a terminal wraps too; piped, it is one line.
        let refused = try screen(["correct", "01-2026-000001", "--kegiatan", "1", "--isian", "telpon=0813", "--alasan", "x",
                                  "--as", "resepsionis"], status: 1)
        expectFits(refused, "sop correct")
        expectWholeWords("sop: galat: kegiatan 1 tidak punya isian 'telpon' (yang ada: 'nama',", in: refused)
        expectWholeWords("mungkin maksudnya 'telepon'?", in: refused)
        #expect(refused.count >= 3, "\(refused)")

        // Piped, the same table keeps one line per case, however long.
        let piped = try SOPBinary.run(["cases"], environment: ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime])
        #expect(piped.stdout.split(separator: "\n").count == 3, "\(piped.stdout)")
        #expect(piped.stdout.contains("SOP-1-107/17000/2025"))
    }

    /// Ctrl-C at a prompt leaves with the very words Ctrl-D leaves with: all is saved, how to go on.
    @Test func ctrlCSaysWhatCtrlDSays() throws {
        let setup = try SOPBinary.run(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml", "--as", "resepsionis"],
                                      environment: ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime])
        #expect(setup.status == 0, "\(setup.stderr)")
        func leave(_ how: (PseudoTerminal) -> Void) throws -> (status: Int32, words: String) {
            let terminal = try PseudoTerminal(["run", "--case", "01-2026-000001", "--as", "staf-pengaduan", "--operator", "sari"],
                                              environment: environment, directory: SOPBinary.root, columns: 80)
            try terminal.expect("Berkas pengaduan ada? [y/t] › ")
            how(terminal)
            let status = terminal.wait()
            let output = terminal.output.replacingOccurrences(of: "\r", with: "")
            let after = output.components(separatedBy: "[y/t] › ").last ?? ""
            return (status, after.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let endOfInput = try leave { $0.endOfInput() }
        let interrupt = try leave { kill($0.process.processIdentifier, SIGINT) }
        #expect(endOfInput.status == 0)
        #expect(interrupt.status == 130)
        #expect(interrupt.words == endOfInput.words)
        // The roles given with --as are repeated (tester 16, finding 15), and --operator (tester 32, F5).
        #expect(interrupt.words.hasSuffix("Lanjutkan dengan: sop run --case 01-2026-000001 --as staf-pengaduan --operator\n  sari"),
                "\(interrupt.words)")
    }

    /// The run screen: the step's text, its rows and the case so far wrap under themselves.
    @Test func theRunScreenFits() throws {
        let setup = try SOPBinary.run(["run", "01", "--answers", "Tests/Fixtures/answers/01-resepsionis.yaml", "--as", "resepsionis"],
                                      environment: ["SOP_DB": database, "SOP_FIXED_TIME": RunTests.fixedTime])
        #expect(setup.status == 0, "\(setup.stderr)")
        let terminal = try PseudoTerminal(["run", "--case", "01-2026-000001", "--as", "staf-pengaduan", "--operator", "sari"],
                                          environment: environment, directory: SOPBinary.root, columns: 80)
        let shown = try terminal.expect("Berkas pengaduan ada? [y/t] › ")
        terminal.endOfInput()
        _ = terminal.wait()
        let lines = shown.replacingOccurrences(of: "\r", with: "").split(separator: "\n").map(String.init)
        expectFits(lines, "sop run")
        #expect(lines.contains { $0.hasPrefix("Kelengkapan : ") || $0.hasPrefix("Kelengkapan  : ") }, "\(shown)")
    }
}
