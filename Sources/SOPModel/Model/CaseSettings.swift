import SOPCore

/// What the SOP says about its cases at the service desk (`kasus:`): which form fields make a
/// case's title and which step hands the complainant a receipt.
public struct CaseSettings: Sendable {
    /// Form field names (of any step) whose answers, in this order, make the case's title.
    public var titleFields: [Located<String>]
    /// The step whose reaching issues the receipt ("tanda terima"); nil: the first step.
    public var receiptStep: Located<String>?
    /// Whether a paused case's clock stops (`jeda_menghentikan_waktu`): due times and time used
    /// leave out the paused spans. Default yes: a case is paused to wait for the complainant.
    public var pauseStopsClock: Bool

    public init(titleFields: [Located<String>] = [], receiptStep: Located<String>? = nil, pauseStopsClock: Bool = true) {
        self.titleFields = titleFields
        self.receiptStep = receiptStep
        self.pauseStopsClock = pauseStopsClock
    }
}

extension SOP {
    /// The form field of this name, in the first step that asks for it.
    public func formField(named name: String) -> FormField? {
        for step in steps { if let field = step.form.first(where: { $0.name.value == name }) { return field } }
        return nil
    }
}
