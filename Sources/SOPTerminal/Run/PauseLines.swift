import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// The pauses of a case in its timeline (`sop case`): who paused and resumed it, and when, and
/// whether the SOP stops the clock for them.
struct PauseLines {
    var time: TimeText

    func lines(_ pauses: [CaseState.PauseSpan], sop: SOP?) -> String {
        typealias Words = Catalog.Clock
        let language = time.language
        var out = ""
        for pause in pauses {
            var line = "⏸ " + Words.paused(pause.pausedBy, time.dateTime(pause.start)).text(language)
            if let end = pause.end {
                let resumed = pause.resumedBy.map { Words.resumed($0, time.dateTime(end, reference: pause.start)).text(language) }
                line += " → " + (resumed ?? time.dateTime(end, reference: pause.start))
                    + " (" + time.duration(end.timeIntervalSince(pause.start)) + ")"
            } else {
                line += " → " + Words.stillPaused.text(language)
            }
            if let sop { line += " · " + (sop.caseSettings.pauseStopsClock ? Words.clockStops : Words.clockRuns).text(language) }
            out += line + "\n"
        }
        return out
    }
}
