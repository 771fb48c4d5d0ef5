import Foundation
import Hummingbird
import SOPCore
import SOPEngine
import SOPTerminal

/// /status: the complainant's lookup, public: the code travels in a POST body (never in a URL
/// or a log), the answer is `sop status`'s (no personal data, no notes, no staff names), and
/// lookups are rate-limited per address.
enum StatusRoutes {
    static func add(to router: Router<DeskContext>, desk: Desk) {
        let secure = desk.configuration.secureCookies
        router.get("/status") { request, context -> Response in
            if let session = context.session {
                return HTMLPage.response(StatusPage.render(language: context.language, csrf: session.csrf))
            }
            return LoginRoutes.preLoginPage(request, secure: secure) { StatusPage.render(language: context.language, csrf: $0) }
        }
        router.post("/status") { request, context -> Response in
            let csrf = context.session?.csrf ?? request.cookies[WebIdentity.csrfCookie]?.value ?? ""
            let typed = context.form.text("kode")
            guard let code = TrackingCode.normalize(typed) else {
                // A code typed with 0, O, 1, I, L or U is told so: those are never in a code.
                let error = TrackingCode.hasNeverUsed(typed) ? Catalog.OneTimeCodes.codeConfusable : Catalog.Serve.statusMalformed
                return HTMLPage.response(StatusPage.render(language: context.language, csrf: csrf, error: error, typed: typed),
                                         status: .unprocessableContent)
            }
            let id = try await desk.gateway.run { store in
                do { return try store.caseID(tracking: code) } catch let error as StoreError { throw PageError.store(error) }
            }
            guard let id else {
                return HTMLPage.response(StatusPage.render(language: context.language, csrf: csrf, error: Catalog.Serve.statusUnknown,
                                                           typed: typed),
                                         status: .notFound)
            }
            let pinned = try await desk.pinned(id)
            let now = desk.clock.now()
            let promise = Engine(sop: pinned.sop, calendar: desk.calendar).servicePromise(in: pinned.state, now: now)
            let lines = StatusView(state: pinned.state, sop: pinned.sop, now: now, promise: promise, time: desk.time(context.language)).lines()
            return HTMLPage.response(StatusPage.render(language: context.language, csrf: csrf, result: lines, code: code,
                                                       unit: [pinned.sop.identity.unit?.value, pinned.sop.identity.instansi?.value]
                                                           .compactMap { $0 }.joined(separator: ", ")))
        }
    }
}
