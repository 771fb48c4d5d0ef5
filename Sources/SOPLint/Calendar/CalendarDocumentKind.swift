import Foundation
import SOPCore
import SOPModel
import SOPYAML

/// Calendar files (`sop/kalender.yaml`), told apart by their `kalender` key: read by the
/// calendar loader and checked by the calendar rules, not reported as broken SOPs.
public struct CalendarDocumentKind: DocumentKind {
    /// The day the rules judge "the current year" by.
    public let today: Date

    public init(today: Date = Date()) { self.today = today }

    public var name: String { "kalender" }

    public func claims(topLevelKeys: [String]) -> Bool { CalendarLanguage.isCalendar(topLevelKeys: topLevelKeys) }

    public var rules: [any Rule] { RuleRegistry.all }

    public func lint(_ document: YAMLDocument) -> DocumentLint {
        let loaded = CalendarLoader.load(document: document)
        var findings = Findings()
        findings.append(contentsOf: loaded.diagnostics)
        guard let calendar = loaded.calendar, let root = document.root?.mapping else {
            return DocumentLint(diagnostics: findings.diagnostics)
        }
        let file = CalendarFile(path: document.source.path, root: root, calendar: calendar, today: today)
        for rule in RuleRegistry.calendarRules { rule.check(file, into: &findings) }
        var facts: [String: Located<String>] = [:]
        if let key = root.pair(CalendarLanguage.marker)?.key {
            facts[CalendarDuplicateRule.fact] = Located(key.value, at: key.mark, length: key.length)
        }
        return DocumentLint(diagnostics: findings.diagnostics, facts: facts)
    }
}

/// One calendar file as the calendar rules see it.
public struct CalendarFile: Sendable {
    public let path: String
    public let root: Mapping
    public let calendar: WorkCalendar
    public let today: Date

    public func location(_ key: String) -> Location {
        let pair = root.pair(key)
        return Location(file: path, mark: pair?.key.mark ?? root.mark, length: pair?.key.length ?? 1)
    }

    /// The year of `today` in the calendar's zone.
    public var currentYear: Int { Self.year(of: today, in: calendar.timeZone) }

    public static func year(of date: Date, in zone: TimeZone) -> Int {
        let seconds = date.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: date))
        return WorkCalendar.civil(ofDay: Int((seconds / 86_400).rounded(.down))).year
    }
}

/// A rule checked on the model of a calendar file.
public protocol CalendarRule: Rule {
    func check(_ file: CalendarFile, into findings: inout Findings)
}

/// Calendar texts for rule examples: `jam_layanan`, and the holidays given (none by default:
/// examples are documentation and must read the same in every year).
enum CalendarExample {
    static func text(hours: String? = "jam_layanan: Senin-Jumat 08.00-16.00", holidays: String = "") -> String {
        var text = "kalender: Contoh\n"
        if let hours { text += hours + "\n" }
        return text + holidays
    }
}
