import Hummingbird
import Logging
import SOPCore

/// Every failure becomes a page in the visitor's language with the right status: a refusal
/// says why (`PageError`), anything else says only that the server failed. Internal messages
/// (SQL, paths, Swift errors) never reach the page; the log gets the error's type only.
/// Added twice: outermost (anything, before the session is known) and after `SessionMiddleware`
/// (`withSession`), so that a logged-in operator's error page has the header of every page.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = DeskContext
    let language: Language
    /// The request's context carries the session: the page is drawn with its header.
    var withSession = false

    func handle(_ request: Request, context: DeskContext, next: (Request, DeskContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as PageError {
            if let logged = error.logged { context.logger.error("store refused", metadata: ["reason": .string(logged)]) }
            return page(error.status, error.message, request: request, context: context, title: error.title, link: error.link)
        } catch let error as HTTPError {
            let message: Localized = switch error.status {
            case .notFound: Catalog.Serve.notFound
            case .contentTooLarge: Catalog.Serve.tooLarge
            case .forbidden: Catalog.Serve.forbidden
            case .tooManyRequests: Catalog.Serve.tooMany
            case .badRequest, .methodNotAllowed: Catalog.Serve.malformed
            default: Catalog.Serve.serverError
            }
            var response = page(error.status, message, request: request, context: context)
            for field in error.headers { response.headers.append(field) }
            return response
        } catch {
            context.logger.error("request failed", metadata: ["error": .string(String(describing: type(of: error)))])
            return page(.internalServerError, Catalog.Serve.serverError, request: request, context: context)
        }
    }

    private func page(_ status: HTTPResponse.Status, _ message: Localized, request: Request, context: DeskContext,
                      title: Localized? = nil, link: (href: String, text: Localized)? = nil) -> Response {
        let language = WebIdentity.language(request, default: self.language)
        return HTMLPage.response(ErrorPage.render(status: status, message: message, language: withSession ? context.language : language,
                                                  loggedIn: request.cookies[WebIdentity.sessionCookie] != nil && context.ended == nil,
                                                  context: withSession ? context : nil,
                                                  login: ReturnPath.login(returningTo: Self.page(of: request)), title: title, link: link),
                                 status: status)
    }

    /// The page a request's form was sent from, to return to after logging in again: a step's
    /// answer and a start come from their own address, anything else under a case from the case.
    static func page(of request: Request) -> String {
        let path = request.uri.path
        guard request.method == .post else { return path }
        if SessionMiddleware.isStepPath(path) || (path.hasPrefix("/sop/") && path.hasSuffix("/mulai")) { return path }
        if let id = SessionMiddleware.caseID(in: path) { return "/kasus/\(segment(id.rawValue))" }
        return "/"
    }
}
