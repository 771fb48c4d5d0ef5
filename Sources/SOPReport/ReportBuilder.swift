import Foundation
import SOPCore
import SOPEngine
import SOPModel
import SOPTerminal

/// Aggregates step visits and cases into a report. Pure: rows, SOPs, calendar and the time in;
/// the report out.
public struct ReportBuilder: Sendable {
    /// The SOPs the cases followed, by revision hash.
    public var revisions: [String: SOP]
    public var calendar: WorkCalendar
    public var now: Date
    /// The start of the pass through its row of each visit that ended one (`rowPassStarts`), by
    /// `passKey`; worked out when the report is built.
    var rowPassStarts: [String: Date]? = nil
    /// The language of the step labels: an unnumbered row is "tanpa nomor (sesudah 3)".
    public var language: Language = .id
    /// Operators' full names by login (the roster's `sop roster nama`): the per-operator table
    /// names them so; a login without one stays as it is.
    public var operatorNames: [String: String] = [:]

    public init(revisions: [String: SOP], calendar: WorkCalendar, now: Date, language: Language = .id) {
        self.revisions = revisions
        self.calendar = calendar
        self.now = now
        self.language = language
    }

    public func build(visits: [VisitRow], cases: [CaseSummary], from: Date?, to: Date?) -> Report {
        if rowPassStarts == nil {
            var builder = self
            builder.rowPassStarts = Self.rowPassStarts(visits, revisions: revisions)
            return builder.build(visits: visits, cases: cases, from: from, to: to)
        }
        let status = Dictionary(cases.map { ($0.id, $0.projection.status) }) { first, _ in first }
        let visitsBySOP = Dictionary(grouping: visits, by: \.nomor)
        let casesBySOP = Dictionary(grouping: cases, by: \.projection.nomor)
        let sections = Set(visitsBySOP.keys).union(casesBySOP.keys).sorted(by: Self.nomorOrder).map { nomor in
            section(nomor, visits: visitsBySOP[nomor] ?? [], cases: casesBySOP[nomor] ?? [], status: status)
        }
        var report = Report(generatedAt: now, from: from, to: to, sops: sections)
        report.unit = calendar.name ?? Set(visits.map(\.revision)).union(cases.map(\.projection.revision)).sorted()
            .compactMap { revisions[$0].flatMap { $0.identity.unit?.value ?? $0.identity.instansi?.value } }.first
        return report
    }

    /// "01" < "02" < "10", then text order.
    static func nomorOrder(_ a: String, _ b: String) -> Bool {
        if let x = Int(a), let y = Int(b), x != y { return x < y }
        return a < b
    }

    private func section(_ nomor: String, visits: [VisitRow], cases: [CaseSummary],
                         status: [CaseID: CaseState.Status]) -> SOPSection {
        // The newest revision in the data names the steps and roles.
        let latest = (cases.max { $0.projection.startedAt < $1.projection.startedAt }?.projection.revision)
            .flatMap { revisions[$0] }
            ?? visits.max { $0.startedAt < $1.startedAt }.flatMap { revisions[$0.revision] }
        var counts = CaseCounts()
        var leads: [Double] = []
        var leadWithin = Share(within: 0, of: 0)
        // A case ended with an outcome completed a step that carries one (`hasil_akhir`).
        let outcomeCases = Set(visits.filter { visit in
            visit.completedAt != nil && revisions[visit.revision]?.step(visit.step)?.drawn.outcome != nil
        }.map(\.caseID)).union(endedByExit(visits)).union(carriedOutcome(visits))
        for summary in cases {
            let projection = summary.projection
            counts.started += 1
            switch projection.status {
            case .completed:
                counts.completed += 1
                if outcomeCases.contains(summary.id) { counts.endedWithOutcome += 1 }
            case .cancelled: counts.cancelled += 1
            case .open: counts.open += 1
            case .paused: counts.paused += 1
            }
            guard projection.status == .completed, let end = projection.endedAt else { continue }
            leads.append(end.timeIntervalSince(projection.startedAt))
            if let due = projection.due {
                leadWithin.of += 1
                if end <= due { leadWithin.within += 1 }
            }
        }
        let stepOrder = latest.map { sop in Dictionary(sop.steps.enumerated().map { ($0.element.id.value, $0.offset) }) { a, _ in a } } ?? [:]
        let steps = Dictionary(grouping: visits, by: \.step)
            .sorted { (stepOrder[$0.key] ?? Int.max, $0.key) < (stepOrder[$1.key] ?? Int.max, $1.key) }
            .map { stepStats($0.key, visits: $0.value, sop: latest, status: status) }
        var section = SOPSection(
            nomor: nomor, judul: latest?.judul ?? cases.first?.projection.judul ?? "",
            cases: counts, leadTime: Spread(leads),
            standardTotal: latest.map { TableChoice.totalText(of: $0, language) } ?? "-",
            leadWithin: leadWithin.of > 0 ? leadWithin : nil, steps: steps,
            roles: groups(visits.filter { !$0.undone }, key: \.role, name: { latest?.actor($0)?.lineName ?? $0 }, status: status),
            operators: groups(visits.filter { $0.completedAt != nil && !$0.undone }, key: { $0.completedBy ?? "?" }, name: { operatorNames[$0] ?? $0 },
                              status: status))
        section.roundTheClock = latest.map { calendar.serving($0.serviceHours).roundTheClock } ?? false
        return section
    }

    private func stepStats(_ id: String, visits: [VisitRow], sop: SOP?, status: [CaseID: CaseState.Status]) -> StepStats {
        let step = sop?.step(id)
        // A merged waktu cell is judged once, on its last row; a span from its first step.
        let waktu = sop?.timing(of: id)?.waktu
        let clock = Self.clock(waktu?.totalDuration)
        let durations = visits.compactMap { visit -> Double? in
            guard let end = visit.completedAt, !visit.undone else { return nil }
            return visit.used ?? end.timeIntervalSince(visit.startedAt)
        }
        let tally = tally(visits, status: status)
        let roleID = visits.last?.role ?? step?.performer.value ?? ""
        var stats = StepStats(
            step: id, label: sop?.printedLabel(ofStep: id)?.text(language) ?? id, uraian: step?.uraian.value ?? id,
            role: sop?.actor(roleID)?.lineName ?? roleID,
            performer: step.map { sop?.actor($0.performer.value)?.lineName ?? $0.performer.value }, waktu: waktu.map { WaktuWords.text($0, language: language) + Self.perItemCount($0, in: sop) },
            standardSeconds: waktu?.totalDuration.map(standardSeconds), clock: clock,
            cases: Set(visits.filter { !$0.withdrawn }.map(\.caseID)).count, duration: Spread(durations),
            within: tally.within.of > 0 ? tally.within : nil, overdueOpen: tally.overdue)
        stats.skipped = visits.count { $0.skipped }
        if let sop, let step { stats.branches = Self.branchCounts(of: step, in: sop, visits: visits, language) }
        if let sop, let step { Self.describeCells(&stats, step: step, in: sop, language) }
        return stats
    }

    private func groups(_ visits: [VisitRow], key: (VisitRow) -> String, name: (String) -> String,
                        status: [CaseID: CaseState.Status]) -> [GroupStats] {
        Dictionary(grouping: visits, by: key).map { key, visits in
            let tally = tally(visits, status: status)
            return GroupStats(key: key, name: name(key), completed: tally.completed,
                              within: tally.within.of > 0 ? tally.within : nil, overdueOpen: tally.overdue)
        }.sorted { ($0.completed, $1.key) > ($1.completed, $0.key) }
    }

    /// Visits completed; of those with a due time, how many finished by it; open visits past it.
    /// A visit skipped or withdrawn was not done: it is none of these.
    private struct Tally {
        var completed = 0
        var within = Share(within: 0, of: 0)
        var overdue = 0
    }

    private func tally(_ visits: [VisitRow], status: [CaseID: CaseState.Status]) -> Tally {
        var tally = Tally()
        var minuteStandards: [String: Double?] = [:]
        for visit in visits where !visit.undone {
            if let end = visit.completedAt {
                tally.completed += 1
                guard let due = visit.due else { continue }
                // A row of several boxes is judged once, on the box that ended the pass.
                if revisions[visit.revision]?.isRowPart(visit.step, used: visit.used) == true { continue }
                // A row under a merged Waktu cell is judged with the cell, at its last row.
                if let sop = revisions[visit.revision], let index = sop.stepIndex(visit.step), sop.sharedCell(of: index) != nil { continue }
                tally.within.of += 1
                // A standard in minutes or hours is judged on its own clock, as the desk judges
                // it: the time used (paused spans left out when the SOP stops the clock for
                // them) against the standard; others by the due time.
                let key = visit.revision + "\u{0}" + visit.step
                if minuteStandards[key] == nil { minuteStandards[key] = .some(minuteStandard(visit)) }
                if let used = visit.used, let standard = minuteStandards[key] ?? nil {
                    if used <= standard + 0.5 { tally.within.within += 1 }
                } else if end <= movedDue(visit, due: due, end: end) {
                    tally.within.within += 1
                }
            } else if isOverdue(visit, status: status) {
                tally.overdue += 1
            }
        }
        return tally
    }

    /// The standard in seconds of a visit's step when it counts minutes or hours (not one the
    /// case chooses); nil otherwise.
    private func minuteStandard(_ visit: VisitRow) -> Double? {
        guard let waktu = revisions[visit.revision]?.timing(of: visit.step)?.waktu, waktu.conditional == nil,
            let duration = waktu.duration, duration.unit == .menit || duration.unit == .jam
        else { return nil }
        return standardSeconds(duration)
    }

    /// A completed visit's due time moved on by the spans its case stood paused with the clock
    /// stopped, as the desk moved it (`Engine.due(of:in:now:)`), for standards not judged by
    /// their minutes (hari kerja, hari, minggu, bulan). The paused time is what the standard's
    /// clock ran from the visit's start (its row's pass's start) to its end less the time used recorded at completion,
    /// which leaves the stopped spans out. A standard the case chooses, or one counted from an
    /// earlier step, keeps its due time.
    private func movedDue(_ visit: VisitRow, due: Date, end: Date) -> Date {
        guard let used = visit.used, let sop = revisions[visit.revision], sop.caseSettings.pauseStopsClock,
            let timing = sop.timing(of: visit.step), timing.from == nil, timing.waktu.conditional == nil,
            let duration = timing.waktu.duration
        else { return due }
        let calendar = calendar.serving(sop.serviceHours)
        let start = rowPassStarts?[Self.passKey(visit)] ?? visit.startedAt
        let paused = calendar.used(from: start, to: end, waktu: duration) - used
        guard paused > 0.5 else { return due }
        return Engine.onServiceClock(duration, calendar) ? calendar.addServiceSeconds(paused, to: due) : due.addingTimeInterval(paused)
    }

    /// Not finished, past its due time, in a case still open (a paused case whose SOP stops the
    /// clock for pauses is not running late).
    private func isOverdue(_ visit: VisitRow, status: [CaseID: CaseState.Status]) -> Bool {
        guard visit.completedAt == nil, let due = visit.due, due < now else { return false }
        if status[visit.caseID] == .paused, revisions[visit.revision]?.caseSettings.pauseStopsClock ?? true { return false }
        return status[visit.caseID].map { !$0.isFinished } ?? true
    }

    static func clock(_ waktu: WaktuDuration?) -> Clock {
        guard let waktu else { return .elapsed }
        switch (waktu.unit, waktu.basis) {
        case (.hariKerja, _): return .workingDays
        case (.menit, .working), (.jam, .working): return .serviceTime
        default: return .elapsed
        }
    }

    func standardSeconds(_ waktu: WaktuDuration) -> Double {
        switch waktu.unit {
        case .menit: waktu.high * 60
        case .jam: waktu.high * 3600
        case .hari: waktu.high * 86_400
        case .minggu: waktu.high * 7 * 86_400
        case .bulan: waktu.high * 30 * 86_400
        case .hariKerja: waktu.high * calendar.workingDayLength
        }
    }
}
