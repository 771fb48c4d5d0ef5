import Foundation
import Hummingbird
import Logging

/// One log line per request: method, path without its query, status and time taken. No
/// query strings, bodies, cookies, names or addresses: nothing personal and no tracking code
/// (which only ever travels in a POST body) reaches the log.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = DeskContext

    func handle(_ request: Request, context: DeskContext, next: (Request, DeskContext) async throws -> Response) async throws -> Response {
        guard let timing = ServeTiming.shared else { return try await log(request, context: context, next: next) }
        return try await timing.request(ServeTiming.route(method: request.method.rawValue, path: request.uri.path)) {
            try await log(request, context: context, next: next)
        }
    }

    private func log(_ request: Request, context: DeskContext, next: (Request, DeskContext) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        // Tenths of a millisecond, printed as "12.3" without Foundation's String(format:) per request.
        let tenths = elapsed.components.seconds * 10_000 + (elapsed.components.attoseconds + 50_000_000_000_000) / 100_000_000_000_000
        context.logger.info("\(request.method.rawValue) \(request.uri.path) \(response.status.code) \(tenths / 10).\(tenths % 10) ms")
        return response
    }
}
