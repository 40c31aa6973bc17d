import ArgumentParser
import Crypto
import Foundation
import Hummingbird
import Logging
import PuhuiServer
import Registry

/// `puhui serve`: the registry as an HTTP service (Hummingbird 2).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the registry over HTTP: public reads, HSDS 3.0, the change feed, officers' writes (HTTP 服务).",
        discussion: """
            Public reads are anonymous (CORS open, rate-limited per client address); officers' \
            writes carry Authorization: Bearer TOKEN (puhui officer token issue). Answers are the \
            CLI's --format json; errors are application/problem+json in the language of \
            Accept-Language. The OpenAPI document is at /openapi.json. One JSON line per request \
            on stderr (no tokens). SIGTERM or SIGINT: stop accepting, finish the requests in \
            flight, close the registry, exit 0. Behind a reverse proxy, give --public-url.

            Residents' pages (HTML, Chinese by default, English with ?lang=en): / (search), \
            /search, /outlets/ID, /badge/NUMBER. A printed badge's QR code (puhui badge print \
            --format html|svg|png) opens /badge/NUMBER?t=TOKEN: with --badge-public-key (puhui \
            badge key public) the page verifies the token's signature; the key must be the one \
            the registry recorded.

            Examples:
              puhui serve --db nantong.sqlite
              puhui serve --host 0.0.0.0 --public-url https://puhui.example.gov.cn
              puhui serve --db nantong.sqlite --badge-public-key badge.pub
              curl 'http://127.0.0.1:8080/v1/outlets?near=32.01,120.86&kind=childcare'
            """)

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("Address to listen on.", valueName: "host"))
    var host: String = "127.0.0.1"

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Port to listen on (0: any free port, printed on stderr).", valueName: "port"))
    var port: Int = 8080

    @Option(
        name: .customLong("public-url"),
        help: ArgumentHelp("The address clients use (for Link headers and HSDS).", valueName: "url"))
    var publicURL: String?

    @Option(
        name: .customLong("rate-limit"), parsing: .unconditional,
        help: ArgumentHelp("Requests a minute per client address (0: no limit).", valueName: "n"))
    var rateLimit: Int = 600

    @Option(
        name: .customLong("max-body"), parsing: .unconditional,
        help: ArgumentHelp("Largest request body in MiB (CSV imports).", valueName: "MiB"))
    var maxBody: Int = 64

    @Option(
        name: .customLong("idle-timeout"), parsing: .unconditional,
        help: ArgumentHelp("Seconds a connection may idle, waiting for headers included.", valueName: "s"))
    var idleTimeout: Int = 30

    @Option(
        name: .customLong("badge-public-key"),
        help: ArgumentHelp("The badge public key file, to verify printed QR codes' tokens.", valueName: "file"))
    var badgePublicKey: String?

    func validate() throws {
        if !(0...65_535).contains(port) {
            throw CLIError.usage("--port \(port)：请给 0 到 65535", "--port \(port): give 0 to 65535")
        }
        if rateLimit < 0 {
            throw CLIError.usage("--rate-limit \(rateLimit)：不能为负数", "--rate-limit \(rateLimit): must not be negative")
        }
        if !(1...1024).contains(maxBody) {
            throw CLIError.usage("--max-body \(maxBody)：请给 1 到 1024 MiB", "--max-body \(maxBody): give 1 to 1024 MiB")
        }
        if !(1...3600).contains(idleTimeout) {
            throw CLIError.usage(
                "--idle-timeout \(idleTimeout)：请给 1 到 3600 秒", "--idle-timeout \(idleTimeout): give 1 to 3600 seconds")
        }
        if let publicURL, !(publicURL.hasPrefix("http://") || publicURL.hasPrefix("https://")) {
            throw CLIError.usage(
                "--public-url \(publicURL)：请给 http:// 或 https:// 开头的网址",
                "--public-url \(publicURL): give an http:// or https:// URL")
        }
    }

    func run() async throws {
        let lang = common.language
        // The service runs on the SQLite store (the `ServiceRegistry` it needs: the boundary, the
        // clock, the API channel on writes); the session opens the registry as for any command.
        // It takes writes (officers' API), so it opens the registry for writing, with the signing
        // key when the registry records one; the default location is created with the sample first.
        let opened: any RegistryStore
        do {
            let session = RegistrySession(common)
            if !common.location.exists { _ = try session.openForReading() }
            opened = try session.openForWriting()
        } catch {
            try await CommandRunner.run(lang) { throw error }
            return
        }
        guard let registry = opened as? RegistryDatabase else {
            throw CLIError.usage("puhui serve 只能使用 SQLite 登记库", "puhui serve runs on the SQLite registry")
        }
        var publicKey: Curve25519.Signing.PublicKey?
        do {
            publicKey = try checkedPublicKey(registry)
        } catch {
            try await CommandRunner.run(lang) { throw error }
            return
        }
        let configuration = ServerConfiguration(
            host: host, port: port, publicURL: publicURL, rateLimitPerMinute: rateLimit, maxBodyBytes: maxBody << 20,
            idleTimeoutSeconds: idleTimeout, badgePublicKey: publicKey)
        var logger = Logger(label: "puhui.serve")
        logger.logLevel = .info
        let app = buildApplication(registry: registry, configuration: configuration, logger: logger)
        try await app.runService()
        try registry.close()
        Console.err(lang.t("已停止服务，登记库已关闭。", "Stopped; the registry is closed."))
    }

    /// `--badge-public-key`, read and checked against the fingerprint the registry recorded (a
    /// key of another registry would call every genuine badge forged).
    func checkedPublicKey(_ registry: RegistryDatabase) throws -> Curve25519.Signing.PublicKey? {
        guard let badgePublicKey else { return nil }
        try CLIError.requireFile(badgePublicKey)
        let key = try BadgeSigningKey.loadPublicKey(from: badgePublicKey)
        let found = BadgeSigningKey.fingerprint(of: key)
        if let recorded = try registry.badges.badgeKeyFingerprint(), recorded != found {
            throw BadgeKeyError.wrongKey(path: badgePublicKey, recorded: recorded, found: found)
        }
        return key
    }
}
