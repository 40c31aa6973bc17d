import Foundation
import Hummingbird
import Logging
import NIOCore
import Registry

/// Builds the service over an open registry: the router with its middleware, and the
/// application that listens on the configured address. `puhui serve` runs it until SIGTERM or
/// SIGINT (`runService()`: stop accepting, let the requests in flight finish), then closes the
/// registry.
package func buildApplication(
    registry: some ServiceRegistry, configuration: ServerConfiguration, logger: Logger? = nil,
    accessLog: (@Sendable (String) -> Void)? = nil
) -> some ApplicationProtocol {
    var logger = logger ?? Logger(label: "puhui.serve")
    if logger.logLevel > .info { logger.logLevel = .info }
    let router = buildRouter(registry: registry, configuration: configuration, accessLog: accessLog)
    let app = Application(
        router: router,
        server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.idleTimeoutSeconds)))),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "puhui"),
        logger: logger)
    return app
}

/// The router: access log (outermost, so it sees every answer), CORS (with the exposed headers on
/// every answer), problem+json, the rate
/// limit, the bearer token, conditional GET; then the routes: the JSON API and the residents' pages.
package func buildRouter(
    registry: some ServiceRegistry, configuration: ServerConfiguration, accessLog: (@Sendable (String) -> Void)? = nil
) -> Router<ServiceRequestContext> {
    let access = RegistryAccess(registry)
    let router = Router(context: ServiceRequestContext.self)
    router.add(middleware: AccessLogMiddleware(sink: accessLog ?? AccessLogMiddleware.standardError))
    router.add(
        middleware: CORSMiddleware(
            allowOrigin: .all, allowHeaders: [.accept, .acceptLanguage, .authorization, .contentType, .ifNoneMatch],
            allowMethods: [.get, .head, .post, .options], exposedHeaders: ExposeHeadersMiddleware.exposed,
            maxAge: .seconds(3600)))
    router.add(middleware: ExposeHeadersMiddleware())
    router.add(middleware: ProblemMiddleware())
    if configuration.rateLimitPerMinute > 0 {
        router.add(middleware: RateLimitMiddleware(limiter: RateLimiter(perMinute: configuration.rateLimitPerMinute)))
    }
    router.add(middleware: OfficerAuthenticator(access: access))
    router.add(middleware: ConditionalGetMiddleware(access: access))
    PublicRoutes(access: access, configuration: configuration).add(to: router)
    ChangeFeedRoutes(access: access).add(to: router)
    OfficerRoutes(access: access, configuration: configuration).add(to: router)
    HSDSRoutes(access: access, configuration: configuration).add(to: router)
    OpenAPIRoutes(configuration: configuration).add(to: router)
    ResidentRoutes(access: access, configuration: configuration).add(to: router)
    return router
}
