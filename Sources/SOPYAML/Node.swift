import SOPCore

/// A YAML node as written: every scalar is text, every node carries its mark.
public enum Node: Sendable {
    case scalar(Scalar)
    case sequence(Sequence)
    case mapping(Mapping)

    public var mark: Mark {
        switch self {
        case .scalar(let scalar): scalar.mark
        case .sequence(let sequence): sequence.mark
        case .mapping(let mapping): mapping.mark
        }
    }

    /// Width of the node's first line in columns: for underlining it in a diagnostic.
    public var length: Int {
        if case .scalar(let scalar) = self { return scalar.length }
        return 1
    }

    public var scalar: Scalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }

    public var sequence: Sequence? {
        if case .sequence(let sequence) = self { return sequence }
        return nil
    }

    public var mapping: Mapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }

    /// A plain scalar with nothing written (`key:` with no value).
    public var isEmptyValue: Bool {
        if case .scalar(let scalar) = self { return scalar.isEmptyValue }
        return false
    }
}

public struct Scalar: Sendable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
        /// Stands for a refused alias (`*name`, the value): kept so the key is not reported missing.
        case refusedAlias
    }

    /// Exactly the text written (after YAML's own unquoting and folding); never typed.
    public let value: String
    public let style: Style
    public let mark: Mark
    /// Columns covered on the first line (for underlining).
    public let length: Int

    public init(value: String, style: Style, mark: Mark, length: Int) {
        self.value = value
        self.style = style
        self.mark = mark
        self.length = max(1, length)
    }

    public var isEmptyValue: Bool { style == .plain && value.isEmpty }
}

public struct Sequence: Sendable {
    public let items: [Node]
    public let mark: Mark

    public init(items: [Node], mark: Mark) {
        self.items = items
        self.mark = mark
    }
}

public struct Mapping: Sendable {
    public struct Pair: Sendable {
        public let key: Scalar
        public let value: Node
    }

    /// In the order written. Keys are unique: the reader reports duplicates and keeps the first.
    public let pairs: [Pair]
    public let mark: Mark

    public init(pairs: [Pair], mark: Mark) {
        self.pairs = pairs
        self.mark = mark
    }

    public subscript(key: String) -> Node? {
        // By index: no pair is copied on the way (the loader asks for every key of every step).
        for index in pairs.indices where pairs[index].key.value == key { return pairs[index].value }
        return nil
    }

    public func pair(_ key: String) -> Pair? {
        pairs.first { $0.key.value == key }
    }
}
