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
}
