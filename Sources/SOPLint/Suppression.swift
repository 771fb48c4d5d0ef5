#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import SOPCore

/// An inline suppression, on a comment line of its own:
///
///     # sop-lint: disable-next-line actor-unused -- dipakai SOP 02
///
/// It silences the named rules on the next line that is neither blank nor a comment. A reason
/// after `--` is required; a suppression without one, naming a rule that does not exist or
/// cannot be silenced, or silencing nothing, is a finding itself.
struct Suppression: Sendable {
    struct Name: Sendable {
        let id: String
        let location: Location
    }

    static let directive = "disable-next-line"

    /// The line the suppression applies to (nil when no line follows it).
    let target: Int?
    /// The valid, suppressible rules it names.
    let names: [Name]

    /// Finds the suppressions of a file; malformed ones come back as findings.
    static func parse(_ source: SourceFile, known: [String: RuleDescription]) -> (suppressions: [Suppression], findings: [Diagnostic]) {
        guard source.bytes.contains(subsequence: Array("sop-lint".utf8)) else { return ([], []) }
        var suppressions: [Suppression] = []
        var findings = Findings()
        let lineCount = source.lineCount
        for number in 1...max(1, lineCount) {
            guard let line = source.line(number), let comment = Comment(line) else { continue }
            func at(_ column: Int, _ length: Int) -> Location {
                Location(file: source.path, mark: Mark(line: number, column: column), length: length)
            }
            let words = comment.words
            guard let first = words.first, first.text == directive else {
                let word = words.first
                let notes = word.flatMap { Suggestion.closest(to: $0.text, among: [directive]) }
                    .map { [Diagnostic.Note(Catalog.didYouMean($0))] } ?? []
                findings.add(SuppressionInvalidRule().description,
                             Catalog.Lint.suppressionUnknownDirective(word?.text ?? ""),
                             at: at(word?.column ?? comment.column, word?.text.unicodeScalars.count ?? 1), notes: notes)
                continue
            }
            let named = words.dropFirst()
            if named.isEmpty {
                findings.add(SuppressionInvalidRule().description, Catalog.Lint.suppressionNamesNoRule,
                             at: at(first.column, first.text.unicodeScalars.count))
                continue
            }
            guard comment.reason != nil else {
                findings.add(SuppressionNoReasonRule().description, Catalog.Lint.suppressionNoReason,
                             at: at(comment.column, comment.length))
                continue
            }
            var names: [Name] = []
            for word in named {
                let location = at(word.column, word.text.unicodeScalars.count)
                guard let rule = known[word.text] else {
                    let notes = Suggestion.closest(to: word.text, among: known.keys.sorted())
                        .map { [Diagnostic.Note(Catalog.didYouMean($0))] } ?? []
                    findings.add(SuppressionUnknownRuleRule().description, Catalog.Lint.suppressionUnknownRule(word.text),
                                 at: location, notes: notes)
                    continue
                }
                guard rule.suppressible else {
                    findings.add(SuppressionInvalidRule().description, Catalog.Lint.suppressionNotAllowed(word.text),
                                 at: location)
                    continue
                }
                names.append(Name(id: word.text, location: location))
            }
            let target = ((number + 1)...max(number + 1, lineCount)).first { candidate in
                guard candidate <= lineCount, let text = source.line(candidate) else { return false }
                let trimmed = text.trimmingWhitespace()
                return !trimmed.isEmpty && !trimmed.hasPrefix("#")
            }
            suppressions.append(Suppression(target: target, names: names))
        }
        return (suppressions, findings.diagnostics)
    }

    /// The diagnostics the suppressions leave, plus one finding per name that silenced nothing.
    static func apply(_ suppressions: [Suppression], to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !suppressions.isEmpty else { return diagnostics }
        var used = Set<[Int]>()
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            var silenced = false
            for (index, suppression) in suppressions.enumerated()
            where diagnostic.location.map({ $0.line == suppression.target }) == true {
                if let name = suppression.names.firstIndex(where: { $0.id == diagnostic.code.rawValue }) {
                    used.insert([index, name])
                    silenced = true
                    break
                }
            }
            if !silenced { kept.append(diagnostic) }
        }
        var findings = Findings()
        for (index, suppression) in suppressions.enumerated() {
            for (position, name) in suppression.names.enumerated() where !used.contains([index, position]) {
                findings.add(SuppressionUnusedRule().description, Catalog.Lint.suppressionUnused(name.id),
                             at: name.location)
            }
        }
        return kept + findings.diagnostics
    }

    /// A `# sop-lint: …` comment line: its words (with columns) and the reason after `--`.
    private struct Comment {
        struct Word {
            let text: String
            let column: Int
        }

        /// Column of the `#`, and the comment's length in columns.
        let column: Int
        let length: Int
        let words: [Word]
        let reason: String?

        init?(_ line: String) {
            let scalars = Array(line.unicodeScalars)
            guard let hash = scalars.firstIndex(where: { !$0.properties.isWhitespace }), scalars[hash] == "#"
            else { return nil }
            var index = hash + 1
            while index < scalars.count, scalars[index] == " " { index += 1 }
            let prefix = Array("sop-lint:".unicodeScalars)
            guard scalars[index...].starts(with: prefix) else { return nil }
            index += prefix.count
            var end = scalars.count
            while end > hash, scalars[end - 1].properties.isWhitespace { end -= 1 }
            self.column = hash + 1
            self.length = end - hash
            var reasonStart: Int?
            var scan = index
            while scan + 1 < end {
                if scalars[scan] == "-", scalars[scan + 1] == "-" {
                    reasonStart = scan + 2
                    break
                }
                scan += 1
            }
            let wordsEnd = reasonStart.map { $0 - 2 } ?? end
            var words: [Word] = []
            var start: Int?
            for position in index...wordsEnd {
                let separator = position == wordsEnd || scalars[position].properties.isWhitespace || scalars[position] == ","
                if separator {
                    if let begin = start {
                        words.append(Word(text: String(String.UnicodeScalarView(scalars[begin..<position])), column: begin + 1))
                        start = nil
                    }
                } else if start == nil {
                    start = position
                }
            }
            self.words = words
            let reason = reasonStart.map { String(String.UnicodeScalarView(scalars[$0..<end])).trimmingWhitespace() }
            self.reason = reason?.isEmpty == false ? reason : nil
        }
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes contain `needle` anywhere (a cheap test before looking line by line).
    func contains(subsequence needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        return withUnsafeBytes { haystack in
            needle.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress, let pattern = needle.baseAddress,
                    haystack.count >= needle.count
                else { return false }
                // memchr finds candidates for the first byte at memory speed; memcmp checks each.
                var offset = 0
                let last = haystack.count - needle.count
                while offset <= last,
                    let hit = memchr(base + offset, Int32(needle[0]), last - offset + 1)
                {
                    if memcmp(hit, pattern, needle.count) == 0 { return true }
                    offset = base.distance(to: UnsafeRawPointer(hit)) + 1
                }
                return false
            }
        }
    }
}
