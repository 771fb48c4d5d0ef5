import Foundation
import Testing

@testable import SOPLint

@Suite struct LintTargetsTests {
    @Test func foldersAreSearchedRecursivelyForYAMLSkippingHiddenAndLinkedFolders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sop-targets-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for folder in ["a/b", ".git", "c"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for file in ["01.yaml", "a/02.yml", "a/b/03.yaml", "a/catatan.txt", ".git/x.yaml", ".tersembunyi.yaml", "c/04.yaml"] {
            #expect(FileManager.default.createFile(atPath: root + "/" + file, contents: Data()))
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/a/ke-c", withDestinationPath: root + "/c")
        let found = try LintTargets.collect([root, root + "/a/catatan.txt", root + "/01.yaml"])
        #expect(found == ["01.yaml", "a/02.yml", "a/b/03.yaml", "a/catatan.txt", "c/04.yaml"].map { root + "/" + $0 })
        let slashed = try LintTargets.collect([root + "/"])
        #expect(slashed.first == root + "/01.yaml")
    }

    @Test func aMissingPathIsAFailure() {
        #expect(throws: LintTargets.Failure.notFound("/nonexistent/sop")) {
            try LintTargets.collect(["/nonexistent/sop"])
        }
    }

    /// Tester 10, finding 1: each path on its own; a missing one is a failed input in its place.
    @Test func inputsKeepEveryPathAMissingOneAsAFailedInput() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sop-inputs-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/a", withIntermediateDirectories: true)
        for file in ["a/01.yaml", "b.yaml"] {
            #expect(FileManager.default.createFile(atPath: root + "/" + file, contents: Data()))
        }
        let inputs = LintTargets.inputs([root + "/b.yaml", root + "/hilang.yaml", root + "/a", root + "/b.yaml"])
        #expect(inputs.map(\.path) == [root + "/a/01.yaml", root + "/b.yaml", root + "/hilang.yaml"])
        guard case .failed(_, let message) = inputs[2] else {
            Issue.record("a missing path is a failed input")
            return
        }
        #expect(message.id == "'\(root)/hilang.yaml' tidak ditemukan")
        let reports = Linter().lint([inputs[2]])
        #expect(reports.first?.isUnreadable == true)
        #expect(reports.first?.diagnostics.map(\.code.rawValue) == ["io-unreadable"])
    }
}
