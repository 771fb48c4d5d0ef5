import Foundation

/// Where the time comes from: the system clock in use, a fixed clock in tests.
public protocol Clock: Sendable {
    func now() -> Date
}

extension Date {
    /// Truncated to whole milliseconds: the precision the store keeps, so that a case read back
    /// equals the case written.
    public var wholeMilliseconds: Date {
        Date(timeIntervalSince1970: (timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}

public struct SystemClock: Clock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that stands still until moved: every engine and session test runs on one.
public final class FixedClock: Clock, @unchecked Sendable {
    private let lock = NSLock()
    private var time: Date

    public init(_ time: Date) { self.time = time }

    public func now() -> Date { lock.withLock { time } }

    public func advance(minutes: Double) {
        lock.withLock { time = time.addingTimeInterval(minutes * 60) }
    }

    public func set(_ date: Date) { lock.withLock { time = date } }
}
