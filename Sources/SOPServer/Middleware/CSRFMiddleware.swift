import Foundation
import Hummingbird
import NIOCore
import SOPCore

/// Every POST: its body is read up to the upload limit (413 beyond it), parsed as a form (400
/// when malformed), and must carry the hidden field `csrf` equal to the session's token, or,
/// before login (the login and status forms), to the `sop_csrf` cookie set with the form. A
/// page of another site cannot read either, so it cannot forge a post (403).
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = DeskContext
    let maxUpload: Int
    /// Cookies are `Secure`: a refused token on plain HTTP from another machine is explained as such.
    var secureCookies = false

    func handle(_ request: Request, context: DeskContext, next: (Request, DeskContext) async throws -> Response) async throws -> Response {
        guard request.method == .post else { return try await next(request, context) }
        // Form fields and the multipart framing around a file of the maximum size.
        let limit = maxUpload + 64 * 1024
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw PageError(.contentTooLarge, Catalog.Serve.fileTooLarge(Self.size(maxUpload)))
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw PageError(.contentTooLarge, Catalog.Serve.fileTooLarge(Self.size(maxUpload)))
        }
        guard let form = FormData.parse(Array(buffer: body), contentType: request.headers[.contentType]) else {
            throw PageError(.badRequest, Catalog.Serve.malformed)
        }
        let expected = context.session?.csrf ?? request.cookies[WebIdentity.csrfCookie]?.value ?? ""
        guard WebIdentity.same(form["csrf"] ?? "", expected) else {
            let plain = secureCookies && Transport.isPlainHTTPOffLoopback(request)
            throw PageError(.forbidden, plain ? Catalog.ServeFix.needsHTTPS : Catalog.Serve.csrfFailed)
        }
        var context = context
        context.form = form
        return try await next(request, context)
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) B"
    }
}
