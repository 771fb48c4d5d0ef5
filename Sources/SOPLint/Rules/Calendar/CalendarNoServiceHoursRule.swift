import SOPCore
import SOPModel

/// A calendar without service hours: menit and jam then count elapsed time, evenings and
/// weekends included, which is rarely what an SOP means.
struct CalendarNoServiceHoursRule: CalendarRule {
    let description = RuleDescription(
        id: "calendar-no-service-hours", severity: .warning, category: .calendar,
        summary: Catalog.Calendar.Summary.noServiceHours,
        triggering: [RuleExample("↓" + CalendarExample.text(hours: nil))],
        nonTriggering: [RuleExample(CalendarExample.text())])

    func check(_ file: CalendarFile, into findings: inout Findings) {
        // Hours written but unreadable are the loader's finding, not this one.
        guard file.calendar.hours == nil, file.root.pair("jam_layanan") == nil else { return }
        // A misspelt 'jam_layanan' (`jam_layann`) is the loader's unknown key with its suggestion:
        // one mistake, one finding (tester 12, F21).
        let known = CalendarLanguage.document.keys
        guard !file.root.pairs.contains(where: { pair in
            !known.contains(pair.key.value) && Suggestion.closest(to: pair.key.value, among: ["jam_layanan"]) != nil
        }) else { return }
        findings.add(description, Catalog.Calendar.noServiceHours, at: file.location(CalendarLanguage.marker))
    }
}
