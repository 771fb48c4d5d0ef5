import HTTPTypes
import Hummingbird

/// Headers every response carries: a Content-Security-Policy without inline scripts or styles
/// (a route may set a stricter or hashed one of its own, as the receipt does), no framing, no
/// sniffing, no referrer, and no caching of pages that may hold case data.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = DeskContext
    static let policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'"
    let secure: Bool

    func handle(_ request: Request, context: DeskContext, next: (Request, DeskContext) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        Self.apply(to: &response, secure: secure)
        return response
    }

    static func apply(to response: inout Response, secure: Bool) {
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = policy }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        response.headers[HTTPField.Name("Permissions-Policy")!] = "camera=(), microphone=(), geolocation=()"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        if secure { response.headers[.strictTransportSecurity] = "max-age=31536000" }
    }
}
