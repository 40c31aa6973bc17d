import Crypto
import Foundation
import Hummingbird
import Registry

/// ETags and caching for every GET. The tag is the registry's audit head (every change moves it)
/// with a digest of what else decides the answer: the request's path and query, the day (the
/// default as-of date), the language asked for and the officer, if any. `If-None-Match` with the
/// current tag answers 304 without running the handler. Public answers may be cached briefly;
/// an officer's are private.
struct ConditionalGetMiddleware: RouterMiddleware {
    typealias Context = ServiceRequestContext
    let access: RegistryAccess

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard request.method == .get || request.method == .head else { return try await next(request, context) }
        let (head, today) = try await access.run { registry in
            (try await registry.audit.auditHeadSeq(), registry.clock.today())
        }
        let key = [
            request.uri.description, today.description, RequestLanguage.of(request).rawValue,
            context.identity?.tokenID ?? "-",
        ].joined(separator: "\n")
        let digest = SHA256.hash(data: Data(key.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
        let tag = "\"\(head)-\(digest)\""
        let cacheControl = context.identity == nil ? "public, max-age=30" : "private, no-cache"
        if let given = request.headers[.ifNoneMatch], Self.matches(given, tag) {
            var headers = HTTPFields()
            headers[.eTag] = tag
            headers[.cacheControl] = cacheControl
            headers[.vary] = "Accept-Language, Authorization"
            return Response(status: .notModified, headers: headers)
        }
        var response = try await next(request, context)
        if response.status == .ok {
            response.headers[.eTag] = tag
            if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = cacheControl }
            response.headers[.vary] = "Accept-Language, Authorization"
        }
        return response
    }

    /// `If-None-Match: "a", W/"b"` or `*`.
    static func matches(_ header: String, _ tag: String) -> Bool {
        header.split(separator: ",").contains { part in
            let candidate = part.trimmingCharacters(in: .whitespaces)
            return candidate == "*" || candidate == tag || candidate == "W/" + tag
        }
    }
}
