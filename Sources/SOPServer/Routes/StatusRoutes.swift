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
            // A store that cannot be read (PostgreSQL down, a connection lost and not back) is a
            // banner on this public page, in the complainant's words, with the code kept in the
            // field to try again; the store's own words go to the log only.
            func storeDown(_ error: StoreError) -> Response {
                context.logger.error("status lookup: store unavailable", metadata: ["reason": .string(error.logText)])
                return HTMLPage.response(StatusPage.render(language: context.language, csrf: csrf, typed: typed, storeDown: true),
                                         status: .serviceUnavailable)
            }
            let id: CaseID?
            do {
                id = try await desk.gateway.run { store in
                    do { return try store.caseID(tracking: code) } catch let error as StoreError { throw StoreFailure(error: error) }
                }
            } catch let failure as StoreFailure {
                guard failure.error.isUnreachable else { throw PageError.store(failure.error) }
                return storeDown(failure.error)
            }
            guard let id else {
                return HTMLPage.response(StatusPage.render(language: context.language, csrf: csrf, error: Catalog.Serve.statusUnknown,
                                                           typed: typed),
                                         status: .notFound)
            }
            let pinned: PinnedCase
            do {
                pinned = try await desk.pinned(id)
            } catch let error as PageError where error.status == .serviceUnavailable {
                return HTMLPage.response(StatusPage.render(language: context.language, csrf: csrf, typed: typed, storeDown: true),
                                         status: .serviceUnavailable)
            }
            let now = desk.clock.now()
            let promise = Engine(sop: pinned.sop, calendar: desk.calendar).servicePromise(in: pinned.state, now: now)
            let lines = StatusView(state: pinned.state, sop: pinned.sop, now: now, promise: promise, time: desk.time(context.language)).lines()
            return HTMLPage.response(StatusPage.render(language: context.language, csrf: csrf, result: lines, code: code,
                                                       unit: [pinned.sop.identity.unit?.value, pinned.sop.identity.instansi?.value]
                                                           .compactMap { $0 }.joined(separator: ", ")))
        }
    }
}

/// A store's refusal carried out of the gateway as it was, for `/status` to tell a store it
/// cannot reach from one that refused.
private struct StoreFailure: Error {
    let error: StoreError
}

extension StoreError {
    /// The store could not be reached or read at all (not a refusal of this request).
    var isUnreachable: Bool {
        if case .unavailable = self { return true }
        return false
    }

    /// For the log: the English text.
    var logText: String {
        switch self {
        case .unavailable(let message), .schema(let message): message.en
        default: String(describing: self)
        }
    }
}
