import SOPCore
import SOPModel
import SOPYAML

/// The parts of an SOP file whose soundness some rules depend on.
public enum SOPSection: String, Sendable, CaseIterable {
    case pelaksana
    case kegiatan
}

/// One SOP as the rules see it: the model with its marks, the nodes as written (for the marks
/// of keys), the flow graph, and which sections were read without structural errors.
public struct SOPFile: Sendable {
    public let path: String
    public let source: SourceFile
    public let root: Mapping
    public let sop: SOP
    public let graph: FlowGraph
    /// Sections read without structural errors: rules that need one skip the file otherwise.
    public let intact: Set<SOPSection>
    /// Steps whose own flow key could not be read (`lanjut: [1, 3]`): where they go is unknown,
    /// the rest of the flow is known. Rules that follow the flow treat such a step as able to go
    /// anywhere, so that one broken key gives one finding, the loader's.
    public let unreadableFlow: Set<Int>

    /// Loader codes after which the model may lack what was written (a dropped step or target).
    static let structuralCodes: Set<DiagnosticCode> = Set(YAMLReader.Code.all).union([
        LoaderCode.unknownKey, LoaderCode.wrongType, LoaderCode.emptyValue, LoaderCode.invalidIdentifier,
        LoaderCode.reservedIdentifier, LoaderCode.conflictingKeys,
    ])

    public init(path: String, source: SourceFile, root: Mapping, sop: SOP, loadDiagnostics: [Diagnostic]) {
        self.path = path
        self.source = source
        self.root = root
        self.sop = sop
        self.graph = FlowGraph(sop)
        let structuralLines = loadDiagnostics.compactMap { diagnostic in
            Self.structuralCodes.contains(diagnostic.code) ? diagnostic.location?.line : nil
        }
        var intact = Set<SOPSection>()
        var unreadableFlow = Set<Int>()
        for section in SOPSection.allCases {
            // The steps of an SOP printed as several tables are under `tabel`.
            guard let lines = Self.lines(of: section.rawValue, in: root)
                ?? (section == .kegiatan ? Self.lines(of: "tabel", in: root) : nil)
            else { continue }
            // A problem where it cannot change the flow leaves the steps' section intact
            // (`FlowParts`); one in a step's own flow key leaves only that step's way on unknown.
            var whole = true
            for line in structuralLines where lines.contains(line) {
                if section == .kegiatan, FlowParts.isFlowFree(line: line, root: root) { continue }
                if section == .kegiatan, FlowParts.writtenStepCount(root: root) == sop.steps.count,
                    let step = FlowParts.stepWithOwnFlow(line: line, root: root)
                {
                    unreadableFlow.insert(step)
                    continue
                }
                whole = false
            }
            if whole { intact.insert(section) }
        }
        self.intact = intact
        self.unreadableFlow = intact.contains(.kegiatan) ? unreadableFlow : []
    }

    /// The lines a top-level key and its value span (up to the next top-level key).
    private static func lines(of key: String, in root: Mapping) -> ClosedRange<Int>? {
        guard let index = root.pairs.firstIndex(where: { $0.key.value == key }) else { return nil }
        let first = root.pairs[index].key.mark.line
        let next = root.pairs.dropFirst(index + 1).map(\.key.mark.line).filter { $0 > first }.min()
        return first...(next.map { $0 - 1 } ?? Int.max)
    }

    /// Whether some flow names a step that does not exist (flow-unknown-target): rules that
    /// follow the flow to its end would then report what is only a consequence.
    public var hasUnknownTargets: Bool {
        sop.steps.indices.contains { index in
            graph.successors(of: index).contains { $0.node == nil } || graph.awaited(by: index).contains { $0.index == nil }
        }
    }

    /// Whether a step whose own flow could not be read is reached from the start: the flow
    /// may then go anywhere from it.
    public var reachesUnreadableFlow: Bool {
        guard !unreadableFlow.isEmpty, !graph.starts.isEmpty else { return false }
        let reached = graph.reachable(from: graph.starts)
        return unreadableFlow.contains { reached[$0] }
    }

    /// For each step, whether it can reach (or is) a step whose own flow could not be read.
    public func leadsToUnreadableFlow() -> [Bool] {
        var leads = [Bool](repeating: false, count: sop.steps.count)
        for index in unreadableFlow { leads[index] = true }
        guard !unreadableFlow.isEmpty else { return leads }
        for index in sop.steps.indices where !leads[index] {
            leads[index] = unreadableFlow.contains { graph.canReach(from: index, to: $0) }
        }
        return leads
    }

    public func location(_ mark: Mark, length: Int = 1) -> Location {
        Location(file: path, mark: mark, length: length)
    }

    public func location<Value>(_ located: Located<Value>) -> Location {
        Location(file: path, mark: located.mark, length: located.length)
    }

    /// Where a top-level key is written (`kegiatan:`).
    public func keyLocation(_ key: String) -> Location? {
        root.pair(key).map { location($0.key.mark, length: $0.key.length) }
    }

    /// The mapping written for a step, when every step of the file was read.
    public func stepMapping(_ index: Int) -> Mapping? {
        guard let items = root["kegiatan"]?.sequence?.items, items.count == sop.steps.count,
            items.indices.contains(index)
        else { return nil }
        return items[index].mapping
    }

    /// Where a key of a step is written (`paralel:`), else the step itself.
    public func keyLocation(step index: Int, key: String) -> Location {
        if let pair = stepMapping(index)?.pair(key) {
            return location(pair.key.mark, length: pair.key.length)
        }
        return location(sop.steps[index].mark)
    }

    /// Where characters `offset..<offset+length` of a written value stand, past an opening quote.
    public func location(in value: Located<String>, offset: Int, length: Int) -> Location {
        var column = value.mark.column
        if let line = source.line(value.mark.line) {
            let scalars = Array(line.unicodeScalars)
            let start = column - 1
            if scalars.indices.contains(start), scalars[start] == "\"" || scalars[start] == "'" { column += 1 }
        }
        return Location(file: path, mark: Mark(line: value.mark.line, column: column + offset), length: length)
    }
}
