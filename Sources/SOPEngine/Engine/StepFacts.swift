import SOPCore
import SOPModel

/// What the engine and the session look up about a step at every answer, worked out once per
/// SOP when the engine is made: the SOP's own answers (`SOP.kelengkapan(of:)`, `output(of:)`,
/// `timing(of:)`, `rowPass(of:)`, `tableRow(of:)`, `actor(_:)`, …) walk the steps and build
/// the printed rows again at every call, and an answer asked them dozens of times. The SOP
/// never changes under an engine, so each answer here is the SOP's, kept (`StepFactsTests`
/// compares every one with the SOP's own for every SOP of the repository).
public final class StepFacts: Sendable {
    /// Per step index: the printed row of several boxes it lies in (`SOP.boxRow(of:)`).
    let boxRow: [Range<Int>?]
    /// Per step index: `SOP.rowPass(of:)`.
    let rowPass: [Range<Int>?]
    /// Per step index: `SOP.isEndCapsule(_:)`, an end capsule beside a box of its row, and
    /// `SOP.sharesItsRowAtDesk(_:)`.
    let endCapsule: [Bool]
    let sharesRowAtDesk: [Bool]
    /// Per step index: `SOP.kelengkapan(of:)`, `askedKelengkapan(of:)`, `output(of:)`, `askedOutput(of:)`,
    /// `timing(of:)`.
    let kelengkapan: [[Kelengkapan]]
    let askedKelengkapan: [[Kelengkapan]]
    let output: [[Located<String>]]
    let askedOutput: [[Located<String>]]
    let timing: [StepTiming?]
    /// Per step index: `SOP.tableRow(of:)` and `printedRowLabel(of:_:)` in both languages.
    let tableRow: [(table: Int?, title: String?, row: Int, rows: Int)]
    let rowLabel: [(id: String, en: String)]
    /// Per step index: its printed number, else its id (the worklist's label).
    let labels: [String]
    /// `SOP.actor(_:)` by id (the first, should two share one).
    private let actors: [String: Actor]
    /// `SOP.formField(named:)` by name (in the first step that asks for it).
    private let fields: [String: FormField]
    /// The names of `kasus: judul`.
    let titleFields: Set<String>
    /// The names of the fields a case is searched by (NIK, phone, NIP), as `formField(named:)` finds them, sorted.
    let searchKeyFields: [String]
    /// `SOP.totalWaktu`: whether a case's due time counts working time.
    let totalWaktu: WaktuTotal
    /// `SOP.outsideServiceLimitSteps`: the steps whose time the service limit leaves out.
    let outsideServiceLimit: Set<String>

    init(_ sop: SOP) {
        let indices = sop.steps.indices
        boxRow = indices.map { sop.boxRow(of: $0) }
        rowPass = indices.map { sop.rowPass(of: $0) }
        endCapsule = indices.map { sop.isEndCapsule($0) }
        sharesRowAtDesk = indices.map { sop.sharesItsRowAtDesk($0) }
        kelengkapan = indices.map { sop.kelengkapan(of: sop.steps[$0].id.value) }
        askedKelengkapan = indices.map { sop.askedKelengkapan(of: sop.steps[$0].id.value) }
        output = indices.map { sop.output(of: sop.steps[$0].id.value) }
        askedOutput = indices.map { sop.askedOutput(of: sop.steps[$0].id.value) }
        timing = indices.map { sop.timing(of: sop.steps[$0].id.value) }
        tableRow = indices.map { sop.tableRow(of: $0) }
        rowLabel = indices.map { (sop.printedRowLabel(of: $0, .id), sop.printedRowLabel(of: $0, .en)) }
        labels = sop.steps.map { $0.number ?? $0.id.value }
        var actors: [String: Actor] = [:]
        for actor in sop.actors where actors[actor.id.value] == nil { actors[actor.id.value] = actor }
        self.actors = actors
        var fields: [String: FormField] = [:]
        for step in sop.steps {
            for field in step.form where fields[field.name.value] == nil { fields[field.name.value] = field }
        }
        self.fields = fields
        searchKeyFields = fields.values.filter(\.type.value.isSearchKey).map(\.name.value).sorted()
        titleFields = Set(sop.caseSettings.titleFields.map(\.value))
        totalWaktu = sop.totalWaktu
        outsideServiceLimit = sop.outsideServiceLimitSteps
    }

    public func actor(_ id: String) -> Actor? { actors[id] }
    public func formField(named name: String) -> FormField? { fields[name] }
}

extension Engine {
    /// The step an id names (the first, should two share it): `SOP.step(_:)` by the graph's index.
    public func step(_ id: String) -> Step? { graph.index(of: id).map { graph.steps[$0] } }

    /// `SOP.kelengkapan(of:)`, `askedKelengkapan(of:)`, `output(of:)` and `timing(of:)`, kept.
    public func kelengkapan(of stepID: String) -> [Kelengkapan] { graph.index(of: stepID).map { facts.kelengkapan[$0] } ?? [] }
    public func askedKelengkapan(of stepID: String) -> [Kelengkapan] {
        graph.index(of: stepID).map { facts.askedKelengkapan[$0] } ?? []
    }
    public func output(of stepID: String) -> [Located<String>] { graph.index(of: stepID).map { facts.output[$0] } ?? [] }
    public func askedOutput(of stepID: String) -> [Located<String>] { graph.index(of: stepID).map { facts.askedOutput[$0] } ?? [] }
    public func timing(of stepID: String) -> StepTiming? { graph.index(of: stepID).flatMap { facts.timing[$0] } }
}

extension Engine {
    /// `SOP.actor(_:)` and `SOP.formField(named:)`, kept.
    public func actor(_ id: String) -> Actor? { facts.actor(id) }
    public func formField(named name: String) -> FormField? { facts.formField(named: name) }
}

/// What a case's rows and screens look up in its SOP: the SOP itself, or an engine that keeps
/// the answers (`StepFacts`). The same functions serve both, so they cannot say otherwise.
protocol StepLookup {
    func step(_ id: String) -> Step?
    func actor(_ id: String) -> Actor?
    func formField(named name: String) -> FormField?
    func askedKelengkapan(of stepID: String) -> [Kelengkapan]
    func output(of stepID: String) -> [Located<String>]
    func askedOutput(of stepID: String) -> [Located<String>]
    /// A step's printed number, else its id; nil for no step.
    func stepLabel(_ id: String) -> String?
    /// The name of the actor a role names; nil for no actor.
    func roleName(_ id: String) -> String?
    /// `kasus: judul`: the fields whose answers make the case's title, in order.
    var titleFields: [Located<String>] { get }
    /// Whether a field is one of `titleFields`.
    func isTitleField(_ name: String) -> Bool
    /// The names whose `formField(named:)` is a search key (NIK, phone, NIP): the case's search keys.
    var searchKeyFields: [String] { get }
    /// What a step visit's facts read of its step (`CaseState.soFar`), found once: its label
    /// (`stepLabel`), its form, and `askedKelengkapan(of:)` and `askedOutput(of:)`; nil for no step.
    func visitFacts(of stepID: String) -> VisitFacts?
}

/// A step's parts a visit's facts are read against (`StepLookup.visitFacts(of:)`).
struct VisitFacts {
    var label: String
    var form: [FormField]
    var kelengkapan: [Kelengkapan]
    var outputs: [Located<String>]
}

extension SOP: StepLookup {
    func stepLabel(_ id: String) -> String? { step(id).map { $0.number ?? $0.id.value } }
    func roleName(_ id: String) -> String? { actor(id)?.lineName }
    var titleFields: [Located<String>] { caseSettings.titleFields }
    func isTitleField(_ name: String) -> Bool { caseSettings.titleFields.contains { $0.value == name } }
    var searchKeyFields: [String] {
        var names: Set<String> = []
        for step in steps { for field in step.form { names.insert(field.name.value) } }
        return names.filter { formField(named: $0)?.type.value.isSearchKey == true }.sorted()
    }
    func visitFacts(of stepID: String) -> VisitFacts? {
        step(stepID).map {
            VisitFacts(label: $0.number ?? $0.id.value, form: $0.form, kelengkapan: askedKelengkapan(of: stepID),
                       outputs: askedOutput(of: stepID))
        }
    }
}

extension Engine: StepLookup {
    func stepLabel(_ id: String) -> String? { graph.index(of: id).map { facts.labels[$0] } }
    func roleName(_ id: String) -> String? { facts.actor(id)?.lineName }
    var titleFields: [Located<String>] { sop.caseSettings.titleFields }
    func isTitleField(_ name: String) -> Bool { facts.titleFields.contains(name) }
    var searchKeyFields: [String] { facts.searchKeyFields }
    /// One look-up of the step's index, and its form read in the graph where it is (not a copy
    /// of the whole step, its cells and flow, for every visit of every step header).
    func visitFacts(of stepID: String) -> VisitFacts? {
        graph.index(of: stepID).map {
            VisitFacts(label: facts.labels[$0], form: graph.steps[$0].form, kelengkapan: facts.askedKelengkapan[$0],
                       outputs: facts.askedOutput[$0])
        }
    }
}
