import SOPCore
import SOPModel
import SOPYAML
import Testing

@testable import SOPLint

/// Every rule's examples are its tests: a triggering example gives a finding of that rule (at
/// its `↓` marks, when it has any); a non-triggering example gives no finding at all.
@Suite struct RuleExampleTests {
    static let ids = RuleRegistry.all.map(\.description.id.rawValue)

    static func run(_ example: RuleExample) -> [FileReport] {
        Linter().lint(example.inputs(folder: "contoh"))
    }

    @Test(arguments: ids)
    func triggeringExamplesReportTheRuleWhereMarked(id: String) throws {
        let rule = try #require(RuleRegistry.rule(DiagnosticCode(rawValue: id)))
        #expect(!rule.description.triggering.isEmpty, "\(id) has no triggering example")
        for example in rule.description.triggering {
            let own = try #require(Self.run(example).last)
            let found = own.diagnostics.filter { $0.code.rawValue == id }
            #expect(!found.isEmpty, "\(id) not reported on:\n\(example.shown(.id))\ngot: \(own.diagnostics.map(\.code))")
            #expect(found.allSatisfy { $0.severity == rule.description.severity })
            let marks = example.marks
            guard !marks.isEmpty else { continue }
            let at = found.compactMap { $0.location?.mark }
            #expect(Set(at) == Set(marks) && at.count == found.count,
                    "\(id) reported at \(at), marked at \(marks) in:\n\(example.shown(.id))")
        }
    }

    @Test(arguments: ids)
    func nonTriggeringExamplesAreClean(id: String) throws {
        let rule = try #require(RuleRegistry.rule(DiagnosticCode(rawValue: id)))
        #expect(!rule.description.nonTriggering.isEmpty, "\(id) has no non-triggering example")
        for example in rule.description.nonTriggering {
            #expect(example.marks.isEmpty)
            for report in Self.run(example) {
                #expect(report.diagnostics.isEmpty,
                        "\(id) example \(report.path) is not clean: \(report.diagnostics.map { "\($0.code) \($0.location?.mark.description ?? "-") \($0.message.en)" })")
            }
        }
    }
}

@Suite struct RuleRegistryTests {
    @Test func idsAreUniqueAndKebabCase() {
        let ids = RuleRegistry.all.map(\.description.id.rawValue)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" } && !id.hasPrefix("-"), "\(id)")
        }
    }

    @Test func everyReaderAndLoaderCodeIsADocumentedRuleThatStaysAnError() throws {
        let codes = YAMLReader.Code.all + LoaderCode.all + [FileReader.Code.unreadable, IONoSOPFilesRule.code]
        for code in codes {
            let rule = try #require(RuleRegistry.rule(code), "\(code) is not a rule")
            #expect(rule.description.severity == .error)
            #expect(!rule.description.suppressible)
        }
        #expect(RuleRegistry.reading.count == codes.count)
    }

    @Test func summariesAreOneLineInBothLanguages() {
        for rule in RuleRegistry.all {
            let summary = rule.description.summary
            #expect(!summary.id.isEmpty && !summary.en.isEmpty && summary.id != summary.en, "\(rule.description.id)")
            #expect(!summary.id.contains("\n") && !summary.en.contains("\n"))
        }
    }

    @Test func everySOPRuleIsListed() {
        let listed = Set(RuleRegistry.all.map(\.description.id))
        for rule in RuleRegistry.sopRules { #expect(listed.contains(rule.description.id)) }
        #expect(RuleRegistry.all.count == RuleRegistry.reading.count + RuleRegistry.sopRules.count
                + RuleRegistry.crossFileRules.count + RuleRegistry.suppressionRules.count
                + RuleRegistry.calendarReading.count + RuleRegistry.calendarRules.count)
    }
}
