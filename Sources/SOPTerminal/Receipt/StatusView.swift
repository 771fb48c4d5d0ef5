import Foundation
import SOPCore
import SOPEngine
import SOPModel

/// What a complainant is told about their case: the service, where it stands in plain words,
/// the due date and whether it is late or done. Nothing personal, no notes, no names of staff.
public struct StatusView {
    public let state: CaseState
    public let sop: SOP
    public let now: Date
    /// The case's due time as the clock stands (`Engine.caseDue`: pauses that stop the clock move it).
    public let due: Date?
    public let time: TimeText
    /// What the promise waits on (`Engine.servicePromise`): time outside the service limit
    /// added to the date, and the steps that wait on the applicant or another party.
    public var promise: Engine.ServicePromise?

    public init(state: CaseState, sop: SOP, now: Date, due: Date?, time: TimeText) {
        self.state = state
        self.sop = sop
        self.now = now
        self.due = due
        self.time = time
    }

    /// The status with the promise as `Engine.servicePromise` gives it.
    public init(state: CaseState, sop: SOP, now: Date, promise: Engine.ServicePromise, time: TimeText) {
        self.init(state: state, sop: sop, now: now, due: promise.due, time: time)
        self.promise = promise
    }

    public func render() -> String {
        lines().flatMap { TextWrap.wrap($0, width: 80) }.joined(separator: "\n") + "\n"
    }

    /// The answer's sentences, unwrapped (a web page wraps them itself).
    public func lines() -> [String] {
        typealias Words = Catalog.ServiceDesk
        let language = time.language
        var lines = ["\(Words.receiptService.text(language)): SOP \(sop.nomor) · \(sop.lineJudul)"]
        switch state.status {
        case .completed:
            let end = state.endedAt ?? now
            let late = due.map { end > $0 } ?? false
            // Ended by an outcome (a decision's exit to the end, `hasil_akhir`): said as such,
            // never as a service given within its time (tester 10, finding 7).
            if let outcome = state.outcome {
                lines.append(Catalog.DecisionExits.statusEndedWith(outcome, at: time.dateTime(end)).text(language))
            } else {
                lines.append(Words.statusDone(time.dateTime(end), late: late).text(language))
            }
        case .cancelled:
            lines.append(Words.statusCancelled(time.dateTime(state.endedAt ?? now)).text(language))
        case .open, .paused:
            for visit in state.active {
                guard let step = sop.step(visit.step) else { continue }
                // Counted as the desk counts (`SOP.printedPlace`): the row's printed number of the
                // table's last, so the applicant and the officer name the same stage.
                let place = sop.printedPlace(of: sop.stepIndex(step.id.value) ?? 0, language)
                // A step that waits on the applicant (their payment, a file to complete), paused or
                // not: whom the case waits for, and by when (tester 29, F1).
                if let awaited = promise?.awaited.first(where: { $0.step == visit.step }) {
                    lines.append(Catalog.ApplicantTime.waitingFor(awaited.actor, activity: awaited.activity, position: place.row,
                                                                  of: place.of, due: awaited.due.map { time.dateTime($0) }).text(language))
                    if let stepDue = awaited.due, stepDue < now {
                        lines.append(Catalog.ApplicantTime.waitingLate(time.dateTime(stepDue)).text(language))
                    }
                    continue
                }
                // The SOP's uraian is the staff's wording: the complainant reads whose turn it is (the
                // step's role: a step the complainant performs is recorded by staff).
                // Only what the record knows: a pause records no reason the complainant may read,
                // and a paused case is not "being handled" (tester 16, finding 8).
                lines.append(state.status == .paused
                    ? Catalog.PublicStatus.statusStageOnHold(place.row, of: place.of).text(language)
                    : Catalog.PublicStatus.statusStage(place.row, of: place.of,
                                                who: sop.actor(visit.role)?.lineName ?? visit.role).text(language))
            }
            if state.status == .paused, state.active.isEmpty { lines.append(Words.statusOnHold.text(language)) }
            if let due {
                let added = promise?.added ?? []
                if added.isEmpty {
                    lines.append(Words.statusDue(time.dateTime(due), late: due < now).text(language))
                } else {
                    let date = time.dateTime(due) + added.map { ", " + $0.text(language) }.joined()
                    lines.append(Words.statusDue(date, late: due < now).text(language))
                }
            }
        }
        return lines
    }
}
