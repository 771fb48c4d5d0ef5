import Foundation
import HTTPTypes
import Hummingbird
import SOPCore
import SOPEngine
import SOPModel
import SOPStore

/// /masuk and /keluar: login with the roster's operator name and personal PIN (its salted
/// scrypt hash and its lockout: 5 wrong in a row lock the name for 15 minutes), a session in
/// the store, logout.
enum LoginRoutes {
    typealias Words = Catalog.Serve

    static func add(to router: Router<DeskContext>, desk: Desk) {
        let secure = desk.configuration.secureCookies
        router.get("/masuk") { request, context -> Response in
            let back = ReturnPath.safe(request.uri.queryParameters.get("ke"))
            if context.session != nil { return HTMLPage.redirect(back ?? "/") }
            let plain = secure && Transport.isPlainHTTPOffLoopback(request) ? Catalog.WebLogin.needsHTTPS
                : EndedSession.reason(request, context: context)
            // A store refusing writes: the banner of every desk page, before a name or PIN is typed.
            let held = try await writesRefused(desk)
            return preLoginPage(request, secure: secure) {
                LoginPage.render(language: context.language, csrf: $0, error: plain, back: back, held: held)
            }
        }
        router.post("/masuk") { request, context -> Response in
            let name = context.form.text("nama"), pin = context.form["pin"] ?? "", code = context.form.text("kode")
            let csrf = request.cookies[WebIdentity.csrfCookie]?.value ?? ""
            // The attempt could not be counted (`RateLimitMiddleware`): no PIN is checked.
            let result = context.writesRefused ? Result.held
                : try await login(name, pin: pin, code: code, desk: desk, language: context.language)
            switch result {
            case .held:
                return HTMLPage.response(LoginPage.render(language: context.language, csrf: csrf, name: name,
                                                          error: Catalog.StoreSchema.loginHeld,
                                                          back: ReturnPath.safe(context.form["ke"]), held: true),
                                         status: .serviceUnavailable)
            case .refused(let message, let status):
                return HTMLPage.response(LoginPage.render(language: context.language, csrf: csrf, name: name, error: message,
                                                          back: ReturnPath.safe(context.form["ke"])),
                                         status: status)
            case .session(let token):
                // Back to the page asked for before login: a path of this desk only (`ReturnPath`).
                var response = HTMLPage.redirect(ReturnPath.safe(context.form["ke"]) ?? "/")
                response.headers.append(HTTPField(name: .setCookie, value: WebIdentity.cookie(
                    WebIdentity.sessionCookie, token, maxAge: Int(desk.configuration.sessionLifetime), secure: secure)))
                if request.cookies[WebIdentity.loggedOutCookie] != nil {
                    response.headers.append(HTTPField(name: .setCookie, value: WebIdentity.cookie(
                        WebIdentity.loggedOutCookie, "", maxAge: 0, secure: secure)))
                }
                return response
            }
        }
        router.post("/keluar") { request, context -> Response in
            if let session = context.session {
                desk.sessions.forget(session.idHash)
                try await desk.gateway.run { store in
                    do { try (store as? WebSessionStore)?.deleteWebSession(idHash: session.idHash) } catch let error as StoreError { throw PageError.store(error) }
                }
            }
            var response = HTMLPage.redirect("/masuk")
            response.headers.append(HTTPField(name: .setCookie, value: WebIdentity.cookie(
                WebIdentity.sessionCookie, "", maxAge: 0, secure: secure)))
            response.headers.append(HTTPField(name: .setCookie, value: WebIdentity.cookie(
                WebIdentity.loggedOutCookie, "1", maxAge: nil, secure: secure)))
            return response
        }
    }

    /// A form shown before login (login, status lookup): its CSRF token is the `sop_csrf`
    /// cookie's, set here when the browser has none.
    static func preLoginPage(_ request: Request, secure: Bool, render: (String) -> String) -> Response {
        if let token = request.cookies[WebIdentity.csrfCookie]?.value, token.count >= 32 {
            return HTMLPage.response(render(token))
        }
        let token = WebIdentity.token()
        var response = HTMLPage.response(render(token))
        response.headers.append(HTTPField(name: .setCookie, value: WebIdentity.cookie(WebIdentity.csrfCookie, token, maxAge: nil, secure: secure)))
        return response
    }

    enum Result: Sendable {
        case session(String)
        case refused(Localized, HTTPResponse.Status)
        /// The store refuses writes (`StoreError.schema`): nothing was kept, no session made.
        case held
    }

    /// Whether the store would refuse a write now (a newer sop's migration): one read, for the
    /// login page's banner; the server's log has the store's own words with the first refused write.
    static func writesRefused(_ desk: Desk) async throws -> Bool {
        try await desk.gateway.run { store -> Bool in
            guard let looks = store as? DeskLookStore else { return false }
            do { return try looks.schemaRefusal() != nil } catch let error as StoreError { throw PageError.store(error) }
        }
    }

    /// Checks the PIN and opens a session. An unknown name costs the same scrypt work as a
    /// wrong PIN and gets the same answer, so names cannot be probed by timing or wording.
    static func login(_ name: String, pin: String, code: String, desk: Desk, language: Language) async throws -> Result {
        let clock = desk.clock, lifetime = desk.configuration.sessionLifetime
        return try await desk.gateway.run { store in
            guard let rosterStore = store as? RosterStore, let sessions = store as? WebSessionStore else {
                throw PageError(.serviceUnavailable, Catalog.Serve.noSessionStore)
            }
            let now = clock.now()
            // Every refused login gets one answer (text, status, and the same scrypt work): an
            // unknown name, a locked one, a wrong PIN, and a right PIN with a wrong, missing or
            // reused one-time code. A wrong code counts toward the lock as a wrong PIN does, so
            // the second factor is not guessed behind a confirmed PIN.
            let refused = Result.refused(Catalog.WebLogin.loginRefused, .unauthorized)
            do {
                guard !name.isEmpty, !pin.isEmpty, name.count <= 100, pin.count <= 200, let record = try rosterStore.pin(of: name) else {
                    _ = PINHash.verify(pin, against: DummyPIN.record)
                    return refused
                }
                // A locked name is not revealed: it costs the same scrypt work and gets the same
                // answer as an unknown name or a wrong PIN (else the lock tells which names
                // exist). The operator learns of the lock from the roster administrator
                // (`sop roster` shows it). An operator enrolled for one-time codes gives the
                // current one too, once.
                let matches = try PINCheck.passes(pin, record: record, store: rosterStore, at: now) {
                    guard let codes = store as? TOTPStore, let enrolled = try codes.totp(of: name) else { return true }
                    guard let step = OneTimeCode.step(of: code, secret: enrolled.secret, at: now), step > enrolled.lastStep else { return false }
                    return try codes.useTOTPStep(of: name, step: step)
                }
                guard matches else { return refused }
                let roster = Roster(history: try rosterStore.rosterHistory())
                guard roster.mayUseDesk(name) else {
                    // Someone whose roles were revoked is told they no longer hold one, not that they have none yet.
                    let held = roster.history.contains { $0.operatorName == name && $0.action == .grant }
                    return .refused(held ? Catalog.WebLogin.loginNoRoleAnymore : Words.loginNoRole, .forbidden)
                }
                let token = WebIdentity.token()
                try sessions.deleteExpiredWebSessions(at: now)
                try sessions.saveWebSession(WebSession(idHash: WebIdentity.digest(token), operatorName: name, createdAt: now,
                                                       lastSeen: now, expiresAt: now.addingTimeInterval(lifetime),
                                                       csrf: WebIdentity.token()))
                return .session(token)
            } catch StoreError.schema {
                // Refused between the attempt's count and the session (a migration meanwhile): nothing kept.
                return .held
            } catch let error as StoreError {
                throw PageError.store(error)
            }
        }
    }
}

/// A PIN record no one has, checked for unknown names so that they cost what a real one does.
enum DummyPIN {
    static let record: PINRecord = (try? PINHash.make(WebIdentity.token(), operatorName: "-", at: Date(), by: "-"))
        ?? PINRecord(operatorName: "-", salt: [], hash: [], parameters: PINHash.parameters, setAt: Date(), setBy: "-")
}
