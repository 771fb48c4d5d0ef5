import Foundation
import SOPModel
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

    /// Tester 12, F17: `*.YAML`, `*.Yml` are SOP files too (the desk's folder reads them alike).
    @Test func extensionsAreReadInAnyCapitals() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sop-ext-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for file in ["a.yml", "B.YAML", "c.Yml", "d.yaml.txt", "e.YAMLX", ".f.YAML", "yaml"] {
            #expect(FileManager.default.createFile(atPath: root + "/" + file, contents: Data()))
        }
        #expect(try LintTargets.collect([root]) == ["B.YAML", "a.yml", "c.Yml"].map { root + "/" + $0 })
        #expect(try SOPFolder(path: root).files() == ["B.YAML", "a.yml", "c.Yml"].map { root + "/" + $0 })
    }

    /// Tester 12, F16: a folder with no SOP file is an input that fails, in its place.
    @Test func aFolderWithNoSOPFileIsAFailedInput() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sop-empty-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/kosong/dalam", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: root + "/kosong/BACA.txt", contents: Data()))
        #expect(FileManager.default.createFile(atPath: root + "/01.yaml", contents: Data()))
        let inputs = LintTargets.inputs([root + "/kosong", root + "/01.yaml"])
        #expect(inputs.map(\.path) == [root + "/01.yaml", root + "/kosong"])
        guard case .noSOPFiles(let folder) = inputs[1] else {
            Issue.record("an empty folder is a failed input")
            return
        }
        #expect(folder == root + "/kosong")
        var summary = LintSummary()
        let reports = Linter().lint([inputs[1]])
        for report in reports { summary.add(report) }
        #expect(reports.first?.isUnreadable == true && reports.first?.diagnostics.map(\.code.rawValue) == ["io-no-sop-files"])
        #expect(summary.files == 0 && summary.errors == 1 && summary.unreadable == 1)
    }
}
