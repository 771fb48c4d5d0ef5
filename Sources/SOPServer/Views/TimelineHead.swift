import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// The line under a timeline's status: where the case is now, whose turn it is and by when
/// (the due time moved on by pauses, as the worklist shows it); when a completed case was
/// completed; that a paused case waits to be resumed.
enum TimelineHead {
    static func render(_ pinned: PinnedCase, time: TimeText, now: Date) -> String {
        typealias Words = Catalog.WebTimeline
        let state = pinned.state, sop = pinned.sop, language = time.language
        let text: String
        switch state.status {
        case .completed:
            guard let end = state.endedAt else { return "" }
            text = Words.finishedOn(time.dateTime(end)).text(language)
        case .paused:
            text = Words.pausedNow.text(language)
        case .cancelled:
            return ""
        case .open:
            let turns = state.active.map { visit -> String in
                let label = Catalog.PauseAndCancel.step(sop.printedLabel(ofStep: visit.step)?.text(language) ?? visit.step).text(language)
                let uraian = sop.step(visit.step)?.uraian.value.replacingOccurrences(of: "\n", with: " ") ?? ""
                let dueAt = pinned.engine.due(of: visit, in: state, now: now)
                let turn = Words.turn(label + (uraian.isEmpty ? "" : " · " + WorklistPage.shortened(uraian, limit: 80)),
                                      role: sop.actor(visit.role)?.lineName ?? visit.role, due: dueAt.map { time.dateTime($0) }).text(language)
                // Past its due time: marked as the worklist marks it.
                return dueAt.map { $0 < now } == true ? turn + " — " + Catalog.Serve.overdue.text(language) : turn
            }
            guard !turns.isEmpty else { return "" }
            text = turns.joined(separator: "; ")
        }
        return "<p id=\"posisi-kasus\">\(h(Words.nowAt.text(language))): \(h(text))</p>"
    }
}
