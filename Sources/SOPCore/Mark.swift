/// A position in a source file: 1-based line and column (columns count Unicode scalars,
/// as libyaml counts them).
public struct Mark: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = Mark(line: 1, column: 1)

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A located span in a named file: where a diagnostic points.
public struct Location: Sendable, Hashable {
    public var file: String
    public var mark: Mark
    /// How many columns the span covers on its first line (at least 1): the underline width.
    public var length: Int

    public init(file: String, mark: Mark, length: Int = 1) {
        self.file = file
        self.mark = mark
        self.length = max(1, length)
    }

    public var line: Int { mark.line }
    public var column: Int { mark.column }
}

/// A value read from a file together with where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var mark: Mark
    public var length: Int

    public init(_ value: Value, at mark: Mark, length: Int = 1) {
        self.value = value
        self.mark = mark
        self.length = length
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
