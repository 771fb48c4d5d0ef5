import Foundation
import SOPCore
import SOPModel

/// The clock and pauses (`kasus: jeda_menghentikan_waktu`, default ya): while a case is paused
/// its steps' clocks stand still, so due times move on by the paused span and time used leaves it
/// out, each on the standard's own clock. The spans come from the case's events.
extension Engine {
    /// Why `actor` may not resume the paused case: only a holder of a waiting step's role may
    /// (as on the web desk); nil when they may, or when no step waits.
    public func resumeRefusal(_ state: CaseState, by actor: Operator) -> Localized? {
        guard !state.active.isEmpty, !state.active.contains(where: { actor.plays($0.role) }) else { return nil }
        if let joint = jointRoleStopRefusal(state, by: actor) { return joint }
        var roles: [String] = []
        for visit in state.active {
            let name = facts.actor(visit.role)?.lineName ?? visit.role
            if !roles.contains(name) { roles.append(name) }
        }
        let pause = state.pauses.last(where: { $0.end == nil })
        return Catalog.Resuming.notYours(pausedBy: pause?.pausedBy ?? "-", since: pause.map { pauseTime($0.start) } ?? "-",
                                         roles: roles)
    }

    /// Why `actor` may not pause, resume or cancel the case when they work a waiting step only
    /// in one of its joint roles (`bersama`, tester 28's F17): that stays with the step's own
    /// role, as the stores and PostgreSQL's check require (`no-waiting-step`); the joint role is
    /// told so before anything is written. Nil when they hold a waiting step's own role, or work
    /// none of them jointly (any other refusal is the store's, or `resumeRefusal`'s).
    public func jointRoleStopRefusal(_ state: CaseState, by actor: Operator) -> Localized? {
        guard !state.active.contains(where: { actor.plays($0.role) }),
              let visit = state.active.first(where: { actor.works($0) }), let joint = actor.role(for: visit),
              let step = graph.index(of: visit.step).map({ graph.steps[$0] })
        else { return nil }
        return Catalog.Resuming.jointRoleMayNotStop(step: boxLabel(step), jointRole: facts.actor(joint)?.lineName ?? joint,
                                                    ownRole: facts.actor(visit.role)?.lineName ?? visit.role)
    }

    /// The line the desk says when a pause ends: who paused the case, and when.
    public func pauseEnded(_ pause: CaseState.PauseSpan) -> Localized {
        Catalog.Resuming.pauseEnded(pausedBy: pause.pausedBy, since: pauseTime(pause.start))
    }

    /// "07-12-2026 12.14 WIB", in the calendar's zone.
    private func pauseTime(_ date: Date) -> String {
        TimeText(language: .id, timeZone: calendar.timeZone).dateTime(date)
    }

    /// The spans the case's clock stood still until `now` (an open pause ends at `now`); none
    /// when the SOP says a pause does not stop the clock.
    public func stoppedSpans(in state: CaseState?, until now: Date) -> [DateInterval] {
        guard sop.caseSettings.pauseStopsClock, let state else { return [] }
        return state.pauses.compactMap { pause in
            let end = min(pause.end ?? now, now)
            return end > pause.start ? DateInterval(start: pause.start, end: end) : nil
        }
    }

    /// Seconds of the standard used from its start to `end`, stopped spans left out.
    public func used(_ standard: Standard, to end: Date, in state: CaseState?) -> TimeInterval {
        var used = calendar.used(from: standard.from, to: end, waktu: standard.duration)
        for span in stoppedSpans(in: state, until: end) {
            let start = max(span.start, standard.from), stop = min(span.end, end)
            if stop > start { used -= calendar.used(from: start, to: stop, waktu: standard.duration) }
        }
        return max(0, used)
    }

    /// When a visit falls due: its due time at start, moved on by every stopped span after its
    /// standard began (measured on the standard's clock).
    public func due(of visit: StepVisit, in state: CaseState, now: Date) -> Date? {
        guard var due = visit.due ?? dueOnceAnswered(visit, in: state) else { return nil }
        // No stopped span (the usual case, read at every step screen): nothing moves it, and its
        // standard is not worked out.
        let spans = stoppedSpans(in: state, until: visit.completedAt ?? now)
        guard !spans.isEmpty else { return due }
        guard let step = self.step(visit.step),
            let standard = standard(of: step, startingAt: rowStart(of: visit), in: state, current: visit),
            standard.dueAt == nil  // a date the case recorded stays that date
        else { return due }
        for span in spans.sorted(by: { $0.start < $1.start })
        where span.end > standard.from && span.start < due {
            let paused = calendar.used(from: max(span.start, standard.from), to: span.end, waktu: standard.duration)
            due = Self.onServiceClock(standard.duration, calendar)
                ? calendar.addServiceSeconds(paused, to: due) : due.addingTimeInterval(paused)
        }
        return due
    }

    /// Seconds a case stood paused (with the clock stopped) during a visit.
    public func pausedSeconds(of visit: StepVisit, in state: CaseState, now: Date) -> TimeInterval {
        let end = visit.completedAt ?? now
        return stoppedSpans(in: state, until: end).reduce(0) { sum, span in
            sum + max(0, min(span.end, end).timeIntervalSince(max(span.start, rowStart(of: visit))))
        }
    }

    /// Whether a standard counts service time (menit and jam inside service hours, hari kerja).
    public static func onServiceClock(_ waktu: WaktuDuration, _ calendar: WorkCalendar) -> Bool {
        switch (waktu.unit, waktu.basis) {
        case (.hariKerja, _): true
        case (.menit, .working), (.jam, .working): calendar.hours != nil
        default: false
        }
    }

    /// Time an open visit has used so far, as its done line will count it: on its standard's
    /// own clock with stopped spans left out, or, without a readable standard, the time since its
    /// row began less the pauses (tester 31, F13: the step screen counted a pause the done line
    /// right after it left out).
    public func usedSoFar(_ visit: StepVisit, in state: CaseState, now: Date) -> TimeInterval {
        if let step = self.step(visit.step), let standard = standard(of: step, startingAt: rowStart(of: visit), in: state, current: visit) {
            return used(standard, to: now, in: state)
        }
        return max(0, now.timeIntervalSince(rowStart(of: visit)) - pausedSeconds(of: visit, in: state, now: now))
    }

    /// A completed visit judged on its standard's own clock; nil without a readable standard.
    public func clock(of visit: StepVisit, in state: CaseState) -> StepClock? {
        guard let end = visit.completedAt, visit.skipped == nil, let step = self.step(visit.step),
            let standard = standard(of: step, startingAt: rowStart(of: visit), in: state, current: visit),
            let due = due(of: visit, in: state, now: end)
        else { return nil }
        let used = visit.used ?? self.used(standard, to: end, in: state)
        // A date the case recorded is judged by its due time, not by minutes used.
        let seconds: TimeInterval? = switch (standard.dueAt, standard.duration.unit) {
        case (nil, .menit): standard.duration.high * 60
        case (nil, .jam): standard.duration.high * 3600
        default: nil
        }
        // Late on the same clock the remaining time is counted on.
        let late = seconds.map { used > $0 + 0.5 } ?? (end > due)
        return StepClock(standardSeconds: seconds, used: used, due: due, late: late,
                         paused: pausedSeconds(of: visit, in: state, now: end), end: end)
    }
}
