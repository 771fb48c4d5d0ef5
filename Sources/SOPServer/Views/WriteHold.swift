import SOPCore

/// A desk page while the store refuses writes (`DeskContext.writesRefused`: a newer sop's
/// migration, or one pending): a banner at the top, and each form that would write held in a
/// disabled fieldset, its fields and its button greyed, so that nobody fills in what cannot be
/// saved. The banner names no path or version (the server's log has them with each refused write).
enum WriteHold {
    /// Forms posted to read, never to write: they stay usable (finding a case by its number, a
    /// case's public status).
    static let readingForms: Set<String> = ["cari-kasus", "cek-status"]

    static func banner(_ language: Language) -> String {
        "<p class=\"galat\" id=\"tidak-dapat-menyimpan\" role=\"alert\">\(h(Catalog.StoreSchema.webBanner.text(language)))</p>\n"
    }

    /// `body` with the inside of each `<form method="post">` that writes wrapped in
    /// `<fieldset class="ditahan" disabled>` (forms never nest: the next `</form>` closes it).
    static func disableWritingForms(_ body: String) -> String {
        var out = "", rest = Substring(body)
        while let open = rest.range(of: "<form ") {
            guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">"),
                let close = rest[tagEnd...].range(of: "</form>")
            else { break }
            let tag = rest[open.lowerBound...tagEnd]
            let inside = rest[rest.index(after: tagEnd)..<close.lowerBound]
            out += rest[..<open.lowerBound] + tag
            if tag.contains("method=\"post\""), !readingForms.contains(where: { tag.contains("id=\"\($0)\"") }) {
                out += "<fieldset class=\"ditahan\" disabled>" + inside + "</fieldset>"
            } else {
                out += inside
            }
            out += "</form>"
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
