import SOPCore
import SOPEngine

/// A paused case's steps still wait, but no one can work on them until it is resumed: the
/// worklist marks them and offers the resume, and the step page says so instead of a form.
enum PausedCase {
    typealias Words = Catalog.Serve

    /// The worklist cell of a paused case's step: the mark, and the resume button.
    static func mark(_ id: CaseID, context: DeskContext) -> String {
        let language = context.language, base = "/kasus/\(segment(id.rawValue))"
        return """
            <span class="tanda-dijeda">\(h(Catalog.Listing.status(CaseState.Status.paused.rawValue).text(language)))</span>
            <form class="lanjutkan" method="post" action="\(h(base))/lanjut">\(Layout.csrf(context))<button type="submit">\(h(Catalog.PauseAndCancel.resumeToWork.text(language)))</button></form>
            """
    }

    /// The step page of a paused case: what it is, that it is paused, and the case's actions
    /// (resume among them).
    static func stepPage(_ pinned: PinnedCase, context: DeskContext) -> String {
        let language = context.language, sop = pinned.sop, id = pinned.state.id.rawValue
        let stepID = context.parameters.get("step") ?? ""
        let label = sop.step(stepID).map { $0.number ?? $0.id.value } ?? stepID
        let title = pinned.state.title(sop: sop)
        return Layout.page(Words.stepTitle(label, caseID: id).text(language), context: context, body: """
            <p class="kecil">SOP \(h(sop.nomor)) · \(h(sop.judul))\(title.isEmpty ? "" : " · " + h(title))</p>
            <p class="info" id="dijeda" role="status">\(h(Catalog.PauseAndCancel.casePaused(id).text(language)))</p>
            \(CaseActions.render(pinned, context: context))
            """)
    }
}

extension PausedCase {
    /// The query the resume's redirect carries (`?jeda=selesai`): it names no one; the words come
    /// from the case itself.
    static let resumedQuery = "jeda=selesai"

    /// After the resume's redirect: the line the terminal says when a pause ends ("Jeda selesai:
    /// kasus dilanjutkan (dijeda oleh rina, …)"), when the case's last pause was ended by this
    /// operator and the case is not paused again; else nothing.
    static func endedNotice(_ pinned: PinnedCase, query: String?, context: DeskContext) -> String {
        guard query == "selesai", pinned.state.status != .paused, let last = pinned.state.pauses.last, last.end != nil,
              let name = context.operatorName, last.resumedBy == name else { return "" }
        return Layout.notice(pinned.engine.pauseEnded(last).text(context.language))
    }
}
