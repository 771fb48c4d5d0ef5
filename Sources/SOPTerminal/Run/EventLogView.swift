import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// `sop case ID --events`: every event of a case with who wrote it and in which role.
public struct EventLogView {
    let events: [CaseEvent]
    let sop: SOP?
    let time: TimeText
    let width: Int?
    let colour: Bool
    /// The events whose operator did not hold their role at that time, or written in a role other
    /// than their step's: marked.
    let marks: RoleMarks

    public init(events: [CaseEvent], sop: SOP?, time: TimeText, width: Int?, colour: Bool, marks: RoleMarks = RoleMarks()) {
        self.events = events
        self.sop = sop
        self.time = time
        self.width = width
        self.colour = colour
        self.marks = marks
    }

    public func render() -> String {
        let language = time.language
        typealias Words = Catalog.Roster
        var table = TextTable(columns: [
            .init("No", weight: 0), .init(Words.columnAt.text(language), weight: 0),
            .init(Words.columnOperator.text(language), weight: 1), .init(Words.columnRole.text(language), weight: 1),
            .init(Words.columnEvent.text(language), weight: 1), .init(Words.columnStep.text(language), weight: 0),
        ])
        for event in events {
            let role = event.role.map { sop?.actor($0)?.lineName ?? $0 } ?? "-"
            let step = event.kind.step.map { sop?.step($0)?.number ?? $0 } ?? "-"
            var what = what(event, step: step).text(language)
            if marks.unheld.contains(event.sequence) { what += " " + Catalog.Verify.notHeldMark.text(language) }
            if marks.otherRole[event.sequence] != nil { what += " " + Catalog.Verify.otherRoleMark.text(language) }
            table.add([[String(event.sequence)], [time.dateTime(event.at)], [event.operatorName], [role], [what], [step]])
        }
        return table.render(width: width, colour: colour)
    }

    /// What the event did, in words that stand alone (tester 11's F7): a step started by another
    /// role's operator is a hand-off to the step's role; a correction names the answer and the
    /// reason (a NIK or phone number typed into the reason masked); a step left out, its reason.
    func what(_ event: CaseEvent, step: String) -> Localized {
        let words = Catalog.CaseTimeline.self
        switch event.kind {
        case .stepStarted(let started) where event.role != nil && started.role != event.role:
            return words.handedOff(step: step, to: sop?.actor(started.role)?.lineName ?? started.role)
        case .answerCorrected(let correction):
            let field = sop?.step(correction.step)?.form.first { $0.name.value == correction.name }
            return words.corrected(field?.label ?? correction.name, reason: PersonalEcho.quoted(correction.reason))
        case .branchCorrected(let corrected):
            let question = sop?.step(corrected.step).flatMap { step -> String? in
                if case .decision(let decision) = step.flow { return decision.question?.value } else { return nil }
            }
            return words.corrected(question ?? corrected.step, reason: PersonalEcho.quoted(corrected.reason))
        case .stepCompleted(let completion):
            // An optional step left out says so, and why (tester 14, F7).
            guard let reason = completion.skipped else { return Catalog.Roster.eventType(event.kind.type) }
            return Catalog.SkippedSteps.skippedEvent(PersonalEcho.quoted(reason))
        default:
            return Catalog.Roster.eventType(event.kind.type)
        }
    }
}
