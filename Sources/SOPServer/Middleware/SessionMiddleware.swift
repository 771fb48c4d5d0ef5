import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPStore

/// Who is logged in: the `sop_sesi` cookie's id, looked up by its SHA-256 in the store (so
/// every instance and every restart sees the same sessions), and the roles the roster gives the
/// operator now (a revocation takes effect on the next request). Also the page language.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = DeskContext
    let desk: Desk

    func handle(_ request: Request, context: DeskContext, next: (Request, DeskContext) async throws -> Response) async throws -> Response {
        var context = context
        let configuration = desk.configuration
        context.language = WebIdentity.language(request, default: configuration.language)
        if let token = request.cookies[WebIdentity.sessionCookie]?.value, !token.isEmpty, token.count <= 64 {
            let now = desk.clock.now()
            let memory = desk.memory
            let found = try await desk.gateway.run { store -> (WebSession, Roster)? in
                guard let sessions = store as? WebSessionStore else { return nil }
                do {
                    guard var session = try sessions.webSession(idHash: WebIdentity.digest(token), at: now) else { return nil }
                    // last_seen moves at most every 5 minutes: no write per page.
                    if now.timeIntervalSince(session.lastSeen) > 300 {
                        try sessions.touchWebSession(idHash: session.idHash, at: now)
                        session.lastSeen = now
                    }
                    let roster = try memory.roster(store)
                    return (session, roster)
                } catch let error as StoreError {
                    throw PageError.store(error)
                }
            }
            if let found {
                context.session = found.0
                context.roles = found.1.roles(of: found.0.operatorName, sop: nil)
                context.roster = found.1
                context.mayStart = desk.starters.mayStart(found.0.operatorName, roster: found.1)
                context.roleNames = context.roles.map(desk.starters.name(of:))
            }
        }
        var response = try await next(request, context)
        if let asked = request.uri.queryParameters.get("lang"), let language = Language(code: asked) {
            response.headers.append(HTTPField(name: .setCookie, value: WebIdentity.cookie(
                WebIdentity.languageCookie, language.rawValue, maxAge: 365 * 86400, secure: configuration.secureCookies)))
        }
        return response
    }
}

/// Pages that need a login: a GET without one is sent to /masuk (303), anything else is 401.
struct RequireLogin: RouterMiddleware {
    typealias Context = DeskContext

    func handle(_ request: Request, context: DeskContext, next: (Request, DeskContext) async throws -> Response) async throws -> Response {
        guard context.session != nil else {
            if request.method == .get || request.method == .head {
                return Response(status: .seeOther, headers: [.location: "/masuk"])
            }
            throw PageError(.unauthorized, Catalog.Serve.loginTitle)
        }
        return try await next(request, context)
    }
}
