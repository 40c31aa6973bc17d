import Hummingbird
import Registry

/// 429 with `Retry-After` once a client (by address) has used its requests for now.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = ServiceRequestContext
    let limiter: RateLimiter

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let client = context.remoteAddress?.ipAddress ?? "local"
        if let wait = limiter.take(client) {
            var headers = HTTPFields()
            headers[.retryAfter] = String(wait)
            throw ProblemDetails(
                .tooManyRequests, kind: "rate-limited", title: LocalizedText(zh: "请求过于频繁", en: "Too many requests"),
                detail: LocalizedText(
                    zh: "每个客户端每分钟最多 \(limiter.perMinute) 次请求，请 \(wait) 秒后再试",
                    en: "at most \(limiter.perMinute) requests a minute per client; try again in \(wait) s"),
                headers: headers)
        }
        return try await next(request, context)
    }
}
