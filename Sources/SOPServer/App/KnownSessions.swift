import Foundation
import SOPStore

/// The web sessions this instance has just found in the store, by their id's hash: a step's
/// answer on a store that checks the session inside the write's transaction
/// (`SessionGuardedStore`) is built without reading the session first. Used for nothing else:
/// every page reads its session from the store. Forgotten when this instance logs it out, when
/// the store no longer has it, and when a guarded write finds it ended.
final class KnownSessions: @unchecked Sendable {
    // @unchecked: `sessions` is read and written only under `lock`.
    private let lock = NSLock()
    private var sessions: [String: WebSession] = [:]
    /// Sessions kept at most (one per logged-in browser).
    static let limit = 4096
    /// Answers tried on a kept session without reading it (`ServerApplication.answersTriedUnread`).
    private var tried = 0
    var answersTried: Int { lock.withLock { tried } }
    func triedAnswer() { lock.withLock { tried += 1 } }

    /// The session kept under `idHash`, if it is unexpired at `now` and its `last_seen` needs no
    /// update (moved at most every 5 minutes, by a page's read).
    func session(_ idHash: String, at now: Date) -> WebSession? {
        lock.withLock {
            guard let session = sessions[idHash], session.expiresAt > now, now.timeIntervalSince(session.lastSeen) <= 300 else { return nil }
            return session
        }
    }

    func keep(_ session: WebSession) {
        lock.withLock {
            if sessions.count >= Self.limit, sessions[session.idHash] == nil { sessions.remove(at: sessions.startIndex) }
            sessions[session.idHash] = session
        }
    }

    func forget(_ idHash: String) {
        _ = lock.withLock { sessions.removeValue(forKey: idHash) }
    }
}
