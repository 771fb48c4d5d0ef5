/// The bounds that keep the reader safe on hostile input.
public struct ReaderLimits: Sendable {
    /// Files above this size are refused before parsing (an SOP is a few kilobytes).
    public var maxBytes: Int
    /// Collections nested deeper than this are refused.
    public var maxDepth: Int
    /// After this many problems the reader stops and says so.
    public var maxDiagnostics: Int

    public init(maxBytes: Int = 1 << 20, maxDepth: Int = 32, maxDiagnostics: Int = 100) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxDiagnostics = maxDiagnostics
    }

    public static let standard = ReaderLimits()
}
