import SOPCore
import SOPEngine
import SOPModel

extension TerminalPrompter {
    /// What another desk's event did, in words, personal values masked (NIK and phone look
    /// alike to the masking: digits beyond the first and last few are hidden; a value shaped as
    /// neither, such as a date, is shown: `PersonalEcho`).
    public static func describe(_ kind: CaseEvent.Kind, fieldLabel: (String) -> String? = { _ in nil }) -> Localized {
        // Every free text masked as every view masks it (`CaseEvent.Kind.freeTextMasked`).
        let kind = kind.freeTextMasked(sop: nil)
        typealias Words = Catalog.ServiceDesk
        func mask(_ value: String) -> String { PersonalEcho.quoted(value) }
        switch kind {
        case .kelengkapanChecked(let p):
            if p.notApplicable == true {
                return Localized(verbatim: "\(PrintedItem.inSentence(p.item)): ") + Catalog.ConditionalItems.notApplicableRecorded
            }
            return Words.otherKelengkapan(PrintedItem.inSentence(p.item), present: p.present)
        case .fieldAnswered(let p): return Localized(verbatim: "\(fieldLabel(p.field) ?? p.field) = \(mask(p.value))")
        case .outputRecorded(let p): return Localized(verbatim: "\(p.item) = \(p.attachment?.name ?? p.text)")
        case .branchChosen(let p): return Localized(verbatim: "→ \(p.label)")
        case .noteAdded(let p): return Words.factNote("-", p.text)
        case .stepCompleted(let p): return Words.otherCompleted(p.step)
        case .answerCorrected(let p): return Localized(verbatim: "\(p.name) → \(mask(p.value))")
        case .branchCorrected(let p): return Localized(verbatim: "\(p.previousLabel) → \(p.label)")
        case .casePaused: return Catalog.Listing.status(CaseState.Status.paused.rawValue)
        case .caseResumed: return Catalog.Listing.status(CaseState.Status.open.rawValue)
        case .caseCancelled: return Catalog.Listing.status(CaseState.Status.cancelled.rawValue)
        case .caseCompleted: return Catalog.Listing.status(CaseState.Status.completed.rawValue)
        case .stepStarted(let p): return Localized(verbatim: p.step)
        case .joinArrived(let p): return Localized(verbatim: p.step)
        case .caseStarted(let p): return Localized(verbatim: p.nomor)
        }
    }
}
