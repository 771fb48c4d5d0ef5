import SOPCore
import Testing

@testable import SOPYAML

/// Small mappings are searched for duplicate keys, large ones indexed: both must find every
/// duplicate and point at the first writing.
@Suite struct LargeMappingTests {
    @Test(arguments: [3, 15, 16, 17, 40])
    func duplicatesAreFoundWhateverTheSize(size: Int) throws {
        var lines = (0..<size).map { "k\($0): v" }
        lines.append("k0: again")
        lines.append("k\(size - 1): again")
        let document = read(lines.joined(separator: "\n") + "\n")
        #expect(codes(document) == ["yaml-duplicate-key", "yaml-duplicate-key"])
        #expect(document.diagnostics.map { $0.notes.first?.location?.line } == [1, size])
        #expect(document.root?.mapping?.pairs.count == size)
    }

    @Test func aHugeMappingIsReadQuickly() {
        let text = (0..<40_000).map { "kunci\($0): nilai" }.joined(separator: "\n") + "\nkunci7: lagi\n"
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(codes(read(text)) == ["yaml-duplicate-key"]) }
        #expect(elapsed < .seconds(5), "duplicate-key detection must stay linear: \(elapsed)")
    }
}
