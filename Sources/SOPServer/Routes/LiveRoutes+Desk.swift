import Foundation
import Hummingbird
import SOPStore

extension LiveRoutes where Context == DeskContext {
    /// GET /langsung for the desk's logged-in operators: their roles as the roster gives them
    /// when the stream opens (a roster change applies from the next reconnection), and their
    /// session looked up again at every heartbeat, so that a logout or an expiry ends it.
    static func add(to router: Router<DeskContext>, desk: Desk, feed: any CaseFeed) {
        LiveRoutes(feed: feed) { _, context in
            guard let session = context.session else { return nil }
            let idHash = session.idHash
            return LiveAudience(roles: Set(context.roles), stillValid: {
                let now = desk.clock.now()
                let found = try? await desk.gateway.run { store in
                    try (store as? WebSessionStore)?.webSession(idHash: idHash, at: now) != nil
                }
                return found ?? false
            })
        }.add(to: router)
    }
}
