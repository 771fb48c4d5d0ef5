import SOPCore
import SOPEngine

/// The case page's list of attachments: a download link each (by the recording event's number,
/// nothing personal in the URL), the step, the size and the whole SHA-256.
enum AttachmentList {
    static func render(_ pinned: PinnedCase, context: DeskContext) -> String {
        let items = RecordedAttachment.all(in: pinned.events)
        guard !items.isEmpty else { return "" }
        let language = context.language
        let id = pinned.state.id.rawValue
        let rows = items.map { item -> String in
            let step = pinned.sop.step(item.step)?.number ?? item.step
            // The hash shortened (64 hex digits do not wrap: a phone's page scrolled sideways, tester 20's
            // finding 3); the whole of it under its own summary, broken anywhere.
            let sha256 = item.attachment.sha256
            let facts = Catalog.Attachments.attachmentFacts(step: step, size: item.attachment.size, sha256: sha256.prefix(12) + "…")
            return "<li><a href=\"/kasus/\(h(id))/lampiran/\(item.sequence)\" download>\(h(item.attachment.name))</a>"
                + "<br><span class=\"kecil\">\(h(facts.text(language)))</span>"
                + "<details class=\"sidik kecil\"><summary>\(h(Catalog.Attachments.fullSHA256.text(language)))</summary><code>\(h(sha256))</code></details></li>"
        }.joined()
        return "<section id=\"lampiran\"><h2>\(h(Catalog.Attachments.attachmentsHeading.text(language)))</h2><ul>\(rows)</ul></section>"
    }
}
