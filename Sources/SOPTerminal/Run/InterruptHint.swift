import Foundation
import SOPCore

#if canImport(Glibc)
    import Glibc
#endif

/// Ctrl-C at the desk says what Ctrl-D says: every answer is saved, and how to go on. SIGINT is
/// caught on a dispatch queue (not in a signal handler), the hint of the case being worked on
/// is printed, and the process exits with 130 as an interrupted command does.
public final class InterruptHint: @unchecked Sendable {
    public static let shared = InterruptHint()

    private let lock = NSLock()
    private var text: String?
    private var source: DispatchSourceSignal?

    /// Catches SIGINT from now on; `output` writes the hint (the terminal's stream), then
    /// `beforeExit` runs (the store's last writes moved out of its `-wal`), then the process exits.
    public func install(output: @escaping @Sendable (String) -> Void, beforeExit: @escaping @Sendable () -> Void = {}) {
        lock.withLock {
            guard source == nil else { return }
            signal(SIGINT, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
            source.setEventHandler { [self] in
                let hint = lock.withLock { text }
                output("\n" + (hint ?? ""))
                beforeExit()
                exit(130)
            }
            source.resume()
            self.source = source
        }
    }

    /// The hint for the case now open ("" before any case).
    public func set(_ hint: String) {
        lock.withLock { text = hint }
    }
}
