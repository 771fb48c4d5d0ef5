import Hummingbird
import Logging
import NIOCore
import SOPCore
import SOPEngine
import SOPStore

/// Where a request came from, for `DeskContext`: built from the socket by the application, or
/// directly by tests that drive the router in memory.
public struct DeskContextSource: RequestContextSource {
    public let logger: Logger
    /// The peer's address ("127.0.0.1"), nil when unknown.
    public let remoteAddress: String?

    public init(logger: Logger, remoteAddress: String?) {
        self.logger = logger
        self.remoteAddress = remoteAddress
    }
}

/// What the middleware learns about a request and the routes use: who is logged in, the page
/// language, the parsed form.
public struct DeskContext: RequestContext {
    public typealias Source = DeskContextSource
    public var coreContext: CoreRequestContextStorage
    public var remoteAddress: String?
    /// The logged-in session (nil when not logged in).
    public var session: WebSession?
    public var operatorName: String? { session?.operatorName }
    /// Every staff role the operator holds, for any SOP (read from the roster on each request).
    public var roles: [String] = []
    /// The roster read for this request (nil when not logged in): what pages offer follows it.
    public var roster: Roster?
    /// Whether the operator holds the first step's role of an SOP of the folder (the "start a
    /// case" link is shown only then; the start itself is checked again).
    public var mayStart = false
    /// The roles held, by the names the SOPs print for them (the page header).
    public var roleNames: [String] = []
    public var language: Language = .id
    /// A POST's fields and files, parsed (and its CSRF token checked) by `CSRFMiddleware`.
    public var form = FormData()
    /// A step form whose body passed the upload limit: the file field that was cut (the form
    /// holds the parts before it), for the page to say so next to that field (413).
    public var uploadCut: String?
    /// The case a `/kasus/ID…` request names, as the desk keeps it, with the head the store gave
    /// in this request's first read (`DeskLook`); nil when not kept (the route reads it).
    var caseAtHead: (pinned: PinnedCase, head: LogHead)?
    /// A step's answer whose session, roster and case are as this instance last read them, not
    /// read for this request (`SessionMiddleware.known`): the session's id hash, for the write to
    /// check in its own transaction. Nil once read.
    var unreadSession: String?
    /// Whether the store would refuse a write now (a newer sop's migration, or one pending,
    /// found by this request's first read): every page says so and disables its forms that
    /// write (`WriteHold`), before a clerk fills one in; the write itself still answers 503.
    var writesRefused = false
    /// The session the cookie named, when it has ended (`EndedSession`): nil while `session` is set.
    var ended: EndedSession?

    /// Where a request without a live session logs in, coming back to `path`: with the reason
    /// when this request found its session ended (`EndedSession.login`).
    func loginPath(returningTo path: String) -> String {
        ended?.login(returningTo: path) ?? ReturnPath.login(returningTo: path)
    }

    public init(source: DeskContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.remoteAddress
    }

    /// Bodies are collected by `CSRFMiddleware` with the configured limit.
    public var maxUploadSize: Int { Int.max }
}

/// The context Hummingbird's application makes from a socket; turned into a `DeskContext`.
public struct ChannelContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    let remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
    }
}

/// Hands each request of the socket server to the desk's router.
public struct DeskResponder: HTTPResponder {
    public typealias Context = ChannelContext
    let router: RouterResponder<DeskContext>
    /// The desk's log (its request lines), at its own level, not the framework's (`application`).
    let logger: Logger

    public func respond(to request: Request, context: ChannelContext) async throws -> Response {
        try await router.respond(to: request, context: DeskContext(source: DeskContextSource(
            logger: logger, remoteAddress: context.remoteAddress)))
    }
}
