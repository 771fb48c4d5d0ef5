import SOPCore

/// The quality standard of a row: required inputs, time standard and outputs.
public struct MutuBaku: Sendable {
    public var kelengkapan: [Kelengkapan]
    public var waktu: Waktu?
    public var output: [Located<String>]

    public init(kelengkapan: [Kelengkapan] = [], waktu: Waktu? = nil, output: [Located<String>] = []) {
        self.kelengkapan = kelengkapan
        self.waktu = waktu
        self.output = output
    }

    /// Rows with no mutu baku at all (steps 2 and 4 of SOP 01).
    public var isEmpty: Bool { kelengkapan.isEmpty && waktu == nil && output.isEmpty }
}

/// One required input of a step: a document, an identity card, a form.
public struct Kelengkapan: Sendable {
    public var text: Located<String>
    /// When true, a case cannot proceed past the step without it; otherwise a missing item is
    /// recorded and the case goes on.
    public var requiredToProceed: Bool

    public init(text: Located<String>, requiredToProceed: Bool = false) {
        self.text = text
        self.requiredToProceed = requiredToProceed
    }
}
