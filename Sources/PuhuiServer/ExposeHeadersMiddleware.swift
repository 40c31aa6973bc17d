import Hummingbird

/// `Access-Control-Expose-Headers` on every cross-origin answer, not only on preflights (where
/// Hummingbird's `CORSMiddleware` puts it): a browser app reads `ETag`, `Link` and `Retry-After`
/// only from answers that expose them.
struct ExposeHeadersMiddleware: RouterMiddleware {
    typealias Context = ServiceRequestContext
    static let exposed = ["ETag", "Link", "Retry-After", "Content-Language"]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var response = try await next(request, context)
        if request.headers[.origin] != nil {
            response.headers[.accessControlExposeHeaders] = Self.exposed.joined(separator: ", ")
        }
        return response
    }
}
