import Foundation
import Hummingbird
import SOPCore

/// Reaching a case without its worklist row: after a hand-over the message links the case, and
/// the worklist has a box to open a case by its number (`/cari-kasus?nomor=…`, a redirect to its
/// timeline, which checks who may read it). The roster administrator, who acts in no step, is
/// told what the desk is for them.
enum FindCase {
    typealias Words = Catalog.Web6

    static func add(to router: some RouterMethods<DeskContext>) {
        router.get("/cari-kasus") { request, context -> Response in
            let raw = (request.uri.queryParameters.get("nomor") ?? "").trimmingCharacters(in: .whitespaces)
            // Case ids are letters, digits and dashes (01-2026-000001): anything else is no case.
            guard !raw.isEmpty, raw.count <= 64, raw.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                throw PageError(.notFound, Words.findCaseBad)
            }
            return HTMLPage.redirect("/kasus/\(segment(raw))")
        }
    }

    /// Above the worklist: the link to the case just handed over, the administrator's note, and
    /// the box to open a case by number.
    static func extras(context: DeskContext, handedOff: String?) -> String {
        let language = context.language
        var parts: [String] = []
        if let id = handedOff, id.count <= 64 {
            parts.append("<p id=\"serah-kasus\"><a href=\"/kasus/\(h(segment(id)))\">\(h(Words.seeCase(id).text(language)))</a></p>")
        }
        if let name = context.operatorName, context.roles.isEmpty, context.roster?.isAdmin(name) == true {
            parts.append("<p class=\"info\" id=\"hanya-baca\">\(h(Words.adminReadsOnly.text(language))) <a href=\"/laporan\">\(h(Words.navReport.text(language)))</a></p>")
        }
        parts.append("""
            <form id="cari-kasus" method="get" action="/cari-kasus">
              <label for="nomor-kasus">\(h(Words.findCaseLabel.text(language)))</label>
              <input type="text" id="nomor-kasus" name="nomor" autocomplete="off" autocapitalize="characters" maxlength="64" required>
              <button type="submit" class="kedua">\(h(Words.findCaseButton.text(language)))</button>
            </form>
            """)
        return parts.joined(separator: "\n")
    }
}
