import Foundation
import SOPCore
import SOPModel
import SOPYAML
import Synchronization
import Testing

@testable import SOPLint

@Suite struct LinterTests {
    /// A mix of clean and broken files, different in size, so workers finish out of order.
    static let corpus: [(String, String)] = (0..<240).map { index in
        let steps = (1...(1 + index % 17)).map { "  - {no: \($0), uraian: Langkah \($0), pelaksana: petugas}" }
        var text = sop(nomor: "\"\(index % 50)\"", steps: steps.joined(separator: "\n"))
        if index % 7 == 0 { text += "zzz: 1\n" }
        if index % 11 == 0 { text = text.replacingOccurrences(of: "pelaksana: petugas}", with: "pelaksana: ptgs}") }
        return ("sop/\(index / 60)/\(String(format: "%03d", index)).yaml", text)
    }

    /// "cabang: {Lengkap: ke 3, Tidak lengkap: dikembalikan ke pemohon}": the loader refuses the
    /// two targets; the decision is not also said to have "0 cabang".
    @Test func aDecisionWhoseTargetsAreRefusedIsNotSaidToHaveNoBranches() {
        let report = lint(sop(steps: """
              - uraian: Berkas lengkap?
                pelaksana: petugas
                keputusan:
                  cabang: {Lengkap: ke 3, Tidak lengkap: dikembalikan ke pemohon}
            """))
        #expect(codes(report).contains("invalid-id"))
        #expect(!codes(report).contains("decision-branch-count"), "\(codes(report))")
    }

    @Test func parallelRunsReportExactlyWhatASequentialRunDoes() {
        let sequential = lint(Self.corpus, workers: 1)
        let parallel = lint(Self.corpus, workers: 4)
        #expect(parallel.map(\.path) == Self.corpus.map(\.0))
        #expect(parallel.map(\.diagnostics) == sequential.map(\.diagnostics))
        #expect(sequential.contains { $0.diagnostics.contains { $0.code == "nomor-duplicate" } })
        #expect(sequential.contains { $0.diagnostics.contains { $0.code == "actor-unknown" } })
        #expect(sequential.contains { $0.diagnostics.isEmpty })
    }

    @Test func workersNeverRunMoreThanTheWindowAheadOfTheOutput() {
        let consumed = Mutex(0)
        let worst = Mutex(0)
        var seen: [Int] = []
        OrderedParallel.run(count: 400, workers: 3, window: 6, produce: { index in
            let ahead = index - consumed.withLock { $0 }
            worst.withLock { $0 = max($0, ahead) }
            if index % 5 == 0 { usleep(200) }
            return index
        }, consume: { index in
            seen.append(index)
            consumed.withLock { $0 = index + 1 }
        })
        #expect(seen == Array(0..<400))
        // The output counter here moves just after the linter's own, so `ahead` may reach the window.
        #expect(worst.withLock { $0 } <= 6)
    }

    @Test func summaryCountsFindings() {
        var summary = LintSummary()
        Linter().lint([.memory(path: "a.yaml", bytes: Array(sop(identity: "zz: 1").utf8)),
                       .memory(path: "b.yaml", bytes: Array(sop(nomor: "\"02\"", actors: RuleExample.defaultActors + "\n  - {id: x, nama: X, jenis: staf}").utf8)),
                       .file(path: "/nonexistent/c.yaml")]) { summary.add($0) }
        #expect(summary == {
            var expected = LintSummary()
            expected.files = 3
            expected.errors = 2
            expected.warnings = 1
            expected.unreadable = 1
            return expected
        }())
    }

    @Test func sameNomorTwiceInOneFolderIsReportedOnTheLaterFile() throws {
        let reports = lint([("sop/01-a.yaml", sop()), ("sop/01-b.yaml", sop()), ("lain/01-c.yaml", sop())])
        #expect(codes(reports[0]).isEmpty)
        let duplicate = try #require(reports[1].diagnostics.first)
        #expect(duplicate.code == "nomor-duplicate")
        #expect(duplicate.location == Location(file: "sop/01-b.yaml", mark: Mark(line: 1, column: 8), length: 4))
        #expect(duplicate.notes.first?.location?.file == "sop/01-a.yaml")
        #expect(codes(reports[2]).isEmpty, "another folder may reuse the nomor")
    }

    @Test func anUnknownTargetDoesNotMakeLaterStepsLookUnreachable() {
        let report = lint(sop(steps: """
              - {no: 1, uraian: a, pelaksana: petugas, lanjut: duaa}
              - {no: 2, uraian: b, pelaksana: petugas}
            """))
        #expect(codes(report) == ["flow-unknown-target"])
    }

    @Test func aStepTheLoaderDroppedTurnsTheFlowRulesOff() {
        let report = lint(sop(steps: """
              - {no: 1, uraian: a, pelaksana: petugas, lanjut: 3}
              - bukan pemetaan
              - {no: 3, uraian: c, pelaksana: petugas}
            """))
        #expect(codes(report) == ["wrong-type"])
    }

    @Test func anActorTheLoaderDroppedTurnsTheActorRulesOff() {
        let report = lint(sop(actors: "  - {id: petugas loket, nama: Petugas, jenis: staf}",
                              steps: "  - {uraian: a, pelaksana: petugas}"))
        #expect(codes(report) == ["invalid-id"])
    }

    @Test func unreadableFilesAreReportedWithTheirPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sop-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("x.yaml"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = Linter().lint([.file(path: folder.path + "/x.yaml"), .file(path: folder.path + "/nope.yaml")])
        #expect(reports.allSatisfy { $0.isUnreadable })
        #expect(reports.map(codes) == [["io-unreadable"], ["io-unreadable"]])
        #expect(reports[1].diagnostics[0].message.en.contains("nope.yaml"))
    }

    @Test func filesTooLargeAreFindingsNotInputFailures() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sop-big-\(UUID().uuidString).yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x23, count: (1 << 20) + 1)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let report = Linter().lint([.file(path: path)])[0]
        #expect(codes(report) == ["yaml-too-large"] && !report.isUnreadable)
    }
}

/// A kind of file a later issue defines (a calendar): claimed by its top-level key and linted
/// by its own rules, not reported as a broken SOP.
@Suite struct DocumentKindTests {
    struct CalendarRule: Rule {
        let description = RuleDescription(
            id: "kalender-kosong", severity: .warning, category: .values,
            summary: Localized(id: "kalender tanpa hari libur", en: "calendar without holidays"),
            triggering: [RuleExample("hari_libur: []")], nonTriggering: [RuleExample("hari_libur: [2025-01-01]")])
    }

    struct CalendarKind: DocumentKind {
        var name: String { "kalender" }
        func claims(topLevelKeys: [String]) -> Bool { topLevelKeys.contains("hari_libur") }
        var rules: [any Rule] { [CalendarRule()] }
        func lint(_ document: YAMLDocument) -> DocumentLint {
            var findings = Findings()
            findings.append(contentsOf: document.diagnostics)
            let pair = document.root?.mapping?.pair("hari_libur")
            if let pair, pair.value.sequence?.items.isEmpty == true {
                findings.add(CalendarRule().description, Localized(verbatim: "kosong"),
                             at: Location(file: document.source.path, mark: pair.key.mark))
            }
            return DocumentLint(diagnostics: findings.diagnostics)
        }
    }

    @Test func aFileOfAnotherKindIsLintedByItsOwnRules() {
        let linter = Linter(extraKinds: [CalendarKind()])
        let reports = lint([("sop/kalender.yaml", "hari_libur: []\n"), ("sop/01-a.yaml", sop()),
                            ("sop/kalender2.yaml", "# sop-lint: disable-next-line kalender-kosong -- belum ditetapkan\nhari_libur: []\n")],
                           linter: linter)
        #expect(reports.map(\.kind) == ["kalender", "sop", "kalender"])
        #expect(codes(reports[0]) == ["kalender-kosong"])
        #expect(codes(reports[1]).isEmpty && codes(reports[2]).isEmpty)
        #expect(linter.rules.contains { $0.description.id == "kalender-kosong" })
        // Without the kind, the same file is a broken SOP.
        #expect(codes(lint("hari_libur: []\n")).contains("missing-key"))
    }
}
