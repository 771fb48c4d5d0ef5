import SOPModel

/// Every text an operator typed into a case (an answer, an output, a note, a correction's value
/// and reason, a cancellation reason, a skipped step's reason) masked by ONE function, for every
/// view that shows a case without `--show-personal` (terminal, web, JSON, receipts): a personal
/// field's answer as its type masks it, any other free text with a NIK or phone number typed into
/// it masked where it stands (`PersonalEcho.quoted`). Views fold these events, never the raw ones
/// (tester 20's finding 1: reasons bypassed the masking that notes went through, because each
/// view masked the fields it knew of).
extension CaseEvent.Kind {
    public func freeTextMasked(sop: SOP?) -> Self {
        func field(_ step: String, _ name: String) -> FormField? {
            sop?.step(step)?.form.first { $0.name.value == name && $0.showsByItsType }
        }
        switch self {
        case .fieldAnswered(var answer):
            answer.value = field(answer.step, answer.field)?.masked(answer.value) ?? PersonalEcho.quoted(answer.value)
            return .fieldAnswered(answer)
        case .outputRecorded(var output):
            output.text = PersonalEcho.quoted(output.text)
            return .outputRecorded(output)
        case .noteAdded(var note):
            note.text = PersonalEcho.quoted(note.text)
            return .noteAdded(note)
        case .answerCorrected(var correction):
            let personal = correction.target == .field ? field(correction.step, correction.name) : nil
            correction.value = personal?.masked(correction.value) ?? PersonalEcho.quoted(correction.value)
            correction.reason = PersonalEcho.quoted(correction.reason)
            return .answerCorrected(correction)
        case .branchCorrected(var correction):
            correction.reason = PersonalEcho.quoted(correction.reason)
            return .branchCorrected(correction)
        case .caseCancelled(var reason):
            reason.reason = PersonalEcho.quoted(reason.reason)
            return .caseCancelled(reason)
        case .stepCompleted(var completion):
            completion.skipped = completion.skipped.map(PersonalEcho.quoted)
            return .stepCompleted(completion)
        case .caseStarted, .stepStarted, .kelengkapanChecked, .branchChosen, .joinArrived, .casePaused, .caseResumed,
            .caseCompleted:
            return self
        }
    }
}

extension CaseEvent {
    /// The event as views show it unless personal data may be shown (`Kind.freeTextMasked`).
    public func freeTextMasked(sop: SOP?) -> CaseEvent {
        var event = self
        event.kind = kind.freeTextMasked(sop: sop)
        return event
    }
}
