import SOPCore

/// What a step carries so the flow is held as the unit drew it (issue 10): labels on plain
/// arrows, who records a non-staff actor's step, outcome ends, optional steps, the kind of a
/// printed row of several boxes, and the table a row belongs to.
public struct DrawnFlow: Sendable {
    /// `label_lanjut`: a label drawn beside the step's one plain arrow ("Ya").
    public var arrowLabel: Located<String>?
    /// `dicatat_oleh`: the staff role recording this step (wins over the actor's).
    public var recordedBy: Located<String>?
    /// `hasil_akhir`: completing the step ends the case with this outcome.
    public var outcome: Located<String>?
    /// `opsional: ya` ("apabila diperlukan"): the desk may skip it with a reason.
    public var isOptional = false
    /// `kolektif: ya`: the row is done once for many cases (a list approved, a print run): the
    /// worklist and the web desk offer it for collective completion, and lint checks that it
    /// asks nothing per case (tester 28, F6). Where written: its mark, for lint.
    public var collective: Located<Bool>?
    /// `baris`: written on the first step of a row of several boxes.
    public var rowKind: Located<RowKind>?
    /// The table (0-based) of an SOP printed as several tables.
    public var table = 0
    /// `bersama`: actors whose boxes are drawn in the same row, joined to this box by a plain
    /// line (no arrowhead): they take part in this one activity; the flow passes through this box.
    public var jointWith: [Located<String>] = []
    /// `berhenti: ya`: the box's path ends here, inside its row, with no arrow out and no end
    /// terminator drawn; the case goes on while other boxes are open.
    public var stops: Located<Bool>?
    /// `panah: tidak`: the step's one plain arrow is not printed (two boxes stacked with no
    /// arrow between them); the flow still goes on along it.
    public var arrowHidden: Located<Bool>?
    /// `halaman_baru: ya` on a row's first step: the signed document starts a new page with this
    /// row (headings repeated), and so do the documents (tester 10, F15).
    public var startsPage: Located<Bool>?
    /// `penghubung: "1"`: the step's plain arrow is drawn through a pair of numbered connectors.
    public var connector: Located<String>?
    /// `garis_pendek`: `bersama` actors whose plain line is printed as a short stub from their
    /// box, touching nothing.
    public var shortLines: [Located<String>] = []
    /// `keluar_lewat`: `bersama` actors whose box the step's arrows to their steps leave from.
    public var exitThrough: [Located<String>] = []
    /// `garis_ke`: a line printed from this box on to that step's box, with its arrowhead, along
    /// which the flow does not go (the line out of a box running on past its turn to a later
    /// row, where another arrow joins it); only the documents draw it.
    public var lineTo: Located<Target>?

    public init() {}
}

/// How the boxes of one printed row relate.
public enum RowKind: String, Sendable, CaseIterable {
    /// Done at the same time; the next row starts when all are done.
    case paralel
    /// The work passes from box to box, in the order written.
    case berurutan
    /// Alternatives: only one of them is done.
    case pilihan
    /// Side by side on separate paths (two chains drawn in parallel): an arrow into a box starts
    /// that box only; a box without flow goes to the next row.
    case terpisah
}

/// One table of an SOP printed as several (`tabel:`): its heading, actor columns and footnotes.
public struct SOPTable: Sendable {
    public var title: Located<String>?
    /// The actor ids of its columns, in printed order; empty means every actor.
    public var columns: [Located<String>]
    public var footnotes: [Located<String>]
    /// `nama_kolom`: an actor column's heading as printed in this table (actor id → heading).
    public var columnNames: [(id: Located<String>, name: Located<String>)] = []
    /// The steps (indices into `SOP.steps`) of this table.
    public var steps: Range<Int>

    public init(title: Located<String>?, columns: [Located<String>], footnotes: [Located<String>], steps: Range<Int>) {
        self.title = title
        self.columns = columns
        self.footnotes = footnotes
        self.steps = steps
    }
}

/// How the activity table is printed (`tata_letak`).
public struct TableLayoutSpec: Sendable {
    public enum MutuBakuColumn: String, Sendable, CaseIterable { case kelengkapan, waktu, output }

    /// The Mutu Baku columns in printed order.
    public var mutuBaku: [MutuBakuColumn] = [.kelengkapan, .waktu, .output]
    /// A row of column numbers "(1) (2) …" under the header.
    public var columnNumbers = false
    /// A "Pelaksana" heading over the actor columns (`judul_pelaksana`); without it the actor
    /// names stand alone, over both header rows.
    public var actorHeading = true
    /// Keterangan printed as the last column under the Mutu Baku heading
    /// (`keterangan_dalam_mutu_baku`), not as a column of its own beside it.
    public var remarksInMutuBaku = false
    /// A bullet before each item of a Mutu Baku cell holding several (`butir: ya`); by default
    /// the items stand one under another without one, as signed documents print them.
    public var bullets = false
    /// The rows each page of the table after the first begins with, as signed (`halaman`: the
    /// row numbers or ids): when written, the table breaks there and nowhere else.
    public var pageStarts: [Located<String>]?

    public init() {}
}

extension Flow {
    /// Every target written in the flow (`lanjut`, each branch's, each `paralel` one); none for
    /// the implicit next row.
    public var writtenTargets: [Located<Target>] {
        switch self {
        case .next(let target): target.map { [$0] } ?? []
        case .decision(let decision): decision.branches.flatMap(\.targets)
        case .parallel(let targets): targets
        }
    }
}

extension Branch {
    /// An exit drawn as a plain arrow out of the diamond.
    public var isUnlabelled: Bool { label.value.isEmpty }
}

extension SOP {
    /// Who a waiting or done step is shown as in lists (`sop tasks`, `sop case`, the web's
    /// worklist and timeline), as the step screen says it: an outside party's step with the role
    /// recording it ("BKN Kantor Regional I (dicatat oleh Analis Kepegawaian BKPSDM)"), a joint
    /// row with its other actors ("Analis … bersama Kepala Bidang …"); else the role's name.
    public func performerLine(ofStep stepID: String, role: String, _ language: Language) -> String {
        let roleName = actor(role)?.lineName ?? role
        guard let step = step(stepID) else { return roleName }
        // A joint row's other staff role (`bersama`, tester 28's F17) reads as the row does: its
        // performer with its joint actors, in that role's worklist as in the performer's.
        if step.performer.value != role, step.drawn.jointWith.contains(where: { $0.value == role }),
           actor(step.performer.value)?.kind.operatesSystem == true {
            return performerLine(ofStep: stepID, role: step.performer.value, language)
        }
        var line = roleName
        if step.performer.value != role, let performer = actor(step.performer.value), !performer.kind.operatesSystem {
            line = Catalog.Desk.performerRecordedBy(performer.lineName, role: roleName).text(language)
        }
        let joint = step.drawn.jointWith.map { actor($0.value)?.lineName ?? $0.value }
        if !joint.isEmpty { line += " " + Catalog.JointBoxes.together(joint).text(language) }
        return line
    }

    /// `performerLine`, nil where it is the role's name alone (a list then shows its role as stored).
    public func performerLineBesidesRole(ofStep stepID: String, role: String, _ language: Language) -> String? {
        let line = performerLine(ofStep: stepID, role: role, language)
        return line == (actor(role)?.lineName ?? role) ? nil : line
    }

    /// The staff role recording a step: the step's `dicatat_oleh`, else its performer when staff,
    /// else its actor's `dicatat_oleh`, else the first staff actor involved, else the staff
    /// performer of the nearest row above, else the first staff actor of the SOP. Static: the
    /// same for every case, so `sop show` can print it.
    public func recorder(of index: Int) -> String? {
        let step = steps[index]
        if let written = step.drawn.recordedBy { return written.value }
        let performer = actor(step.performer.value)
        if performer?.kind.operatesSystem ?? true { return step.performer.value }
        if let byActor = performer?.recordedBy { return byActor.value }
        if let involved = step.involved.first(where: { actor($0.value)?.kind.operatesSystem == true }) {
            return involved.value
        }
        for earlier in steps[..<index].reversed() where actor(earlier.performer.value)?.kind.operatesSystem == true {
            return earlier.performer.value
        }
        return actors.first { $0.kind.operatesSystem }?.id.value
    }

    /// Whether no row writes a symbol: the drawing then follows Permenpan's convention,
    /// terminators at the start and at every end.
    public var drawsNoSymbols: Bool { !steps.contains { $0.symbol != nil } }

    /// The number of printed rows (boxes sharing a `no` are one row).
    public var rowCount: Int { steps.rowRanges.count }

    /// The printed row (1-based) of a step.
    public func row(of index: Int) -> Int {
        var row = 0
        for range in steps.rowRanges {
            row += 1
            if range.contains(index) { return row }
        }
        return row
    }
}

extension Array where Element == Step {
    /// The kind of the row a step belongs to: as written on the row's first step, else
    /// `terpisah` when a box of the row is the target of another box's exit (an end terminator
    /// beside the decision whose "Tidak" leads to it: it starts only when chosen, never with the
    /// row; `rowKindInferred`), else paralel.
    public func rowKind(of range: Range<Int>) -> RowKind {
        if let written = self[range.lowerBound].drawn.rowKind?.value { return written }
        return rowKindInferred(range) ? .terpisah : .paralel
    }

    /// Whether a row without `baris` is read as `terpisah`: one of its boxes is entered by an
    /// exit of another box of the same row, so it cannot be started with the row.
    public func rowKindInferred(_ range: Range<Int>) -> Bool {
        guard range.count > 1, self[range.lowerBound].drawn.rowKind == nil else { return false }
        for index in range {
            for target in self[index].flow.writtenTargets {
                guard case .step(let id) = target.value, id != self[index].id.value else { continue }
                if range.contains(where: { self[$0].id.value == id }) { return true }
            }
        }
        return false
    }
}

extension SOP {
    /// The symbol drawn for a step. Where no row writes a symbol (the source drew none), the
    /// Permenpan convention: a terminator for the start and for every row that ends the flow;
    /// tables that are alternatives (`alur_tabel: pilihan`) each start and end on their own.
    public func drawnSymbol(of index: Int, graph: FlowGraph? = nil) -> Symbol {
        let step = steps[index]
        guard drawsNoSymbols, !step.isDrawnDecision else { return step.drawnSymbol }
        let graph = graph ?? FlowGraph(self)
        if index == 0 || graph.starts.contains(index) { return .terminator }
        let edges = graph.successors(of: index)
        return !edges.isEmpty && edges.allSatisfy({ $0.node == .end }) ? .terminator : step.drawnSymbol
    }
}

extension SOP {
    /// The step a `tata_letak.halaman` entry names: a step's id, else the first step of the row
    /// printed with that number, written as printed or another way (`3.a`, `3 a`, `3(a)` for the
    /// row numbered `3a`, as `RowNumber` compares them; `t2-3a` for table 2's); nil when it names
    /// none (lint `page-row-unknown`).
    public func pageStart(_ reference: String) -> Int? {
        stepIndex(reference) ?? steps.firstIndex { $0.number == reference }
            ?? steps.rowsByNumberKey[RowNumber.tableKey(reference)]?.first?.lowerBound
    }

    /// Whether the step is one box of a printed row of several (two actors at once): the places
    /// that list the row's boxes one by one name each box's actor.
    public func sharesItsRow(_ step: Step) -> Bool {
        guard let number = step.number else { return false }
        return steps.filter { $0.number == number && $0.drawn.table == step.drawn.table }.count > 1
    }
}
