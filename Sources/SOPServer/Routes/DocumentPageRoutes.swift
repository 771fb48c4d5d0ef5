import Foundation
import Hummingbird
import SOPCore
import SOPEngine
import SOPReport
import SOPStore

/// /sop/{kode}/dokumen (the SOP document of `sop render`) and /laporan (the report of
/// `sop report`, by period), for logged-in staff: the same writers as the terminal, each page
/// under its own strict CSP (`StrictDocument`).
enum DocumentPageRoutes {
    typealias Words = Catalog.DocumentPages

    static func add(to router: some RouterMethods<DeskContext>, desk: Desk) {
        router.get("/sop/{kode}/dokumen") { _, context -> Response in
            let kode = context.parameters.get("kode") ?? ""
            switch DocumentPages.find(kode, among: desk.startable()) {
            case .unknown: throw PageError(.notFound, Words.unknownSOP(kode))
            case .errors: throw PageError(.conflict, Catalog.Serve.sopHasErrors(kode))
            case .sop(let sop): return response(DocumentPages.document(sop, language: context.language, header: Layout.header(context)))
            }
        }
        router.get("/laporan") { request, context -> Response in
            let language = context.language, calendar = desk.calendar, now = desk.clock.now()
            let period = DocumentPages.period(from: request.uri.queryParameters.get("dari"),
                                              to: request.uri.queryParameters.get("sampai"), calendar: calendar, language: language)
            guard period.errors.isEmpty else {
                return response(DocumentPages.report(nil, period: period, calendar: calendar, language: language,
                                                     header: Layout.header(context)),
                                status: .unprocessableContent)
            }
            let query = period.query
            let report = try await desk.gateway.run { store in
                do {
                    var report = try query.report(store: store, calendar: calendar, now: now, language: language)
                    // The history the figures come from, as `sop report` says it: the cases counted
                    // and the digest of every chain head (the check itself is `sop report --periksa`).
                    if let verifiable = store as? any VerifiableStore, !report.sops.isEmpty {
                        report.basis = ReportBasis(cases: report.countedCases, headDigest: try ChainVerifier.storedHeadDigest(verifiable),
                                                   checked: false)
                    }
                    return report
                } catch let error as StoreError {
                    throw PageError.store(error)
                }
            }
            return response(DocumentPages.report(report, period: period, calendar: calendar, language: language,
                                                 header: Layout.header(context)))
        }
    }

    static func response(_ page: StrictDocument, status: HTTPResponse.Status = .ok) -> Response {
        var response = HTMLPage.response(page.html, status: status)
        response.headers[.contentSecurityPolicy] = page.contentSecurityPolicy
        return response
    }
}
