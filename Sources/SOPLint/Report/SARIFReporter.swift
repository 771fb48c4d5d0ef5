import SOPCore

/// SARIF 2.1.0 as GitHub code scanning reads it: the tool's rules (id, descriptions, help with
/// the rule's examples, default level), then one result per finding with its region. Columns
/// count Unicode code points, as the reader does. A path inside the working directory is a URI
/// relative to `%SRCROOT%` (SARIF §3.4.4), the working directory, given in the run's
/// `originalUriBaseIds`; a path elsewhere is an absolute `file://` URI.
struct SARIFReporter: LintReporter {
    static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    static let toolVersion = Release.version

    let language: Language
    let rules: [RuleDescription]
    let paths: ReportPaths
    private let index: [String: Int]
    private var first = true

    init(language: Language, rules: [RuleDescription], paths: ReportPaths = ReportPaths()) {
        self.language = language
        self.rules = rules
        self.paths = paths
        self.index = Dictionary(rules.enumerated().map { ($1.id.rawValue, $0) }) { first, _ in first }
    }

    func begin() -> String {
        let driver = JSONValue.object([
            "driver": .object([
                "name": .string("sop"),
                "version": .string(Self.toolVersion),
                "semanticVersion": .string(Self.toolVersion),
                "rules": .array(rules.map(rule)),
            ]),
        ])
        let bases = JSONValue.object([Self.sourceRoot: .object(["uri": .string(rootURI)])])
        return """
            {
              "$schema": "\(Self.schema)",
              "version": "2.1.0",
              "runs": [
                {
                  "tool": \(driver.pretty(level: 3)),
                  "originalUriBaseIds": \(bases.compact),
                  "columnKind": "unicodeCodePoints",
                  "results": [
            """
    }

    mutating func file(_ report: FileReport) -> String {
        var out = ""
        for diagnostic in report.diagnostics {
            out += (first ? "\n        " : ",\n        ") + result(diagnostic, file: report.path).compact
            first = false
        }
        return out
    }

    func end(_ summary: LintSummary) -> String {
        (first ? "]" : "\n      ]") + "\n    }\n  ]\n}\n"
    }

    private func rule(_ rule: RuleDescription) -> JSONValue {
        let summary = rule.summary.text(language)
        let full = rule.suppressible ? summary : "\(summary) (\(Catalog.Lint.notSuppressible.text(language)))"
        return .object([
            "id": .string(rule.id.rawValue),
            "shortDescription": .object(["text": .string(summary)]),
            "fullDescription": .object(["text": .string(full)]),
            "help": .object(["text": .string(help(rule, markdown: false)), "markdown": .string(help(rule, markdown: true))]),
            "defaultConfiguration": .object(["level": .string(Self.level(rule.severity))]),
            "properties": .object(["tags": .array([.string("sop"), .string(rule.category.rawValue)])]),
        ])
    }

    /// The summary, then the rule's examples: those that trigger it and those that do not.
    private func help(_ rule: RuleDescription, markdown: Bool) -> String {
        func section(_ title: Localized, _ examples: [RuleExample]) -> String {
            let shown = examples.map { example in
                let text = example.shown(language)
                if markdown { return "```yaml\n\(text)\n```" }
                return text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
            }
            return (markdown ? "**\(title.text(language))**" : "\(title.text(language)):") + "\n\n" + shown.joined(separator: "\n\n")
        }
        return [rule.summary.text(language), section(Catalog.Lint.triggeringExamples, rule.triggering),
                section(Catalog.Lint.nonTriggeringExamples, rule.nonTriggering)].joined(separator: "\n\n")
    }

    private func result(_ diagnostic: Diagnostic, file: String) -> JSONValue {
        var text = diagnostic.message.text(language)
        for note in diagnostic.notes {
            text += "\nnote: " + note.message.text(language)
            if let location = note.location { text += " (\(location.file):\(location.line):\(location.column))" }
        }
        var members: [JSONValue.Member] = [
            .init("ruleId", .string(diagnostic.code.rawValue)),
        ]
        if let position = index[diagnostic.code.rawValue] { members.append(.init("ruleIndex", .int(position))) }
        members += [
            .init("level", .string(Self.level(diagnostic.severity))),
            .init("message", .object(["text": .string(text)])),
            .init("locations", .array([physical(diagnostic.location, file: file)])),
        ]
        let related = diagnostic.notes.compactMap { note in note.location.map { (note, $0) } }
        if !related.isEmpty {
            members.append(.init("relatedLocations", .array(related.enumerated().map { offset, pair in
                guard case .object(var location) = physical(pair.1, file: pair.1.file) else { return .null }
                location.insert(.init("id", .int(offset + 1)), at: 0)
                location.append(.init("message", .object(["text": .string(pair.0.message.text(language))])))
                return .object(location)
            })))
        }
        return .object(members)
    }

    private func physical(_ location: Location?, file: String) -> JSONValue {
        let path = location?.file ?? file
        let artifact: JSONValue =
            if let relative = paths.relative(path) {
                .object(["uri": .string(Self.uri(relative)), "uriBaseId": .string(Self.sourceRoot)])
            } else {
                .object(["uri": .string(Self.uri(path))])
            }
        var physical: [JSONValue.Member] = [.init("artifactLocation", artifact)]
        if let location {
            physical.append(.init("region", .object([
                "startLine": .int(location.line), "startColumn": .int(location.column),
                "endColumn": .int(location.column + location.length),
            ])))
        }
        return .object(["physicalLocation": .object(physical)])
    }

    /// The base id of relative URIs: the working directory (the repository root in CI).
    static let sourceRoot = "%SRCROOT%"

    /// The working directory as an absolute `file://` URI ending in `/`, as SARIF wants a base.
    var rootURI: String {
        paths.root == "/" ? "file:///" : Self.uri(paths.root) + "/"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A path as a URI reference: relative paths stay relative to the repository root (what
    /// code scanning expects), absolute ones become `file://` URIs; other bytes are escaped.
    static func uri(_ path: String) -> String {
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        var out = relative.hasPrefix("/") ? "file://" : ""
        for byte in relative.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
