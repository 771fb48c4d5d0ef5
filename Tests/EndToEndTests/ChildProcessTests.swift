import Foundation
import SOPCore
import Testing

/// `ChildProcess`, which runs `sop` for the whole suite and Chromium for `sop render`: both
/// outputs read fully, the input written fully, the folder and the exit status as given, and a
/// program that never ends killed at its deadline (its test failing, not the run hanging).
@Suite struct ChildProcessTests {
    static let shell = "/bin/sh"

    @Test func bothOutputsAndTheInputPassInFullWhateverTheirSize() throws {
        let input = Data(String(repeating: "baris masukan\n", count: 20_000).utf8)
        let outcome = try ChildProcess.run(Self.shell, arguments: ["-c", "cat; head -c 200000 /dev/zero | tr '\\\\0' x >&2; exit 3"],
                                           environment: [:], input: input, deadline: 60)
        #expect(outcome.stdout == input)
        #expect(outcome.stderr.count == 200_000)
        #expect(outcome.status == 3 && !outcome.signalled && !outcome.timedOut)
    }

    @Test func itRunsInTheFolderGivenWithExactlyTheEnvironmentGiven() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-child-\(UUID().uuidString) with space")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try ChildProcess.run("/bin/pwd", arguments: [], environment: ["ONLY": "ini"], directory: folder.path)
        #expect(String(decoding: outcome.stdout, as: UTF8.self) == folder.path + "\n")
        let environment = try ChildProcess.run("/usr/bin/env", arguments: [], environment: ["ONLY": "ini"])
        #expect(String(decoding: environment.stdout, as: UTF8.self) == "ONLY=ini\n")
    }

    @Test func aProgramThatDoesNotExistIsAFailureWithItsName() {
        #expect(throws: ChildProcess.Failure.self) {
            try ChildProcess.run("/tidak/ada/sop", arguments: [], environment: [:])
        }
    }

    @Test func aProgramStillRunningAtTheDeadlineIsKilled() throws {
        let started = Date()
        let outcome = try ChildProcess.run("/bin/sleep", arguments: ["300"], environment: [:], deadline: 0.5)
        #expect(outcome.timedOut && outcome.signalled && outcome.status == SIGKILL)
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func aSOPRunThatHangsFailsItsTestSayingWhichCommand() throws {
        var output: SOPBinary.Output?
        try withKnownIssue {
            output = try SOPBinary.run(["300"], executable: URL(fileURLWithPath: "/bin/sleep"), deadline: 0.5)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("sleep 300 did not end within 0.5 s: killed") }
        }
        #expect(output?.status == SIGKILL)
    }
}
