import Foundation
import SOPModel

/// How a step visit is timed: the standard chosen for the case, and the moment it counts from
/// (the row's own start, an earlier step's start for `dihitung_sejak`, or the first row of a
/// merged waktu cell).
extension Engine {
    public struct Standard: Sendable, Equatable {
        public var duration: WaktuDuration
        /// When the span judged by the standard starts.
        public var from: Date
        /// A due time fixed by a date the case recorded (`waktu_baku: {sampai}`): the span runs
        /// on the calendar until then, and a pause does not move it.
        public var dueAt: Date? = nil
    }

    /// The standard of a step whose visit starts (or started) at `start`, given what the case
    /// has answered so far (`current`: the visit being completed, whose answers count too).
    public func standard(of step: Step, startingAt start: Date, in state: CaseState?,
                         current: StepVisit? = nil) -> Standard? {
        guard let timing = self.timing(of: step.id.value) else { return nil }
        var from = start
        if let origin = timing.from, let state, let started = Self.latestStart(of: origin, in: state, before: start) {
            from = started
        }
        if let dueBy = timing.waktu.dueBy {
            guard let date = chosenValue(dueBy.dateField.value, in: state, current: current),
                let due = calendar.due(onDate: date, at: dueBy.timeField.flatMap { chosenValue($0.value, in: state, current: current) },
                                       before: dueBy.before)
            else { return nil }
            // Calendar time from the start to the date: the clock the due time is judged on.
            let minutes = max(0, due.timeIntervalSince(from) / 60)
            return Standard(duration: WaktuDuration(low: minutes, unit: .menit, basis: .calendar), from: from, dueAt: due)
        }
        if let daily = timing.waktu.dailyAt {
            // "Setiap hari kerja pukul 14.00": the next such hour from the start (tester 28, F2).
            let due = calendar.due(after: from, daily: daily)
            let minutes = max(0, due.timeIntervalSince(from) / 60)
            return Standard(duration: WaktuDuration(low: minutes, unit: .menit, basis: .calendar), from: from, dueAt: due)
        }
        guard let duration = chosenDuration(of: timing.waktu, in: state, current: current) else { return nil }
        return Standard(duration: duration, from: from)
    }

    /// The duration a waktu stands for in this case: the one the case chose (`menurut`), the
    /// one per item times the items the case counted (`per`), else the printed or stated one.
    func chosenDuration(of waktu: Waktu, in state: CaseState?, current: StepVisit?) -> WaktuDuration? {
        if let conditional = waktu.conditional {
            return conditional.standard(for: chosenValue(conditional.basis.value, in: state, current: current))
        }
        if let perItem = waktu.perItem {
            return perItem.standard(for: chosenValue(perItem.field.value, in: state, current: current))
        }
        return waktu.duration
    }

    /// The branch label taken at a decision, or the answer to a form field, latest first.
    func chosenValue(_ basis: String, in state: CaseState?, current: StepVisit?) -> String? {
        if let value = current?.fields[basis] { return value }
        guard let state else { return nil }
        let visits = (state.active + state.completed).sorted { $0.startedAt > $1.startedAt }
        if let decider = self.step(basis), decider.isDecision {
            return visits.first { $0.step == basis && $0.branch != nil }?.branch?.label
        }
        return visits.lazy.compactMap { $0.fields[basis] }.first
    }

    /// The number of items a per-item standard (`waktu_baku: {per, tiap}`) counted for `visit`
    /// (the desk and `sop case` say "2 jam/alat × 3 = 6 jam"); nil for any other standard.
    public func itemCount(of waktu: Waktu?, for visit: StepVisit?, in state: CaseState?) -> Int? {
        guard let perItem = waktu?.perItem else { return nil }
        return state?.itemCount(perItem, for: visit) ?? visit.flatMap { PerItemWaktu.count($0.fields[perItem.field.value]) }
    }

    /// The start of the latest visit of a step that began by `time`.
    static func latestStart(of step: String, in state: CaseState, before time: Date) -> Date? {
        (state.active + state.completed).filter { $0.step == step && $0.startedAt <= time }.map(\.startedAt).max()
    }
}
