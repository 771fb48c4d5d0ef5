import SOPCore
import SOPModel

/// Holidays are listed, but not for the current year: due times of this year ignore its
/// holidays and cuti bersama until the list is brought up to date.
struct CalendarYearMissingRule: CalendarRule {
    let description = RuleDescription(
        id: "calendar-year-missing", severity: .warning, category: .calendar,
        summary: Catalog.Calendar.Summary.yearMissing,
        triggering: [RuleExample(CalendarExample.text(holidays: "↓libur_nasional:\n  2001:\n    2001-08-17: Proklamasi\n"))],
        nonTriggering: [RuleExample(CalendarExample.text())])

    func check(_ file: CalendarFile, into findings: inout Findings) {
        let years = file.calendar.holidayYears
        let year = file.currentYear
        guard !years.isEmpty, !years.contains(year) else { return }
        let key = file.root.pair("libur_nasional") != nil ? "libur_nasional" : "cuti_bersama"
        findings.add(description, Catalog.Calendar.yearMissing(year, listed: years.sorted()), at: file.location(key))
    }
}
