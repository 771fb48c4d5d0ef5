import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// A completed step's time in words that agree with each other: the time used and "sisa" are
/// counted on the standard's own clock in whole minutes and add up to the standard; a standard
/// of days names its deadline instead; a late step is marked ⚠, never ✓.
public struct ClockWords: Sendable {
    public var time: TimeText

    public init(time: TimeText) { self.time = time }

    typealias Words = Catalog.Clock

    /// The line, and whether the step was late.
    public func done(_ step: String, waktu: String, clock: StepClock, head: Localized? = nil) -> (String, late: Bool) {
        var details: [Localized] = []
        var usedText = time.duration(clock.used)
        if let standard = clock.standardSeconds {
            let split = Minutes(used: clock.used, standard: standard, late: clock.late)
            usedText = split.usedText(time)
            details.append(split.detail(time))
            if time.day(clock.due) != time.day(clock.end) { details.append(Words.deadline(time.dateTime(clock.due))) }
        } else {
            details.append(Words.deadline(time.dateTime(clock.due, reference: clock.end)))
        }
        if clock.paused >= 60 { details.append(Words.pausedLeftOut(time.duration(clock.paused))) }
        let language = time.language
        let detail = details.map { $0.text(language) }.joined(separator: ", ")
        let verdict = clock.late ? Words.over(waktu, detail: detail) : Words.within(waktu, detail: detail)
        let head = head ?? (clock.late ? Words.doneLate(step, used: usedText) : Catalog.Desk.done(step, used: usedText))
        return (head.text(language) + " — " + verdict.text(language), clock.late)
    }

    /// A step's time on its standard's own clock in whole minutes, as every view says it (the
    /// terminal's line when a step is done, `sop case`, the web timeline): rounded to the
    /// nearest minute (a late step upwards), so that used + sisa = the standard; under a minute
    /// used, "sisa hampir …"; nothing used (a step done outside service hours), "0 menit".
    public struct Minutes: Sendable, Equatable {
        public let used: Int
        public let standard: Int
        public let late: Bool
        /// Some time used, but under half a minute.
        public let almost: Bool

        public init(used seconds: TimeInterval, standard standardSeconds: TimeInterval, late: Bool? = nil) {
            let late = late ?? (seconds > standardSeconds + 0.5)
            let standard = Int((standardSeconds / 60).rounded(.up))
            var used = Int((seconds / 60).rounded())
            if late { used = max(used, standard + 1, Int((seconds / 60).rounded(.up))) } else { used = min(used, standard) }
            self.used = max(used, 0)
            self.standard = standard
            self.late = late
            self.almost = self.used == 0 && seconds > 0
        }

        public var left: Int { standard - used }

        public func usedText(_ time: TimeText) -> String {
            used > 0 ? time.duration(TimeInterval(used * 60)) : almost ? time.duration(0) : Catalog.ElapsedTime.noMinutes.text(time.language)
        }

        /// "sisa 3 menit", "sisa hampir 5 menit", or "lebih 2 menit".
        public func detail(_ time: TimeText) -> Localized {
            if late { return Words.overBy(time.duration(TimeInterval((used - standard) * 60))) }
            // All of it used, rounded: under a minute was left ("sisa kurang dari 1 menit").
            return Words.remaining(time.duration(TimeInterval(left * 60)), almost: almost)
        }
    }
}
