import SOPCore
import SOPModel

/// Two calendars in one SOP folder: only the first (by file name) is used.
struct CalendarDuplicateRule: CrossFileRule {
    static let fact = "kalender"

    let description = RuleDescription(
        id: "calendar-duplicate", severity: .error, category: .calendar,
        summary: Catalog.Calendar.Summary.duplicate,
        triggering: [RuleExample("↓" + CalendarExample.text(), file: "kalender-b.yaml",
                                 siblings: [.init("kalender-a.yaml", CalendarExample.text())])],
        nonTriggering: [RuleExample(CalendarExample.text(), file: "kalender.yaml",
                                    siblings: [.init("01-a.yaml", RuleExample.sopText())])])

    func check(path: String, facts: [String: Located<String>], memory: inout CrossFileMemory,
               into findings: inout Findings) {
        guard let marker = facts[Self.fact] else { return }
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let key = "\(Self.fact)\u{0}\(folder)"
        let here = Location(file: path, mark: marker.mark, length: marker.length)
        if let first = memory.firstSeen[key] {
            findings.add(description, Catalog.Calendar.twoCalendars(first.file, path), at: here,
                         notes: [.init(Catalog.Calendar.usedCalendar, at: first)])
        } else {
            memory.firstSeen[key] = here
        }
    }
}
