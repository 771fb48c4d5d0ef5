import SOPCore

/// The formats `sop lint --format` writes.
public enum LintFormat: String, Sendable, CaseIterable {
    /// Compiler style with the source line and a caret, then a summary line.
    case text
    /// One stable JSON document (see the README).
    case json
    /// GitHub Actions workflow commands: annotations on the pull request.
    case github
    /// SARIF 2.1.0, for GitHub code scanning.
    case sarif
    /// GitLab's Code Quality report (a JSON array of Code Climate issues).
    case gitlab
}

/// Writes a run piece by piece, as files are linted: a header, each file, a footer.
public protocol LintReporter {
    mutating func begin() -> String
    mutating func file(_ report: FileReport) -> String
    mutating func end(_ summary: LintSummary) -> String
}

extension LintFormat {
    /// `paths` says what the working directory is: GitLab's paths and SARIF's URIs are made
    /// relative to it.
    public func reporter(language: Language, colour: Bool, rules: [RuleDescription],
                         paths: ReportPaths = ReportPaths()) -> any LintReporter {
        switch self {
        case .text: TextReporter(language: language, colour: colour)
        case .json: JSONReporter(language: language)
        case .github: GitHubReporter(language: language)
        case .sarif: SARIFReporter(language: language, rules: rules, paths: paths)
        case .gitlab: GitLabReporter(language: language, paths: paths)
        }
    }
}

/// `file:line:col: severity: message [rule]`, the source line and a caret; then the counts. A
/// finding without a place (a file that cannot be read) starts with its path too:
/// `file: error: message [rule]`.
struct TextReporter: LintReporter {
    let language: Language
    let colour: Bool

    func begin() -> String { "" }

    func file(_ report: FileReport) -> String {
        guard !report.diagnostics.isEmpty else { return "" }
        return DiagnosticFormatter(language: language, colour: colour,
                                   sources: report.sourceWasRead ? [report.path: report.source] : [:],
                                   placelessFile: report.path)
            .format(report.diagnostics)
    }

    func end(_ summary: LintSummary) -> String {
        Catalog.Lint.summary(files: summary.files, errors: summary.errors, warnings: summary.warnings)
            .text(language) + "\n"
    }
}

/// `::error file=…,line=…,col=…,endColumn=…,title=RULE::message`, one line per finding.
struct GitHubReporter: LintReporter {
    let language: Language

    func begin() -> String { "" }

    func file(_ report: FileReport) -> String {
        report.diagnostics.map { diagnostic in
            let command: String =
                switch diagnostic.severity {
                case .error: "error"
                case .warning: "warning"
                case .note: "notice"
                }
            var properties = ["file=" + Self.property(report.path)]
            if let location = diagnostic.location {
                properties += ["line=\(location.line)", "col=\(location.column)",
                               "endColumn=\(location.column + location.length - 1)"]
            }
            properties.append("title=" + Self.property(diagnostic.code.rawValue))
            let message = ([diagnostic.message.text(language)] + diagnostic.notes.map { note in
                "note: " + note.message.text(language) + (note.location.map { " (\($0.file):\($0.line):\($0.column))" } ?? "")
            }).joined(separator: "\n")
            return "::\(command) \(properties.joined(separator: ","))::\(Self.data(message))\n"
        }.joined()
    }

    func end(_ summary: LintSummary) -> String {
        Catalog.Lint.summary(files: summary.files, errors: summary.errors, warnings: summary.warnings)
            .text(language) + "\n"
    }

    /// Escapes for a command's message.
    static func data(_ text: String) -> String {
        text.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    /// Escapes for a command's property value.
    static func property(_ text: String) -> String {
        data(text).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    /// Replaces a scalar everywhere (by scalar: "\r\n" is one Character but two scalars).
    func replacingAll(_ target: Unicode.Scalar, _ replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar == target { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
