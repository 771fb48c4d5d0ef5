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
            let caseID = Self.caseID(in: request.uri.path)
            let hash = WebIdentity.digest(token)
            if request.method == .post, let caseID, Self.isStepPath(request.uri.path), Self.known(hash, caseID: caseID, desk: desk, into: &context) {
                // A step's answer on a session this instance has just read: no read now; the
                // write's own transaction checks the session (`CaseRoutes.submit`).
            } else {
                // The live worklist's own reloads are not the operator's use (the idle timeout).
                let passive = request.headers[Self.liveReload] != nil
                try await Self.look(hash, caseID: caseID, desk: desk, into: &context, passive: passive)
            }
        }
        var response = try await next(request, context)
        // The ended session's cookie goes, unless this response sets a new one (a login).
        if context.ended != nil, !response.headers[values: .setCookie].contains(where: { $0.hasPrefix(WebIdentity.sessionCookie + "=") }) {
            response.headers.append(HTTPField(name: .setCookie, value: WebIdentity.cookie(
                WebIdentity.sessionCookie, "", maxAge: 0, secure: configuration.secureCookies)))
        }
        if let asked = request.uri.queryParameters.get("lang"), let language = Language(code: asked) {
            response.headers.append(HTTPField(name: .setCookie, value: WebIdentity.cookie(
                WebIdentity.languageCookie, language.rawValue, maxAge: 365 * 86400, secure: configuration.secureCookies)))
        }
        return response
    }

    /// The request's first read: the session `hash` names, the roster (kept while its head
    /// holds) and the case's head (`caseID`), in one read (one round trip on PostgreSQL); fills
    /// `context` when the session exists. Also what a guarded answer falls back to.
    ///
    /// A session whose operator the roster now gives nothing the desk lets in for
    /// (`Roster.mayUseDesk`: every role revoked) is ended in the store in the same read, and the
    /// request goes on logged out (`EndedSession`): what a session held at its login never counts.
    ///
    /// A session unused past the idle timeout is ended the same way (`EndedSession.idle`);
    /// `passive` (a live worklist's reload) reads the session without counting as its use.
    static func look(_ hash: String, caseID: CaseID?, desk: Desk, into context: inout DeskContext, passive: Bool = false) async throws {
        let now = desk.clock.now()
        let configuration = desk.configuration
        let memory = desk.memory
        let found = try await desk.gateway.run { store -> Looked in
            guard let sessions = store as? WebSessionStore else { return .gone }
            do {
                var session: WebSession?, roster: Roster, caseAtHead: (PinnedCase, LogHead)?, refusal: StoreError?
                if let looks = store as? DeskLookStore, let rosterStore = store as? RosterStore {
                    let look = try looks.deskLook(sessionHash: hash, at: now, caseID: caseID)
                    session = look.session
                    refusal = look.schemaRefusal
                    guard session != nil else { return .gone }
                    roster = try memory.roster(rosterStore, head: look.rosterHead)
                    if let caseID, let head = look.caseHead, let kept = memory.pinned(caseID, head: head) { caseAtHead = (kept, head) }
                } else {
                    session = try sessions.webSession(idHash: hash, at: now)
                    roster = try memory.roster(store)
                }
                guard var session else { return .gone }
                // A store that refuses writes (`refusal`) keeps the session's row as it is: the
                // request goes on as it would (ended, or a page with the banner), never a 503 page.
                if configuration.isIdle(session, at: now) {
                    if refusal == nil { try sessions.deleteWebSession(idHash: session.idHash) }
                    return .idle
                }
                guard roster.mayUseDesk(session.operatorName) else {
                    if refusal == nil { try sessions.deleteWebSession(idHash: session.idHash) }
                    return .ended
                }
                // last_seen moves at most every 5 minutes (sooner under a short idle timeout): no write per page.
                if !passive, refusal == nil, now.timeIntervalSince(session.lastSeen) > configuration.touchInterval {
                    try sessions.touchWebSession(idHash: session.idHash, at: now)
                    session.lastSeen = now
                }
                return .live(session, roster, caseAtHead, refusal)
            } catch let error as StoreError {
                throw PageError.store(error)
            }
        }
        context.unreadSession = nil
        switch found {
        case .live(let session, let roster, let caseAtHead, let refusal):
            context.ended = nil
            context.writesRefused = refusal != nil
            if desk.guardsSessions { desk.sessions.keep(session) }
            fill(&context, session: session, roster: roster, caseAtHead: caseAtHead, desk: desk, now: now)
        case .ended, .idle:
            desk.sessions.forget(hash)
            context.session = nil
            if case .idle = found { context.ended = .idle } else { context.ended = .noRole }
        case .gone:
            desk.sessions.forget(hash)
            context.session = nil
            context.ended = .gone
        }
    }

    /// What the first read found of the cookie's session.
    private enum Looked: Sendable {
        /// With what a write would be refused now (the store's schema), nil when it would go.
        case live(WebSession, Roster, (PinnedCase, LogHead)?, StoreError?)
        /// Its operator holds nothing the desk lets in for: deleted from the store in that read.
        case ended
        /// Unused past the idle timeout: deleted from the store in that read.
        case idle
        case gone
    }

    /// A step's answer without a read: when the store checks the session in the write's own
    /// transaction, and this instance holds the session, the roster and the case as last read.
    /// What the route decides on them is written only if the store then agrees (the session
    /// live, the roles held: its triggers; the case unchanged: its sequence); anything else is
    /// decided again after `look` (`CaseRoutes.submit`).
    static func known(_ hash: String, caseID: CaseID, desk: Desk, into context: inout DeskContext) -> Bool {
        let now = desk.clock.now()
        guard desk.guardsSessions, let session = desk.sessions.session(hash, at: now), let roster = desk.memory.latestRoster(),
            let kept = desk.memory.latest(caseID)
        else { return false }
        fill(&context, session: session, roster: roster, caseAtHead: kept, desk: desk, now: now)
        context.unreadSession = hash
        desk.sessions.triedAnswer()
        return true
    }

    private static func fill(_ context: inout DeskContext, session: WebSession, roster: Roster, caseAtHead: (PinnedCase, LogHead)?,
                             desk: Desk, now: Date) {
        context.session = session
        context.roles = roster.roles(of: session.operatorName, sop: nil)
        context.roster = roster
        context.caseAtHead = caseAtHead
        let folder = desk.sops.current(today: now), name = session.operatorName
        context.mayStart = folder.sops.contains { Desk.mayStart($0, name, roster: roster) }
        context.roleNames = context.roles.map { folder.names[$0] ?? $0 }
    }
}

extension SessionMiddleware {
    /// The header the live worklist's reload sends (`LiveScript`): not the operator's use.
    static let liveReload = HTTPField.Name("X-SOP-Langsung")!

    /// `/kasus/ID/langkah/STEP`: a step's page, or its answer when posted.
    static func isStepPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 5 && parts[0].isEmpty && parts[1] == "kasus" && parts[3] == "langkah" && !parts[4].isEmpty
    }

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
                return Response(status: .seeOther, headers: [.location: context.loginPath(returningTo: request.uri.path)])
            }
            throw PageError(.unauthorized, context.ended?.message ?? Catalog.Serve.loginTitle)
        }
        return try await next(request, context)
    }
}
