import Hummingbird
import Logging

/// Turns whatever a handler throws into an `application/problem+json` answer in the request's
/// language — or, for a resident page (`ResidentRoutes.isPage`), into an error page in the
/// page's language. An unexpected error is logged (without the request's headers) and answered 500.
struct ProblemMiddleware: RouterMiddleware {
    typealias Context = ServiceRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let problem = ProblemDetails.from(error)
            if problem.status == .internalServerError {
                context.logger.error("internal error", metadata: ["error": "\(String(describing: error))"])
            }
            if ResidentRoutes.isPage(request.uri.path) { return ResidentRoutes.errorPage(problem, for: request) }
            return problem.response(language: RequestLanguage.of(request), instance: request.uri.path)
        }
    }
}
