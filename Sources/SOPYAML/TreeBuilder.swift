import CYAML
import SOPCore

/// Builds nodes from libyaml events with an explicit stack (no recursion, bounded depth),
/// refusing what the strict subset does not allow and recording each refusal.
struct TreeBuilder {
    private struct Frame {
        let isMapping: Bool
        let mark: Mark
        var items: [Node] = []
        var pairs: [Mapping.Pair] = []
        var pendingKey: Scalar?
        /// The next node is the value of a refused key: read it, then drop it.
        var dropNextValue = false
        /// Where each key was written, kept once a mapping grows large; small ones are searched.
        var keyMarks: [String: Mark] = [:]

        static let indexedFrom = 16

        /// Where `key` was first written in this mapping, if it was.
        func mark(of key: String) -> Mark? {
            if pairs.count >= Self.indexedFrom { return keyMarks[key] }
            if let pending = pendingKey, pending.value == key { return pending.mark }
            return pairs.first { $0.key.value == key }?.key.mark
        }

        mutating func remember(_ key: Scalar) {
            if pairs.count + 1 == Self.indexedFrom {
                for pair in pairs { keyMarks[pair.key.value] = pair.key.mark }
            }
            if pairs.count + 1 >= Self.indexedFrom { keyMarks[key.value] = key.mark }
        }
    }

    let path: String
    let limits: ReaderLimits
    let trackMultilineScalars: Bool
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var root: Node?
    private(set) var sawDocument = false
    private(set) var aborted = false
    /// Line ranges of block and multi-line scalars, where a tab is text, not indentation.
    private(set) var multilineScalarLines: [ClosedRange<Int>] = []
    private var stack: [Frame] = []

    init(path: String, limits: ReaderLimits, trackMultilineScalars: Bool) {
        self.path = path
        self.limits = limits
        self.trackMultilineScalars = trackMultilineScalars
    }

    mutating func consume(_ event: yaml_event_t) {
        let mark = Mark(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            if sawDocument {
                report(.error(YAMLReader.Code.multipleDocuments, Catalog.YAML.multipleDocuments, at: at(mark)))
                aborted = true
            }
            sawDocument = true
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            refuseAnchor(data.anchor, at: mark)
            refuseTag(data.tag, at: mark)
            let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let end = Mark(event.end_mark)
            let style = Scalar.Style(data.style)
            if trackMultilineScalars, end.line > mark.line {
                multilineScalarLines.append(mark.line...end.line)
            }
            let length = end.line == mark.line ? end.column - mark.column : value.unicodeScalars.prefix { $0 != "\n" }.count
            attach(.scalar(Scalar(value: value, style: style, mark: mark, length: length)))
        case YAML_SEQUENCE_START_EVENT:
            refuseAnchor(event.data.sequence_start.anchor, at: mark)
            refuseTag(event.data.sequence_start.tag, at: mark)
            push(Frame(isMapping: false, mark: mark))
        case YAML_MAPPING_START_EVENT:
            refuseAnchor(event.data.mapping_start.anchor, at: mark)
            refuseTag(event.data.mapping_start.tag, at: mark)
            push(Frame(isMapping: true, mark: mark))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            if frame.isMapping {
                attach(.mapping(Mapping(pairs: frame.pairs, mark: frame.mark)))
            } else {
                attach(.sequence(Sequence(items: frame.items, mark: frame.mark)))
            }
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            report(.error(YAMLReader.Code.alias, Catalog.YAML.alias(name), at: at(mark, length: name.count + 1)))
            attach(.scalar(Scalar(value: "*" + name, style: .refusedAlias, mark: mark, length: name.count + 1)))
        default:
            break
        }
    }

    private mutating func push(_ frame: Frame) {
        var frame = frame
        // Room for a typical step or list at once, instead of growing one element at a time.
        if frame.isMapping { frame.pairs.reserveCapacity(8) } else { frame.items.reserveCapacity(4) }
        guard stack.count < limits.maxDepth else {
            report(.error(YAMLReader.Code.tooDeep, Catalog.YAML.tooDeep(limit: limits.maxDepth), at: at(frame.mark)))
            aborted = true
            return
        }
        stack.append(frame)
    }

    /// Places a finished node in its parent; nil stands for a refused node (an alias).
    private mutating func attach(_ node: Node?) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        guard stack[top].isMapping else {
            if let node { stack[top].items.append(node) }
            return
        }
        if stack[top].dropNextValue {
            stack[top].dropNextValue = false
            return
        }
        guard let key = stack[top].pendingKey else {
            acceptKey(node, frame: top)
            return
        }
        stack[top].pendingKey = nil
        if let node { stack[top].pairs.append(Mapping.Pair(key: key, value: node)) }
    }

    private mutating func acceptKey(_ node: Node?, frame top: Int) {
        guard let node else {
            stack[top].dropNextValue = true
            return
        }
        guard case .scalar(let key) = node else {
            report(.error(YAMLReader.Code.complexKey, Catalog.YAML.complexKey, at: at(node.mark)))
            stack[top].dropNextValue = true
            return
        }
        if key.style == .plain, key.value == "<<" {
            report(.error(YAMLReader.Code.mergeKey, Catalog.YAML.mergeKey, at: at(key.mark, length: 2)))
            stack[top].dropNextValue = true
            return
        }
        if let first = stack[top].mark(of: key.value) {
            report(.error(
                YAMLReader.Code.duplicateKey, Catalog.YAML.duplicateKey(key.value), at: at(key.mark, length: key.length),
                notes: [.init(Catalog.YAML.firstWrittenHere, at: at(first, length: key.length))]))
            stack[top].dropNextValue = true
            return
        }
        stack[top].remember(key)
        stack[top].pendingKey = key
    }

    private mutating func refuseAnchor(_ anchor: UnsafeMutablePointer<yaml_char_t>?, at mark: Mark) {
        guard let anchor else { return }
        let name = String(cString: anchor)
        report(.error(YAMLReader.Code.anchor, Catalog.YAML.anchor(name), at: at(mark, length: name.count + 1)))
    }

    private mutating func refuseTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, at mark: Mark) {
        guard let tag else { return }
        let name = String(cString: tag)
        let shown = name.hasPrefix("tag:yaml.org,2002:") ? "!!" + name.dropFirst("tag:yaml.org,2002:".count) : name
        report(.error(YAMLReader.Code.tag, Catalog.YAML.tag(String(shown)), at: at(mark, length: shown.count)))
    }

    private mutating func report(_ diagnostic: Diagnostic) {
        guard !aborted else { return }
        diagnostics.append(diagnostic)
        if diagnostics.count >= limits.maxDiagnostics {
            diagnostics.append(.error(
                YAMLReader.Code.tooManyProblems, Catalog.YAML.tooManyProblems(diagnostics.count),
                at: diagnostic.location))
            aborted = true
        }
    }

    private func at(_ mark: Mark, length: Int = 1) -> Location {
        Location(file: path, mark: mark, length: length)
    }
}

extension Scalar.Style {
    init(_ style: yaml_scalar_style_t) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: self = .literal
        case YAML_FOLDED_SCALAR_STYLE: self = .folded
        default: self = .plain
        }
    }
}
