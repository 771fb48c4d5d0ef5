import SOPCore
import SOPModel

/// A key under a holiday list that is not a year.
struct CalendarYearRule: Rule {
    let description = RuleDescription(
        id: CalendarCode.badYear, severity: .error, category: .calendar,
        summary: Catalog.Calendar.Summary.badYear,
        triggering: [RuleExample(CalendarExample.text(holidays: "libur_nasional:\n  ↓20x6:\n    2026-01-01: Tahun baru\n"))],
        nonTriggering: [RuleExample(CalendarExample.text())],
        suppressible: false)
}

/// A day listed under another year than its own.
struct CalendarDateOutsideYearRule: Rule {
    let description = RuleDescription(
        id: CalendarCode.dateOutsideYear, severity: .error, category: .calendar,
        summary: Catalog.Calendar.Summary.dateOutsideYear,
        triggering: [RuleExample(CalendarExample.text(holidays: "libur_nasional:\n  2026:\n    ↓2025-12-25: Natal\n"))],
        nonTriggering: [RuleExample(CalendarExample.text())],
        suppressible: false)
}

/// A day listed twice (in libur nasional and cuti bersama, or twice in one year).
struct CalendarDuplicateDayRule: Rule {
    let description = RuleDescription(
        id: CalendarCode.duplicateDay, severity: .error, category: .calendar,
        summary: Catalog.Calendar.Summary.duplicateDay,
        triggering: [RuleExample(CalendarExample.text(
            holidays: "libur_nasional:\n  2026:\n    2026-08-17: Proklamasi\ncuti_bersama:\n  2026:\n    ↓2026-08-17: Cuti\n"))],
        nonTriggering: [RuleExample(CalendarExample.text())],
        suppressible: false)
}
