import Foundation
import SOPCore
import Testing

@testable import SOPLint

/// Value-level mutations of real SOPs (ids, targets, waktu, dates and lists replaced by tricky
/// values; lines and step blocks dropped or repeated), linted: never a crash, every finding
/// located inside its file and made by a documented rule, the same findings on every run.
/// SOP_FUZZ_ITERATIONS runs longer.
@Suite struct LintFuzzTests {
    static let seeds: [[String]] = {
        let paths = ["sop/01-pengaduan-langsung.yaml", "Tests/Fixtures/examples/bps-layanan-pengaduan.yaml",
                     "Tests/Fixtures/examples/bps-laporan-gratifikasi.yaml", "Tests/Fixtures/lint/ok/paralel-dan-gabungan.yaml",
                     "Tests/Fixtures/lint/ok/09-izin-usaha-mikro.yaml"]
        return paths.map { path in
            let text = (try? String(contentsOfFile: Paths.root + "/" + path, encoding: .utf8)) ?? ""
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
    }()

    static let values = [
        "selesai", "\"\"", "[]", "{}", "[1, 1]", "[selesai, 2]", "0", "-1", "999", "1.", "0 menit", "3-1 hari",
        "400 hari", "5 mnt", "Februari 2021", "31 April 2021", "19701307 199613 3 001", "pilihan", "ya", "mungkin",
        "{Ya: 1, ya: 1}", "{Ya: selesai}", "[a, b, c]", "\"-\"", "terminator", "petugas", "x y", "&a", "*a",
    ]

    /// A linear congruential generator: deterministic on every machine.
    struct Dice {
        var state: UInt64
        mutating func roll(_ sides: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(sides, 1)))
        }
    }

    static func mutate(_ lines: [String], dice: inout Dice) -> String {
        var lines = lines
        let ids = lines.compactMap { line -> String? in
            guard let range = line.range(of: "id: ") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != "," && $0 != "}" })
        }
        for _ in 0...dice.roll(4) where !lines.isEmpty {
            let index = dice.roll(lines.count)
            switch dice.roll(5) {
            case 0, 1:  // a value replaced
                guard let colon = lines[index].range(of: ": ") else { continue }
                let pool = values + ids
                lines[index] = String(lines[index][..<colon.upperBound]) + pool[dice.roll(pool.count)]
            case 2:  // a line dropped
                lines.remove(at: index)
            case 3:  // a step block repeated
                guard let start = lines[index...].firstIndex(where: { $0.hasPrefix("  - ") }) else { continue }
                let end = lines[(start + 1)...].firstIndex(where: { $0.hasPrefix("  - ") || !$0.hasPrefix(" ") }) ?? lines.count
                lines.insert(contentsOf: lines[start..<end], at: end)
            default:  // a flow key added to a step
                let keys = ["    lanjut: ", "    paralel: ", "    menunggu: "]
                guard lines[index].hasPrefix("    ") else { continue }
                lines.insert(keys[dice.roll(keys.count)] + (ids.isEmpty ? "1" : "[\(ids[dice.roll(ids.count)])]"), at: index)
            }
        }
        return lines.joined(separator: "\n")
    }

    static var iterations: Int {
        ProcessInfo.processInfo.environment["SOP_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 1500
    }

    @Test func mutatedSOPsAreLintedWithoutCrashOrStrayFindings() throws {
        #expect(Self.seeds.allSatisfy { $0.count > 20 })
        let known = Set(RuleRegistry.all.map(\.description.id))
        var dice = Dice(state: 0x5EED_0003)
        var inputs: [LintInput] = []
        var clean = 0
        for iteration in 0..<Self.iterations {
            let text = Self.mutate(Self.seeds[iteration % Self.seeds.count], dice: &dice)
            inputs.append(.memory(path: "sop/\(iteration)/contoh.yaml", bytes: Array(text.utf8)))
        }
        var problems: [String] = []
        let reports = Linter().lint(inputs, workers: 2)
        for report in reports {
            if report.diagnostics.isEmpty { clean += 1 }
            for diagnostic in report.diagnostics {
                if !known.contains(diagnostic.code) { problems.append("\(report.path): undocumented \(diagnostic.code)") }
                guard let location = diagnostic.location, location.file == report.path, location.line >= 1,
                    location.line <= report.source.lineCount + 1, location.column >= 1
                else {
                    problems.append("\(report.path): \(diagnostic.code) not located in the file")
                    continue
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        #expect(clean > 0 && clean < Self.iterations, "both outcomes occur: \(clean) clean")
        let again = Linter().lint(Array(inputs.prefix(200)), workers: 1)
        #expect(again.map(\.diagnostics) == reports.prefix(200).map(\.diagnostics))
    }
}
