import Foundation
import Hummingbird
import NIOCore
import SOPCore
import SOPEngine
import SOPModel
import SOPTerminal

/// /kasus/{id}/tanda-terima: the receipt of `sop receipt` (the same writer), A4/A5 HTML to
/// print, or the 58/80 mm receipt printer's text on a page as wide as the roll (its plain text
/// with `format=teks`); each page links the other sizes and the case.
enum DocumentRoutes {
    static func add(to router: some RouterMethods<DeskContext>, desk: Desk) {
        DocumentPageRoutes.add(to: router, desk: desk)  // /sop/{kode}/dokumen, /laporan (branch browser)
        router.get("/kasus/{id}/tanda-terima") { request, context -> Response in
            let pinned = try await CaseRoutes.loadForReading(context, desk: desk)
            let size = request.uri.queryParameters.get("ukuran") ?? "a4"
            guard let paper = ReceiptPaper(rawValue: size) else { throw PageError(.badRequest, Catalog.Serve.malformed) }
            let receipt: Receipt
            var unnamed: [String] = []
            switch Receipt.make(state: pinned.state, sop: pinned.sop, tracking: pinned.tracking, calendar: desk.calendar,
                                now: desk.clock.now()) {
            case .success(let made):
                let profiles = try await desk.gateway.run { store in try (store as? OperatorProfileStore)?.operatorProfiles() ?? [] }
                receipt = made.naming(profiles)
                for login in [made.receivedBy, made.issuedBy] where !login.isEmpty && login != "-" && !unnamed.contains(login)
                    && !profiles.contains(where: { $0.operatorName == login && !$0.fullName.isEmpty }) {
                    unnamed.append(login)
                }
            case .failure: throw PageError(.conflict, Catalog.Serve.receiptNotYet)
            }
            let time = desk.time(context.language)
            // The public status page (`--public-url`, SOP_PUBLIC_URL), never the address this
            // desk's browser used (loopback, the office network); without it: ask at the desk.
            let statusURL = desk.configuration.publicStatusURL
            // `format=teks`: the thermal receipt's plain text, for a printer fed outside the browser.
            if let columns = paper.columns, request.uri.queryParameters.get("format") == "teks" {
                return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: receipt.text(columns: columns, time: time, statusURL: statusURL))))
            }
            let html = receipt.html(paper: paper, time: time, statusURL: statusURL)
            var response = HTMLPage.response(ReceiptControls.add(to: html, caseID: pinned.state.id.rawValue, paper: paper, language: context.language,
                                                                          unnamed: unnamed))
            response.headers[.contentSecurityPolicy] = policy(allowingStyleOf: html)
            return response
        }
    }

    /// The page's own `<style>` block is allowed by its SHA-256 and nothing else inline is:
    /// the receipt stays one self-contained file, as `sop receipt` writes it.
    static func policy(allowingStyleOf html: String) -> String {
        var policy = SecurityHeadersMiddleware.policy
        if let start = html.range(of: "<style>"), let end = html.range(of: "</style>", range: start.upperBound..<html.endIndex),
            let digest = SHA256.bytes(hex: SHA256.hex(Array(html[start.upperBound..<end.lowerBound].utf8)))
        {
            policy = policy.replacingOccurrences(of: "style-src 'self'", with: "style-src 'self' 'sha256-\(Data(digest).base64EncodedString())'")
        }
        return policy
    }
}
