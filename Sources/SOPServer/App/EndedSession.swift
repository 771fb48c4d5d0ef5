import Foundation
import Hummingbird
import SOPCore
import SOPStore

/// A session this request's cookie named that has ended: its operator holds no role any more
/// (the desk ends it in the store at that request, `SessionMiddleware`), or the store no longer
/// has it (a logout on another instance, `sop roster keluar`, an expiry). The browser is sent to
/// the login page, whose address says why with a fixed word (`/masuk?alasan=peran`: nothing
/// personal), and its cookie is deleted.
enum EndedSession: Sendable, CaseIterable {
    /// The roster gives the operator nothing the desk lets in for (`Roster.mayUseDesk`). A form
    /// sent on an ended session is answered with why (401, `CSRFMiddleware`), not as forged.
    case noRole
    case gone
    /// Unused past the idle timeout (`ServerConfiguration.idleTimeout`): deleted from the store
    /// at this request.
    case idle

    static let parameter = "alasan"

    private var word: String {
        switch self {
        case .noRole: "peran"
        case .gone: "berakhir"
        case .idle: "diam"
        }
    }

    var message: Localized {
        switch self {
        case .noRole: Catalog.WebSessions.sessionEndedNoRole
        case .gone: Catalog.WebSessions.sessionGone
        case .idle: Catalog.WebSessions.sessionIdle
        }
    }

    /// Where a GET of `path` goes: the login, saying why; back to `path` after it only when the
    /// operator may log in again (a session gone, not a leaver's).
    func login(returningTo path: String) -> String {
        switch self {
        case .noRole: return "/masuk?\(Self.parameter)=\(word)"
        case .gone, .idle:
            let login = ReturnPath.login(returningTo: path)
            return login + (login.contains("?") ? "&" : "?") + "\(Self.parameter)=\(word)"
        }
    }

    /// What the login page says above its form: the session this request ended, else the reason
    /// its address names (a word this desk wrote; anything else says nothing).
    static func reason(_ request: Request, context: DeskContext) -> Localized? {
        if let ended = context.ended { return ended.message }
        let word = request.uri.queryParameters.get(parameter)
        return allCases.first { $0.word == word }?.message
    }
}
