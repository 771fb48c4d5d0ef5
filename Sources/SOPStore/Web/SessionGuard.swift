import Foundation
import SOPCore
import SOPEngine

/// A store that can check a web session inside a case write's own transaction: the write is
/// committed only if the session still exists then, unexpired and the operator's the write is
/// made for (a logout or an expiry on any instance, committed before, refuses it, and nothing of
/// it is written). With it the web desk answers a step without reading the session first (one
/// round trip less on PostgreSQL); the refusal is
/// `StoreError.unavailable(Catalog.WebSessions.sessionEnded)`.
public protocol SessionGuardedStore: AnyObject {
    /// Whether the store can check sessions now (on PostgreSQL: migration v18 applied).
    func checksSessions() throws(StoreError) -> Bool
    /// Runs `body` with every case write it makes guarded by the session `idHash` of
    /// `operatorName` at `now`.
    func whileSessionLive<T>(_ idHash: String, operatorName: String, at now: Date, _ body: () throws -> T) rethrows -> T
}
