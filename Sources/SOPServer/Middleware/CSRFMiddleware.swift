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
            return try await tooLarge(request, context: context, limit: limit, next: next)
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
            // A form of a session that has ended (`sop roster keluar`, a logout elsewhere, an
            // expiry: its token is gone with it) gets why, as a GET of it does, not "forged".
            if let ended = context.ended { throw PageError(.unauthorized, ended.message) }
            // A form of a page that needs a login, sent by a browser that logged out since (in
            // this tab or another: `Keluar` leaves its mark, `WebIdentity.loggedOutCookie`): they
            // are told so, not "forged". Nothing is written either way; a second logout just
            // goes to the login page. A browser that never logged in is refused as forged.
            if context.session == nil, request.cookies[WebIdentity.loggedOutCookie] != nil, !Self.beforeLogin.contains(request.uri.path) {
                if request.uri.path == "/keluar" { return HTMLPage.redirect("/masuk") }
                throw PageError(.unauthorized, Catalog.WebSessions.loggedOut)
            }
            let plain = secureCookies && Transport.isPlainHTTPOffLoopback(request)
            throw PageError(.forbidden, plain ? Catalog.WebLogin.needsHTTPS : Catalog.Serve.csrfFailed)
        }
        var context = context
        context.form = form
        return try await next(request, context)
    }

    /// A body past the limit. A step form or the collective form (multipart, the file after the typed fields) is read
    /// up to the limit and handed on with the file that was cut, so the page comes back with
    /// what was typed and the message next to the upload (413); anything else is refused.
    private func tooLarge(_ request: Request, context: DeskContext, limit: Int,
                          next: (Request, DeskContext) async throws -> Response) async throws -> Response {
        let refusal = PageError(.contentTooLarge, Catalog.Serve.fileTooLarge(Self.size(maxUpload)))
        let path = request.uri.path.split(separator: "/")
        // A step form, or the collective form (/kolektif/{kode}/{step}), which takes an Output's file too.
        guard (path.count == 4 && path[0] == "kasus" && path[2] == "langkah") || (path.count == 3 && path[0] == "kolektif"),
              let session = context.session else { throw refusal }
        var prefix = ByteBuffer()
        var tail = FormTail()
        var iterator = request.body.makeAsyncIterator()
        var read = 0
        // The rest is read and dropped (up to a bound), so the browser gets the page instead of a
        // connection closed under its upload; its last bytes are kept for the fields typed after
        // the file (the note, below the upload on the step page).
        while read < limit * 4, var chunk = try await iterator.next() {
            read += chunk.readableBytes
            tail.keep(chunk.readableBytesView)
            let take = min(chunk.readableBytes, limit - prefix.readableBytes)
            if take > 0, var slice = chunk.readSlice(length: take) { prefix.writeBuffer(&slice) }
        }
        guard let parsed = FormData.multipartPrefix(Array(buffer: prefix), contentType: request.headers[.contentType]),
            let cut = parsed.cutFile, WebIdentity.same(parsed.form["csrf"] ?? "", session.csrf)
        else { throw refusal }
        var context = context
        context.form = tail.fields(after: parsed.form, contentType: request.headers[.contentType])
        context.uploadCut = cut
        return try await next(request, context)
    }

    /// The forms shown before login: their token is the `sop_csrf` cookie's.
    static let beforeLogin: Set<String> = ["/masuk", "/status"]

    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MB" : bytes >= 1 << 10 ? "\(bytes >> 10) KB" : "\(bytes) B"
    }
}
