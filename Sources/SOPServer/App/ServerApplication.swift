import Hummingbird

/// Builds the `sop serve` application: one function, so tests drive it in memory.
public enum ServerApplication {
    /// The router of the desk in a browser.
    public static func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/healthz") { _, _ in "ok" }
        return router
    }
}
