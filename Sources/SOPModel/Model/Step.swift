import SOPCore

/// A kegiatan: one activity of the table, drawn as one symbol in its performer's column.
public struct Step: Sendable {
    public var id: Located<String>
    /// Whether the id was written, or taken from the printed number / row position.
    public var idIsExplicit: Bool
    /// The printed number ("1", "3"); nil for the unnumbered rows real SOPs have.
    public var number: String?
    /// A section heading printed above this row ("A. Proses Penerimaan Pengaduan").
    public var section: Section?
    public var uraian: Located<String>
    /// The actor performing the step (the column its symbol is drawn in).
    public var performer: Located<String>
    /// Other actors involved (coordinated with, handed to).
    public var involved: [Located<String>]
    /// The symbol as drawn, when written; otherwise a decision is a diamond, the rest rectangles.
    public var symbol: Located<Symbol>?
    /// The words printed inside the symbol instead of the row number (`teks_simbol`): the
    /// question in a diamond ("Lengkap?"), "Mulai" or "Selesai" in a capsule (tester 31 F5,
    /// tester 32 F6).
    public var symbolText: Located<String>?
    public var mutuBaku: MutuBaku
    public var keterangan: String?
    /// Where the Keterangan is written, for a lint message about its words (nil when absent).
    public var keteranganMark: Mark?
    public var form: [FormField]
    public var flow: Flow
    /// A join: this step starts only when all these steps (begun in parallel) are done.
    public var waitsFor: [Located<String>]
    public var mark: Mark
    /// Flow as drawn (issue 10): see `FlowAsDrawn.swift`.
    public var drawn = DrawnFlow()

    public init(
        id: Located<String>, idIsExplicit: Bool = true, number: String? = nil, section: Section? = nil,
        uraian: Located<String>, performer: Located<String>, involved: [Located<String>] = [],
        symbol: Located<Symbol>? = nil, mutuBaku: MutuBaku = MutuBaku(), keterangan: String? = nil,
        form: [FormField] = [], flow: Flow = .next(nil), waitsFor: [Located<String>] = [], mark: Mark
    ) {
        self.id = id
        self.idIsExplicit = idIsExplicit
        self.number = number
        self.section = section
        self.uraian = uraian
        self.performer = performer
        self.involved = involved
        self.symbol = symbol
        self.mutuBaku = mutuBaku
        self.keterangan = keterangan
        self.form = form
        self.flow = flow
        self.waitsFor = waitsFor
        self.mark = mark
    }

    public var isDecision: Bool {
        if case .decision = flow { return true }
        return false
    }

    /// A decision the document draws as one (not `tergambar: tidak`).
    public var isDrawnDecision: Bool {
        if case .decision(let decision) = flow { return decision.isDrawn }
        return false
    }

    /// The decision's question as printed in italics under the activity: none when it is
    /// printed inside the diamond (`teks_simbol`) or not printed at all.
    public var questionUnderActivity: Located<String>? {
        guard case .decision(let decision) = flow, let question = decision.printedQuestion else { return nil }
        return question.value == symbolText?.value ? nil : question
    }

    /// The symbol to draw: as written, else a diamond for a decision and a rectangle otherwise.
    public var drawnSymbol: Symbol {
        symbol?.value ?? (isDrawnDecision ? .keputusan : .proses)
    }
}

/// A section heading of the table: "A. Proses Penerimaan Pengaduan" is code "A", title "Proses…".
public struct Section: Sendable, Hashable {
    public var code: String?
    public var title: String

    public init(code: String?, title: String) {
        self.code = code
        self.title = title
    }

    /// Reads "A. Title", "II. Title", "B) Title" or a bare title.
    public init(parsing text: String) {
        let trimmed = text.trimmingWhitespace()
        if let separator = trimmed.firstIndex(where: { $0 == "." || $0 == ")" }) {
            let code = trimmed[..<separator]
            let rest = trimmed[trimmed.index(after: separator)...].trimmingWhitespace()
            if !code.isEmpty, code.count <= 4, code.allSatisfy({ $0.isUppercase || $0.isNumber }), !rest.isEmpty {
                self.init(code: String(code), title: rest)
                return
            }
        }
        self.init(code: nil, title: trimmed)
    }

    public var text: String { code.map { "\($0). \(title)" } ?? title }
}

/// The flowchart symbols of the regulation that a row can carry.
public enum Symbol: String, Sendable, CaseIterable {
    /// Capsule: the start or the end of the procedure.
    case terminator
    /// Rectangle: an activity.
    case proses
    /// Diamond: a decision with labelled exits.
    case keputusan
    /// No symbol: the flow line passes the row by; still an activity of the case.
    case tanpa
}

/// Where the flow goes from a step.
public enum Target: Sendable, Hashable {
    case step(String)
    case end

    /// The word that ends the flow in `lanjut`, a branch or a parallel list.
    public static let endKeyword = "selesai"

    public init(_ text: String) {
        self = text == Target.endKeyword ? .end : .step(text)
    }

    public var text: String {
        switch self {
        case .step(let id): id
        case .end: Target.endKeyword
        }
    }
}

public enum Flow: Sendable {
    /// To the written target, or (nil) to the next row: the last row ends the procedure.
    case next(Located<Target>?)
    /// A question with two or more labelled branches.
    case decision(Decision)
    /// To several steps done at the same time (joined later by a step that waits for them).
    case parallel([Located<Target>])
}

public struct Decision: Sendable {
    public var question: Located<String>?
    public var branches: [Branch]
    /// False when the document draws the row linearly (the condition is only in its text).
    public var isDrawn = true
    /// False (`pertanyaan_tercetak: tidak`) when the question is the desk's alone: the signed
    /// document does not print it in the Kegiatan cell (tester 10, F13).
    public var printsQuestion = true

    /// The question as the documents print it under the activity, if they do.
    public var printedQuestion: Located<String>? { printsQuestion ? question : nil }

    public init(question: Located<String>?, branches: [Branch]) {
        self.question = question
        self.branches = branches
    }
}

public struct Branch: Sendable {
    /// The label as drawn; empty for an exit drawn as a plain arrow.
    public var label: Located<String>
    public var target: Located<Target>
    /// Further targets of a branch drawn forking into several rows at once (`Ya: [6, 7]`):
    /// the branch starts them all, in parallel.
    public var alsoTargets: [Located<Target>] = []
    /// `penghubung: "1"`: the exit is drawn through a pair of numbered connectors.
    public var connector: Located<String>?
    /// The printed number of the row the exit leads to, in the decision's own table (nil for the
    /// end, an unnumbered row or another table): an exit without a label is offered and chosen
    /// at the desk by it ("ke kegiatan 5"), never by a box's id.
    public var targetRow: String?
    /// `hasil`: the outcome the case carries when this exit is taken ("Tidak memenuhi syarat"),
    /// also when the flow goes on through rows shared with other exits (tester 26, finding 5); on
    /// an exit to `selesai`, the outcome the case ends with instead of the label.
    public var outcome: Located<String>?

    public init(label: Located<String>, target: Located<Target>) {
        self.label = label
        self.target = target
    }

    /// Every target of the branch, in the order written.
    public var targets: [Located<Target>] { [target] + alsoTargets }
}

extension StringProtocol {
    public func trimmingWhitespace() -> String {
        // Nearly every value starts and ends with a visible ASCII character: nothing to trim.
        let whole = String(self)
        if let first = whole.utf8.first, let last = whole.utf8.last, (0x21..<0x7F).contains(first),
            (0x21..<0x7F).contains(last)
        {
            return whole
        }
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
        }
        let scalars = whole.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }
}

extension Step {
    /// `kolektif: ya`: done once for many cases (tester 28, F6).
    public var isCollective: Bool { drawn.collective?.value == true }
}
