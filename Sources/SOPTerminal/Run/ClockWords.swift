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
            let standardMinutes = Int((standard / 60).rounded(.up))
            // Whole minutes, rounded to the nearest (a late step upwards): used + sisa = standard.
            var usedMinutes = Int((clock.used / 60).rounded())
            if clock.late { usedMinutes = max(usedMinutes, standardMinutes + 1, Int((clock.used / 60).rounded(.up))) }
            else { usedMinutes = min(usedMinutes, standardMinutes) }
            usedText = usedMinutes == 0 ? time.duration(0) : time.duration(TimeInterval(usedMinutes * 60))
            if clock.late {
                details.append(Words.overBy(time.duration(TimeInterval((usedMinutes - standardMinutes) * 60))))
            } else {
                let left = standardMinutes - max(usedMinutes, 0)
                details.append(Words.remaining(left == 0 ? time.duration(0) : time.duration(TimeInterval(left * 60)),
                                               almost: usedMinutes == 0 && clock.used > 0))
            }
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
}
