import SOPCore
import SOPEngine
import SOPModel

/// The web timeline's lines of who started the case and who cancelled it, each with the role
/// they acted in and when (the terminal's `sop case` names the starter on its status line).
enum CaseWho {
    static func started(_ pinned: PinnedCase, time: TimeText) -> String {
        guard let first = pinned.events.first, let at = pinned.state.startedAt else { return "" }
        let who = Catalog.StalePages.who(pinned.state.startedBy ?? first.operatorName, role: roleName(first.role, pinned.sop))
        let line = Catalog.WebTimeline.startedBy(time.dateTime(at), who: who.text(time.language)).text(time.language)
        return "<p class=\"kecil\" id=\"dimulai\">\(h(line))</p>"
    }

    static func cancelled(_ pinned: PinnedCase, time: TimeText) -> String {
        guard let event = pinned.events.last(where: { if case .caseCancelled = $0.kind { true } else { false } }),
            case .caseCancelled(let reason) = event.kind.freeTextMasked(sop: pinned.sop)
        else { return "" }
        let who = Catalog.StalePages.who(event.operatorName, role: roleName(event.role, pinned.sop)).text(time.language)
        let line = Catalog.StalePages.cancelledBy(who, at: time.dateTime(event.at), reason: reason.reason).text(time.language)
        return "<p id=\"dibatalkan\"><strong>\(h(line))</strong></p>"
    }

    private static func roleName(_ role: String?, _ sop: SOP) -> String? { role.map { sop.actor($0)?.lineName ?? $0 } }
}
