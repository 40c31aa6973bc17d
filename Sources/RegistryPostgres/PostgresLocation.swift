import Foundation
import PostgresNIO
import PuhuiCore

/// Where a PostgreSQL registry lives: `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE`
/// (`postgres://` too), with `?sslmode=disable|prefer|require` (default `prefer`, as libpq).
/// What `--db` and `PUHUI_DB` name when they are not a file path.
package struct PostgresLocation: Sendable, Equatable {
    package enum TLSMode: String, Sendable, Equatable {
        case disable, prefer, require
    }

    package let host: String
    package let port: Int
    package let username: String
    package let password: String?
    package let database: String
    package let tls: TLSMode

    package init(host: String, port: Int = 5432, username: String, password: String?, database: String, tls: TLSMode) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.tls = tls
    }

    /// Whether `text` names a PostgreSQL server rather than a file.
    package static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Parses a `postgresql://` URL; `PostgresStoreError.invalidURL` says what is wrong with it.
    package init(url text: String) throws {
        guard Self.isURL(text), let components = URLComponents(string: text) else {
            throw PostgresStoreError.invalidURL(
                url: Self.redacted(text),
                reason: LocalizedText(
                    zh: "应为 postgresql://用户@主机[:端口]/数据库", en: "expected postgresql://USER@HOST[:PORT]/DATABASE"))
        }
        guard let host = components.host, !host.isEmpty else {
            throw PostgresStoreError.invalidURL(
                url: Self.redacted(text), reason: LocalizedText(zh: "缺少主机", en: "no host"))
        }
        guard let user = components.user, !user.isEmpty else {
            throw PostgresStoreError.invalidURL(
                url: Self.redacted(text), reason: LocalizedText(zh: "缺少用户名", en: "no user name"))
        }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresStoreError.invalidURL(
                url: Self.redacted(text), reason: LocalizedText(zh: "主机之后缺少数据库名", en: "no database name after the host")
            )
        }
        var tls = TLSMode.prefer
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                    throw PostgresStoreError.invalidURL(
                        url: Self.redacted(text),
                        reason: LocalizedText(
                            zh: "sslmode 只能是 disable、prefer 或 require", en: "sslmode must be disable, prefer or require"
                        ))
                }
                tls = mode
            default:
                throw PostgresStoreError.invalidURL(
                    url: Self.redacted(text),
                    reason: LocalizedText(zh: "未知参数 \(item.name)", en: "unknown parameter \(item.name)"))
            }
        }
        self.init(
            host: host, port: components.port ?? 5432,
            username: components.percentEncodedUser?.removingPercentEncoding ?? user,
            password: components.percentEncodedPassword?.removingPercentEncoding,
            database: database.removingPercentEncoding ?? database, tls: tls)
    }

    /// The URL without its password, for messages and logs.
    package var description: String {
        "postgresql://\(username)@\(host):\(port)/\(database)"
    }

    /// `text` with any password between `:` and `@` replaced by `***`.
    static func redacted(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://") else { return text }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }

    /// postgres-nio's configuration for a pool of at most `connections` connections.
    func clientConfiguration(connections: Int) -> PostgresClient.Configuration {
        let tlsConfiguration: PostgresClient.Configuration.TLS
        switch tls {
        case .disable: tlsConfiguration = .disable
        case .prefer: tlsConfiguration = .prefer(.makeClientConfiguration())
        case .require: tlsConfiguration = .require(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tlsConfiguration)
        configuration.options.maximumConnections = max(1, connections)
        return configuration
    }

    /// Connects once and disconnects: a server that cannot be reached, or refuses the user or the
    /// database, is reported at once (`unreachable`) instead of a pool retrying in the background.
    func probe(logger: Logger) async throws {
        do {
            let tlsConfiguration: PostgresConnection.Configuration.TLS
            switch tls {
            case .disable: tlsConfiguration = .disable
            case .prefer: tlsConfiguration = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case .require: tlsConfiguration = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            }
            var configuration = PostgresConnection.Configuration(
                host: host, port: port, username: username, password: password, database: database,
                tls: tlsConfiguration)
            configuration.options.connectTimeout = .seconds(10)
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
            try await connection.close()
        } catch let error as PSQLError {
            let reason = error.serverInfo?[.message] ?? String(describing: error.code)
            throw PostgresStoreError.unreachable(location: description, reason: reason)
        } catch {
            throw PostgresStoreError.unreachable(location: description, reason: String(describing: error))
        }
    }
}
