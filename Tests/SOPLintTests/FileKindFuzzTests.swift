import Foundation
import SOPCore
import Testing

@testable import SOPLint
@testable import SOPModel

/// The fuzz of LintFuzzTests with the kind of file mutated too: each mutated SOP is written to
/// disk as a regular file, a FIFO, a folder, a symbolic link that loops, or a file that cannot
/// be opened; linted from disk and loaded as show/run/render load it. Never a hang (a FIFO has
/// no writer here), never a crash: a regular file gives the findings of the same bytes read from
/// memory, every other kind exactly one io-unreadable finding, the same in the loader.
@Suite struct FileKindFuzzTests {
    enum Kind: CaseIterable { case regular, fifo, folder, loop, unopenable }

    static var iterations: Int {
        (ProcessInfo.processInfo.environment["SOP_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 1500) / 5
    }

    @Test func mutatedSOPsOfEveryFileKind() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-kinds-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var dice = LintFuzzTests.Dice(state: 0x5EED_0012)
        var seen: [Kind: Int] = [:]
        var problems: [String] = []
        for iteration in 0..<Self.iterations {
            let text = LintFuzzTests.mutate(LintFuzzTests.seeds[iteration % LintFuzzTests.seeds.count], dice: &dice)
            let kind = Kind.allCases[dice.roll(Kind.allCases.count)]
            seen[kind, default: 0] += 1
            let path = folder + "/\(iteration).yaml"
            switch kind {
            case .regular: try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            case .fifo: #expect(mkfifo(path, 0o600) == 0)
            case .folder: try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            case .loop: try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "\(iteration).yaml")
            case .unopenable:
                // A path through a regular file (ENOTDIR): cannot be opened even by root, where
                // mode 000 would still be readable.
                try Data(text.utf8).write(to: URL(fileURLWithPath: path + ".berkas"))
                try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "\(iteration).yaml.berkas/x")
            }
            let disk = Linter().lint([.file(path: path)])[0]
            let loaded = SOPLoader.load(path: path)
            let document = SOPFolder.document(at: path)
            if kind == .regular {
                let memory = Linter().lint([.memory(path: path, bytes: Array(text.utf8))])[0]
                if disk.diagnostics != memory.diagnostics { problems.append("\(iteration): disk and memory differ") }
                if loaded.diagnostics.contains(where: { $0.code == FileReader.Code.unreadable }) { problems.append("\(iteration): unreadable") }
            } else {
                if disk.diagnostics.map(\.code) != [FileReader.Code.unreadable] {
                    problems.append("\(iteration) \(kind): lint \(disk.diagnostics.map(\.code))")
                }
                if loaded.diagnostics.map(\.code) != [FileReader.Code.unreadable] || loaded.diagnostics != disk.diagnostics {
                    problems.append("\(iteration) \(kind): loader \(loaded.diagnostics.map(\.code))")
                }
                guard case .sop(let result) = document, result.diagnostics == loaded.diagnostics else {
                    problems.append("\(iteration) \(kind): folder document differs")
                    continue
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(Kind.allCases.allSatisfy { seen[$0, default: 0] > 0 }, "\(seen)")
    }
}
