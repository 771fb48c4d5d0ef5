import Foundation
import SOPCore
import SOPModel
import SOPTerminal

/// Numbers and durations of a report in the reader's language.
public struct ReportText: Sendable {
    public var language: Language
    public var time: TimeText
    public var calendar: WorkCalendar

    public init(language: Language, calendar: WorkCalendar) {
        self.language = language
        self.time = TimeText(language: language, timeZone: calendar.timeZone)
        self.calendar = calendar
    }

    /// Service time in working days for hari kerja steps ("2,3 hari kerja"); a duration otherwise.
    public func duration(_ seconds: Double, clock: Clock) -> String {
        guard clock == .workingDays else { return time.duration(seconds) }
        let days = seconds / calendar.workingDayLength
        // Under a tenth of a working day reads as the time itself, never "0 hari kerja".
        if (days * 10).rounded() == 0 { return time.duration(seconds) }
        return Catalog.Report.workingDays(WaktuFormatter.number((days * 10).rounded() / 10, language)).text(language)
    }

    /// A step's duration beside its standard, rounded as the timeline rounds it
    /// (`ClockWords.Minutes`: to the nearest minute, a time over the standard upwards), so that a
    /// late step's percentile never reads as its standard or under it (tester 11's F26).
    public func duration(_ seconds: Double, clock: Clock, standard: Double?) -> String {
        guard clock != .workingDays, let standard else { return duration(seconds, clock: clock) }
        return ClockWords.Minutes(used: seconds, standard: standard).usedText(time)
    }

    /// "17/20 (85%)".
    public func share(_ share: Share?) -> String {
        guard let share else { return "-" }
        return "\(share.within)/\(share.of) (\(Int((share.ratio * 100).rounded()))%)"
    }

    public func header(_ report: Report) -> String {
        let words = Catalog.Report.self
        var line = words.generated(time.dateTime(report.generatedAt)).text(language)
        if report.from != nil || report.to != nil {
            line += " · " + words.period(report.from.map(time.day) ?? "…", report.to.map { time.day($0.addingTimeInterval(-1)) } ?? "…").text(language)
        } else {
            line += " · " + words.allTime.text(language)
        }
        return line
    }

    /// The page heading: the title, the unit and the period ("Laporan mutu baku · Dinas … ·
    /// periode 01-11-2026 s.d. 30-11-2026").
    public func heading(_ report: Report) -> String {
        let words = Catalog.Report.self
        var parts = [words.title.text(language)]
        if let unit = report.unit, !unit.isEmpty { parts.append(unit) }
        if report.from != nil || report.to != nil {
            parts.append(words.period(report.from.map(time.day) ?? "…", report.to.map { time.day($0.addingTimeInterval(-1)) } ?? "…").text(language))
        } else {
            parts.append(words.allTime.text(language))
        }
        return parts.joined(separator: " · ")
    }

    /// A step's Kasus cell: the cases that reached it, and the visits skipped when there are; "-"
    /// for a box only ever withdrawn (the other box of its row chosen, or the case ended with an
    /// outcome), which counts nowhere.
    public func cases(_ step: StepStats) -> String {
        if step.counted == false { return "-" }
        return step.skipped > 0 ? Catalog.Report.casesSkipped(step.cases, skipped: step.skipped).text(language) : String(step.cases)
    }

    /// A step's Terlambat (selesai) cell ("-" for a box only ever withdrawn).
    public func lateDone(_ step: StepStats) -> String { step.counted ? String(step.lateDone) : "-" }

    /// A step's Lewat batas, belum selesai cell ("-" for a box only ever withdrawn).
    public func overdueOpen(_ step: StepStats) -> String { step.counted ? String(step.overdueOpen) : "-" }

    /// The per-role and per-operator tables' columns: an operator's table has no Lewat batas,
    /// belum selesai (an open step has no operator yet: `Catalog.Report.operatorLateNote`).
    public static func groupColumns(_ column: Localized) -> [Localized] {
        let words = Catalog.Report.self
        return [column, words.columnCompleted, words.columnWithin, words.columnLateDone]
            + (column == words.operatorColumn ? [] : [words.columnOverdueOpen])
    }

    /// A row of `groupColumns`.
    public func groupRow(_ group: GroupStats, column: Localized) -> [String] {
        let byOperator = column == Catalog.Report.operatorColumn
        return [byOperator ? person(group) : group.name, String(group.completed), share(group.within), String(group.lateDone)]
            + (byOperator ? [] : [String(group.overdueOpen)])
    }

    /// A step's Pelaksana cell: the performer as the SOP document prints it, and the role that
    /// recorded it at the desk when that is another ("Pelapor (dicatat oleh Resepsionis)",
    /// tester 20's F11).
    public func performer(_ step: StepStats) -> String {
        guard let performer = step.performer, performer != step.role, !step.role.isEmpty else { return step.performer ?? step.role }
        return Catalog.Desk.performerRecordedBy(performer, role: step.role).text(language)
    }

    /// An operator as the report names one: the full name and the login the history records
    /// ("Dewi Lestari (dewi)"); the login alone without a name in the roster.
    public func person(_ group: GroupStats) -> String {
        group.name == group.key ? group.key : "\(group.name) (\(group.key))"
    }

    /// The legend under a table of steps; what "dilewati" counts when a step was skipped, why a
    /// time reads 0 minutes when one does, and what a row of "-" is when there is one.
    public func stepsLegend(_ section: SOPSection) -> String {
        var legend = [Catalog.Report.reportStepsLegend]
        if section.steps.contains(where: { $0.skipped > 0 }) { legend.append(Catalog.Report.skippedLegend) }
        if !section.roundTheClock, section.steps.contains(where: { step in
            step.clock == .serviceTime && step.standardSeconds != nil && [step.duration?.median, step.duration?.p90].contains(0)
        }) {
            legend.append(Catalog.Report.serviceHoursLegend)
        }
        if section.steps.contains(where: { !$0.counted }) { legend.append(Catalog.Report.withdrawnRowLegend) }
        return legend.map { $0.text(language) }.joined(separator: " ")
    }

    /// The rows of the decision branches' table: the row, the branch, its passes and its outcome;
    /// empty when the SOP has no decision with a pass.
    public func branchRows(_ section: SOPSection) -> [[String]] {
        section.steps.flatMap { step -> [[String]] in
            guard let branches = step.branches, branches.contains(where: { $0.passes > 0 }) else { return [] }
            return branches.map { [step.label, $0.label, String($0.passes), $0.outcome ?? "-"] }
        }
    }

    public static let branchColumns = [Catalog.Report.columnNo, Catalog.DecisionCounts.columnBranch,
                                       Catalog.DecisionCounts.columnPasses, Catalog.DecisionCounts.columnOutcome]

    public func summary(_ section: SOPSection) -> String {
        let words = Catalog.Report.self
        let counts = section.cases
        var parts = [words.cases(counts.started, completed: counts.completed, cancelled: counts.cancelled, open: counts.open).text(language)]
        if counts.paused > 0 { parts[0] = Catalog.ReportPages.casesWithPaused(counts.started, completed: counts.completed, cancelled: counts.cancelled, open: counts.open, paused: counts.paused).text(language) }
        if counts.endedWithOutcome > 0 {
            parts.append(Catalog.Flow.outcomes.text(language) + " \(counts.endedWithOutcome)")
        }
        if let lead = section.leadTime {
            parts.append(words.leadTime(count: lead.count, shortest: time.duration(lead.shortest), median: time.duration(lead.median),
                                        p90: time.duration(lead.p90), withinMedian: lead.withinMedian, withinP90: lead.withinP90).text(language))
        }
        parts.append(words.standardTotal(section.standardTotal, within: section.leadWithin.map { share($0) }).text(language))
        return parts.joined(separator: " · ")
    }
}
