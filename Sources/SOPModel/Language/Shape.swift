/// A declarative description of the SOP language: which keys exist, what each holds, and what
/// it means (in Bahasa Indonesia). The loader checks files against it and the JSON Schema for
/// editors is printed from it, so the two cannot drift apart.
public indirect enum Shape: Sendable {
    /// A scalar, read as text and then interpreted as `kind` says.
    case text(TextKind)
    /// A list; an empty value (`key:` with nothing) is an empty list.
    case list(Shape)
    /// A mapping with fixed keys.
    case object(ObjectShape)
    /// A mapping from free labels to values (decision branches: label → target).
    case labelled(Shape)
    /// Either of several shapes, told apart by the kind of node written.
    case oneOf([Shape])

    /// Short English name of the node kind expected, for messages.
    public var nodeKind: NodeKind {
        switch self {
        case .text: .text
        case .list: .list
        case .object, .labelled: .mapping
        case .oneOf(let shapes): shapes.first?.nodeKind ?? .text
        }
    }

    public enum NodeKind: Sendable { case text, list, mapping }
}

/// How a text value is interpreted.
public enum TextKind: Sendable, Equatable {
    /// Any text.
    case free
    /// An identifier of an actor, a step or a field: letters, digits, '-', '_', '.'.
    case identifier
    /// A reference to a step id, or `selesai`.
    case target
    /// A reference to an actor id.
    case actorReference
    /// `ya` or `tidak` (`true`/`false` accepted too).
    case boolean
    /// One of the given words.
    case choice([String])
    /// A time standard ("5 menit", "10 hari kerja", "1 x 24 jam").
    case waktu
    /// A date ("24 Februari 2025", "Maret 2021", "2025-02-24", "-").
    case date
    /// Service hours ("Senin-Kamis 08.00-15.30").
    case serviceHours
}

public struct Field: Sendable {
    public let key: String
    public let shape: Shape
    public let required: Bool
    public let title: String
    public let description: String
    public let example: String?

    public init(_ key: String, _ shape: Shape, required: Bool = false, title: String, description: String,
                example: String? = nil) {
        self.key = key
        self.shape = shape
        self.required = required
        self.title = title
        self.description = description
        self.example = example
    }
}

public struct ObjectShape: Sendable {
    /// A stable name (for the schema's definitions).
    public let name: String
    public let title: String
    public let description: String
    public let fields: [Field]
    /// Groups of keys of which at most one may be written.
    public let exclusive: [[String]]

    public init(name: String, title: String, description: String, fields: [Field], exclusive: [[String]] = []) {
        self.name = name
        self.title = title
        self.description = description
        self.fields = fields
        self.exclusive = exclusive
    }

    public func field(_ key: String) -> Field? { fields.first { $0.key == key } }
    /// Whether the shape has the key (without copying its field: the loader asks for every key).
    public func hasField(_ key: String) -> Bool { fields.contains { $0.key == key } }
    public func isRequired(_ key: String) -> Bool { fields.contains { $0.key == key && $0.required } }
    public var keys: [String] { fields.map(\.key) }
}
