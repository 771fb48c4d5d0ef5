import Foundation
import Hummingbird
import Logging
import SOPCore
import SOPEngine
import SOPModel
import SOPPostgres
import SOPStore

/// Builds the `sop serve` application: one function, so tests drive the same router in memory
/// (`router.buildResponder()` with a `DeskContext`) that the socket server runs.
public struct ServerApplication {
    public let router: Router<DeskContext>
    public let configuration: ServerConfiguration
    let desk: Desk

    /// Step answers tried without reading their session first (`SessionGuardedStore`): 0 on SQLite.
    public var answersTriedUnread: Int { desk.sessions.answersTried }

    /// Why the server does not start.
    public struct StartFailure: Error, Sendable {
        public let message: Localized
    }

    /// The whole app over a gateway to the store. Refuses a store whose roster is empty: a web
    /// desk must know who acts.
    /// `feed`: live updates of the worklist (GET /langsung); none without it.
    public static func build(_ configuration: ServerConfiguration, gateway: StoreGateway, folder: SOPFolder,
                             calendar: WorkCalendar = .standard, clock: any Clock = SystemClock(),
                             feed: (any CaseFeed)? = nil) async throws -> ServerApplication {
        if let problem = configuration.problem { throw StartFailure(message: problem) }
        let (roster, guards): (Roster, Bool) = try await gateway.run { store in
            guard store is WebSessionStore, let rosterStore = store as? RosterStore else {
                throw StartFailure(message: Catalog.Serve.noSessionStore)
            }
            do {
                if let postgres = store as? PostgresCaseStore, !(try postgres.isWebGateway()) {
                    throw StartFailure(message: Catalog.ServeSetup.notGateway(postgres.authenticatedUser ?? "?"))
                }
                return (Roster(history: try rosterStore.rosterHistory()), try (store as? SessionGuardedStore)?.checksSessions() ?? false)
            } catch let error as StoreError {
                switch error {
                case .unavailable(let message), .schema(let message): throw StartFailure(message: message)
                default: throw StartFailure(message: Catalog.Serve.storeBusy)
                }
            }
        }
        guard roster.isEnforced else { throw StartFailure(message: Catalog.Serve.emptyRoster) }
        let desk = Desk(gateway: gateway, folder: folder, calendar: calendar, clock: clock, configuration: configuration,
                        guardsSessions: guards && configuration.guardedAnswers)
        let router = Router(context: DeskContext.self)
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: SecurityHeadersMiddleware(secure: configuration.secureCookies))
        router.add(middleware: ErrorMiddleware(language: configuration.language))
        router.add(middleware: RateLimitMiddleware(limits: ["/masuk": configuration.loginAttemptsPerMinute,
                                                            "/status": configuration.statusLookupsPerMinute],
                                                   trustedProxy: configuration.proxyTrust, clock: clock, gateway: gateway,
                                                   language: configuration.language))
        router.add(middleware: SessionMiddleware(desk: desk))
        router.add(middleware: ErrorMiddleware(language: configuration.language, withSession: true))
        router.add(middleware: CSRFMiddleware(maxUpload: configuration.maxUpload, secureCookies: configuration.secureCookies))
        router.get("/healthz") { _, _ in "ok" }
        router.get("/favicon.ico") { _, _ in Favicon.response() }
        router.get("/static/{file}") { _, context -> Response in
            guard let response = Assets.response(context.parameters.get("file") ?? "") else { throw PageError.notFound }
            return response
        }
        LoginRoutes.add(to: router, desk: desk)
        StatusRoutes.add(to: router, desk: desk)
        let staff = router.group().add(middleware: RequireLogin())
        WorklistRoutes.add(to: staff, desk: desk)
        CaseRoutes.add(to: staff, desk: desk)
        CollectiveRoutes.add(to: staff, desk: desk)
        PersonalRevealRoutes.add(to: staff, desk: desk)
        FindCase.add(to: staff, desk: desk)
        MyCasesRoutes.add(to: staff, desk: desk)
        DocumentRoutes.add(to: staff, desk: desk)
        UnitCasesRoutes.add(to: staff, desk: desk)
        AttachmentRoutes.add(to: staff, desk: desk)
        PINRoutes.add(to: staff, desk: desk)
        if let feed { LiveRoutes.add(to: router, desk: desk, feed: feed) }
        return ServerApplication(router: router, configuration: configuration, desk: desk)
    }

    /// The socket server: Hummingbird's application on the configured host and port.
    /// `onRunning` gets the bound port (the configured one, or the one picked for port 0).
    public func application(logger: Logger, onRunning: @escaping @Sendable (Int) -> Void) -> some ApplicationProtocol {
        let port = configuration.port
        // The framework's own lines (English, "[HummingbirdCore] Server started …") only from
        // notice up: at the default level the service log holds ours (`sop serve: melayani di …`
        // on standard output, one line per request, the stop), read in journalctl.
        var framework = logger
        framework.logLevel = max(logger.logLevel, .notice)
        return Application(responder: DeskResponder(router: router.buildResponder(), logger: logger),
                    configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                            serverName: nil),
                    onServerRunning: { channel in onRunning(channel.localAddress?.port ?? port) },
                    logger: framework)
    }
}

extension ServerApplication {
    /// The server's log, on standard error (standard output says where it listens), its times in
    /// the unit's zone (`DeskLogHandler`).
    public static func logger(timeZone: TimeZone) -> Logger {
        Logger(label: "sop-serve", factory: { DeskLogHandler(label: $0, time: TimeText(language: .id, timeZone: timeZone)) })
    }
}
