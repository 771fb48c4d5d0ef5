import SOPCore

/// `sop lint --rules`: every rule with its id, severity and summary.
public enum RulesListing {
    public static func text(_ rules: [RuleDescription], language: Language) -> String {
        let idWidth = max(Catalog.Lint.rulesHeader.text(language).count, rules.map(\.id.rawValue.count).max() ?? 0)
        let severityWidth = max(Catalog.Lint.severityHeader.text(language).count, 7)
        func row(_ id: String, _ severity: String, _ summary: String) -> String {
            id.padding(idWidth) + "  " + severity.padding(severityWidth) + "  " + summary + "\n"
        }
        return row(Catalog.Lint.rulesHeader.text(language), Catalog.Lint.severityHeader.text(language),
                   Catalog.Lint.summaryHeader.text(language))
            + rules.map { row($0.id.rawValue, $0.severity.rawValue, $0.summary.text(language)) }.joined()
    }

    public static func json(_ rules: [RuleDescription], language: Language) -> String {
        JSONValue.array(rules.map { rule in
            .object([
                "id": .string(rule.id.rawValue),
                "severity": .string(rule.severity.rawValue),
                "category": .string(rule.category.rawValue),
                "summary": .string(rule.summary.text(language)),
                "suppressible": .bool(rule.suppressible),
            ])
        }).pretty + "\n"
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
