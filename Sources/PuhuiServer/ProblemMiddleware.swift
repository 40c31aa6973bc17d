import Hummingbird
import Logging

/// Turns whatever a handler throws into an `application/problem+json` answer in the request's
/// language. An unexpected error is logged (without the request's headers) and answered 500.
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
            return problem.response(language: RequestLanguage.of(request), instance: request.uri.path)
        }
    }
}
