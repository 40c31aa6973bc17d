import Foundation
import PostgresNIO
import Registry
import Testing

@testable import RegistryPostgres

/// The PostgreSQL server the tests use: `PUHUI_TEST_POSTGRES_URL` (`.ci/run` starts a throw-away
/// cluster with `Scripts/test-postgres.sh` and sets it). Without it, every test that needs the
/// server is skipped by name, with this reason.
enum PostgresTestServer {
    static let url: String? = ProcessInfo.processInfo.environment["PUHUI_TEST_POSTGRES_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }

    static var isAvailable: Bool { url != nil }

    static let skipReason: Comment =
        "PUHUI_TEST_POSTGRES_URL is not set: .ci/run starts a throw-away PostgreSQL 15 (Scripts/test-postgres.sh)"

    /// A new, empty database on the server (its name generated here: `puhui_t_` and 32 hex
    /// digits), and its URL.
    static func freshDatabase() async throws -> String {
        guard let url else { throw PostgresStoreError.invalidURL(url: "", reason: .init(zh: "未设置", en: "not set")) }
        let server = try PostgresLocation(url: url)
        let name = "puhui_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let client = PostgresClient(configuration: server.clientConfiguration(connections: 1))
        let lifetime = ClientLifetime(client)
        defer { lifetime.end() }
        // CREATE DATABASE takes no bind parameters; the name is made above from hex digits only.
        try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        return "postgresql://\(server.username)@\(server.host):\(server.port)/\(name)?sslmode=\(server.tls.rawValue)"
    }

    /// A fresh registry on a new database, with the fixtures' reference data and `clock`.
    static func registry(clock: RegistryClock = Fixtures.clock, connections: Int = 2) async throws -> PostgresRegistry {
        try await PostgresRegistry.open(
            url: try await freshDatabase(), clock: clock, reference: Fixtures.reference, connections: connections)
    }
}

/// A change's outcome as a line of text, for comparing what two stores did: the value's JSON,
/// or the error.
func outcome<T: Encodable>(_ body: () async throws -> T) async -> String {
    do {
        let value = try await body()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return "ok " + (String(data: (try? encoder.encode(value)) ?? Data(), encoding: .utf8) ?? "?")
    } catch {
        return "error \(error)"
    }
}
