import Foundation
import Hummingbird
import SOPEngine
import SOPStore

extension LiveRoutes where Context == DeskContext {
    /// GET /langsung for the desk's logged-in operators: their roles as the roster gives them,
    /// looked up again (with the session) before each event of their roles and every
    /// `configuration.liveRecheck`, so a revocation or a logout applies while the stream is
    /// open; the session is also looked up at every heartbeat. An operator left with no role
    /// (`Roster.mayUseDesk`) is treated as logged out: the stream ends.
    static func add(to router: Router<DeskContext>, desk: Desk, feed: any CaseFeed) {
        // The reason, when this very request ended the session (a role revoked, ended by the
        // administrator): the stream is often the first request that notices.
        LiveRoutes(feed: feed, recheck: desk.configuration.liveRecheck, signedOut: { _, context in context.loginPath(returningTo: "/") }) {
            _, context in
            guard let session = context.session else { return nil }
            let idHash = session.idHash, name = session.operatorName
            let current: @Sendable () async -> Set<String>? = {
                let now = desk.clock.now()
                let found = try? await desk.gateway.run { store -> Set<String>? in
                    // Unused past the idle timeout: the stream ends and the page goes to "/", whose
                    // read ends the session with its reason.
                    guard let session = try (store as? WebSessionStore)?.webSession(idHash: idHash, at: now),
                        !desk.configuration.isIdle(session, at: now)
                    else { return nil }
                    let roster = Roster(history: try (store as? RosterStore)?.rosterHistory() ?? [])
                    // Nothing left the desk lets in for: the stream ends, as the next page logs out.
                    guard roster.mayUseDesk(name) else { return nil }
                    return Set(roster.roles(of: name, sop: nil))
                }
                return found ?? nil
            }
            return LiveAudience(roles: Set(context.roles), stillValid: { await current() != nil }, currentRoles: current)
        }.add(to: router)
    }
}
