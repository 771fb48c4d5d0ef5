import Foundation
import SOPCore
import Testing

@testable import SOPModel

/// Seeded mutations of the real SOP files: every input either loads cleanly or gives
/// diagnostics that point into the file. No crash, no hang. SOP_FUZZ_ITERATIONS runs longer.
@Suite struct MutationFuzzTests {
    static let seeds: [(String, [UInt8])] = {
        let paths = [Paths.sop01, Paths.fixture("examples/bps-layanan-pengaduan.yaml"),
                     Paths.fixture("examples/bps-laporan-gratifikasi.yaml")]
        return paths.map { ($0, Array(FileManager.default.contents(atPath: $0) ?? Data())) }
    }()

    static var iterations: Int {
        ProcessInfo.processInfo.environment["SOP_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 3000
    }

    @Test func mutatedFilesLoadOrGiveLocatedDiagnostics() throws {
        var generator = SplitMix64(seed: 0x5EED_0001)
        var failures = 0
        var loadedClean = 0
        for iteration in 0..<Self.iterations {
            let (path, seed) = Self.seeds[iteration % Self.seeds.count]
            #expect(!seed.isEmpty)
            let mutated = Mutator.mutate(seed, rounds: 1 + Int(generator.next() % 4), using: &generator)
            let result = SOPLoader.load(bytes: mutated, path: path)
            if result.diagnostics.isEmpty {
                loadedClean += 1
                continue
            }
            let lineCount = result.source.lineCount
            for diagnostic in result.diagnostics {
                guard let location = diagnostic.location, location.file == path, location.line >= 1,
                    location.line <= lineCount + 1, location.column >= 1
                else {
                    failures += 1
                    if failures < 5 {
                        Issue.record("iteration \(iteration): unlocated \(diagnostic.code): \(diagnostic.message.en)")
                    }
                    continue
                }
            }
        }
        #expect(failures == 0)
        // Some mutations are harmless (inside comments or text): both outcomes must occur.
        #expect(loadedClean > 0 && loadedClean < Self.iterations)
    }
}

enum Mutator {
    static func mutate(_ bytes: [UInt8], rounds: Int, using generator: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<rounds {
            guard !bytes.isEmpty else { return bytes }
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            let line = Int(generator.next() % UInt64(lines.count))
            switch generator.next() % 7 {
            case 0:  // flip a byte
                let index = Int(generator.next() % UInt64(bytes.count))
                bytes[index] ^= UInt8(1 << (generator.next() % 8))
                continue
            case 1:  // an interesting byte
                let index = Int(generator.next() % UInt64(bytes.count))
                let interesting: [UInt8] = [0x3A, 0x2D, 0x20, 0x09, 0x26, 0x2A, 0x21, 0x7B, 0x5B, 0x22, 0x27, 0x23, 0x7C, 0x3E, 0xFF, 0xC3, 0x00]
                bytes[index] = interesting[Int(generator.next() % UInt64(interesting.count))]
                continue
            case 2:  // cut a line short
                lines[line] = Array(lines[line].prefix(Int(generator.next() % UInt64(lines[line].count + 1))))
            case 3:  // duplicate a line
                lines.insert(lines[line], at: line)
            case 4:  // delete a line
                lines.remove(at: line)
            case 5:  // swap two lines
                let other = Int(generator.next() % UInt64(lines.count))
                lines.swapAt(line, other)
            default:  // change indentation
                lines[line] = (generator.next() % 2 == 0) ? [0x20] + lines[line] : Array(lines[line].drop { $0 == 0x20 })
            }
            bytes = Array(lines.joined(separator: [0x0A]))
        }
        return bytes
    }
}

/// A small, fast, seedable generator: the same seed gives the same inputs on every machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
