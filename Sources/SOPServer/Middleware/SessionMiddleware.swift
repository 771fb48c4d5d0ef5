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
            let caseID = Self.caseID(in: request.uri.path)
            // One read (one round trip on PostgreSQL): the session, the roster's head and the case's.
            let found = try await desk.gateway.run { store -> (WebSession, Roster, (PinnedCase, LogHead)?)? in
                guard let sessions = store as? WebSessionStore else { return nil }
                do {
                    var session: WebSession?, roster: Roster, caseAtHead: (PinnedCase, LogHead)?
                    if let looks = store as? DeskLookStore, let rosterStore = store as? RosterStore {
                        let look = try looks.deskLook(sessionHash: WebIdentity.digest(token), at: now, caseID: caseID)
                        session = look.session
                        guard session != nil else { return nil }
                        roster = try memory.roster(rosterStore, head: look.rosterHead)
                        if let caseID, let head = look.caseHead, let kept = memory.pinned(caseID, head: head) { caseAtHead = (kept, head) }
                    } else {
                        session = try sessions.webSession(idHash: WebIdentity.digest(token), at: now)
                        roster = try memory.roster(store)
                    }
                    guard var session else { return nil }
                    // last_seen moves at most every 5 minutes: no write per page.
                    if now.timeIntervalSince(session.lastSeen) > 300 {
                        try sessions.touchWebSession(idHash: session.idHash, at: now)
                        session.lastSeen = now
                    }
                    return (session, roster, caseAtHead)
                } catch let error as StoreError {
                    throw PageError.store(error)
                }
            }
            if let found {
                context.session = found.0
                context.roles = found.1.roles(of: found.0.operatorName, sop: nil)
                context.roster = found.1
                context.caseAtHead = found.2
                let folder = desk.sops.current(today: now), name = found.0.operatorName
                context.mayStart = folder.sops.contains { Desk.mayStart($0, name, roster: found.1) }
                context.roleNames = context.roles.map { folder.names[$0] ?? $0 }
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

extension SessionMiddleware {
    /// The case a path names (`/kasus/ID` and the pages under it), if any.
    static func caseID(in path: String) -> CaseID? {
        guard path.hasPrefix("/kasus/") else { return nil }
        let id = path.dropFirst("/kasus/".count).prefix { $0 != "/" }
        guard !id.isEmpty, id.count <= 64 else { return nil }
        return CaseID(String(id))
    }
}

/// Pages that need a login: a GET without one is sent to /masuk (303), anything else is 401.
struct RequireLogin: RouterMiddleware {
    typealias Context = DeskContext

    func handle(_ request: Request, context: DeskContext, next: (Request, DeskContext) async throws -> Response) async throws -> Response {
        guard context.session != nil else {
            if request.method == .get || request.method == .head {
                return Response(status: .seeOther, headers: [.location: ReturnPath.login(returningTo: request.uri.path)])
            }
            throw PageError(.unauthorized, Catalog.Serve.loginTitle)
        }
        return try await next(request, context)
    }
}
