import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PuhuiServer
import Registry
import Testing

/// The public reads answer exactly what the CLI prints with `--format json` for the same
/// question: the built `puhui` and the service read the same registry file.
@Suite("puhui serve: public reads are the CLI's JSON")
struct PublicReadTests {
    /// (CLI arguments, service URI) pairs on the sample registry, as of 2026-11-29.
    static let pairs: [([String], String)] = [
        (
            ["search", "--near", "32.0100,120.8600", "--radius", "3000", "--kind", "childcare"],
            "/v1/outlets?near=32.0100,120.8600&radius=3000&kind=childcare"
        ),
        (
            ["search", "--place", "城东", "--kind", "elder", "--radius", "3000", "--max-price", "1000"],
            "/v1/outlets?place=%E5%9F%8E%E4%B8%9C&kind=elder&radius=3000&max_price=1000"
        ),
        (
            [
                "search", "--near", "32.0078,120.8657", "--datum", "gcj02", "--kind", "childcare", "--age-class",
                "infant", "--vacancy",
            ],
            "/v1/outlets?near=32.0078,120.8657&datum=gcj02&kind=childcare&age_class=infant&vacancy=true"
        ),
        (
            ["search", "--keyword", "颐养", "--all-statuses", "--limit", "3", "--offset", "1"],
            "/v1/outlets?keyword=%E9%A2%90%E5%85%BB&all_statuses=true&limit=3&offset=1"
        ),
        (
            [
                "search", "--place", "城东", "--radius", "5000", "--kind", "childcare", "--sort", "price", "--max-ratio",
                "0.8",
            ],
            "/v1/outlets?place=%E5%9F%8E%E4%B8%9C&radius=5000&kind=childcare&sort=price&max_ratio=0.8"
        ),
        (["show", "NT-0057"], "/v1/outlets/NT-0057"),
        (["show", "NT-0001"], "/v1/outlets/NT-0001"),
        (["badge", "verify", "NTC-2025-00031-L"], "/v1/badges/NTC-2025-00031-L"),
        (["credit", "list", "--blacklist"], "/v1/blacklist"),
        (["stats"], "/v1/stats"),
        (["stats", "--district", "320613"], "/v1/stats?district=320613"),
    ]

    @Test func everyReadIsByteForByteTheCLIOutput() async throws {
        let puhui = try PuhuiBinary()
        defer { puhui.cleanUp() }
        let file = puhui.path("r.sqlite")
        #expect(try puhui.run(["init", "--db", file, "--sample"]).status == 0)
        let registry = try RegistryDatabase.open(path: file, clock: .fixed(ServiceFixture.noon))
        let app = buildApplication(
            registry: registry, configuration: ServerConfiguration(rateLimitPerMinute: 0), accessLog: { _ in })
        let expected = try Self.pairs.map { arguments, _ in
            let cli = try puhui.run(arguments + ["--db", file, "--as-of", "2026-11-29", "--format", "json"])
            #expect(cli.status == 0, "\(arguments)")
            return cli.stdout
        }
        try await app.test(.router) { client in
            for ((arguments, uri), cli) in zip(Self.pairs, expected) {
                let separator = uri.contains("?") ? "&" : "?"
                try await client.execute(uri: uri + separator + "as_of=2026-11-29", method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                    // The CLI prints a final newline; the body is the JSON text itself.
                    #expect(String(buffer: response.body) + "\n" == cli, "\(arguments)")
                }
            }
        }
        try registry.close()
    }

    @Test func searchPagesCarryALinkToTheNext() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let uri = "/v1/outlets?near=32.0100,120.8600&radius=5000&all_statuses=true&limit=2"
            let next = try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                let body = try ServiceFixture.object(response)
                #expect((body["total"] as? Int ?? 0) > 2)
                #expect((body["results"] as? [Any])?.count == 2)
                let link = try #require(response.headers[HTTPField.Name("Link")!])
                #expect(link.hasPrefix("<https://puhui.example/v1/outlets?"))
                #expect(link.hasSuffix(">; rel=\"next\""))
                #expect(link.contains("offset=2"))
                return String(link.dropFirst("<https://puhui.example".count).prefix { $0 != ">" })
            }
            try await client.execute(uri: next, method: .get) { response in
                #expect(response.status == .ok)
                let object = try ServiceFixture.object(response)
                #expect((object["results"] as? [Any])?.count == 2)
            }
            // The last page has no Link.
            try await client.execute(
                uri: "/v1/outlets?keyword=%E9%A2%90%E5%85%BB&all_statuses=true&limit=1000", method: .get
            ) {
                #expect($0.status == .ok)
                #expect($0.headers[HTTPField.Name("Link")!] == nil)
            }
        }
    }

    @Test(arguments: [
        ("/v1/outlets?near=32.01", "near"),
        ("/v1/outlets?near=32.01,120.86&radius=10", "radius"),
        ("/v1/outlets?near=32.01,120.86&kind=baby", "kind"),
        ("/v1/outlets?near=32.01,120.86&max_price=cheap", "max_price"),
        ("/v1/outlets?near=32.01,120.86&max_ratio=0.12345", "max_ratio"),
        ("/v1/outlets?near=32.01,120.86&limit=0", "limit"),
        ("/v1/outlets?near=32.01,120.86&place=%E5%9F%8E%E4%B8%9C", "near"),
        ("/v1/outlets?near=32.01,120.86&sort=best", "sort"),
        ("/v1/outlets?near=32.01,120.86&as_of=2026-13-01", "as_of"),
        ("/v1/outlets?near=32.01,120.86&radious=100", "radious"),
        ("/v1/outlets", "near"),
        ("/v1/stats?district=999999", "district"),
    ])
    func badQueriesAre400NamingTheParameterInBothLanguages(uri: String, parameter: String) async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            for language in ["en", "zh"] {
                var headers = HTTPFields()
                headers[.acceptLanguage] = language
                try await client.execute(uri: uri, method: .get, headers: headers) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                    let problem = try ServiceFixture.object(response)
                    #expect(problem["parameter"] as? String == parameter)
                    let detail = try #require(problem["detail"] as? String)
                    let chinese = detail.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
                    if language == "zh" { #expect(chinese, "\(detail)") }
                }
            }
        }
    }

    @Test func badgeAnswersFoundMistypedMalformedAndUnknown() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/v1/badges/NTC-2025-00031-L", method: .get) { response in
                #expect(response.status == .ok)
                let badge = try ServiceFixture.object(response)
                #expect(badge["badge"] as? String == "NTC-2025-00031-L")
                #expect(badge["status"] as? String == "valid")
            }
            try await client.execute(uri: "/v1/badges/NTC-2025-00031-I", method: .get) { response in
                #expect(response.status == .unprocessableContent)
                let problem = try ServiceFixture.object(response)
                #expect(problem["status"] as? Int == 422)
                #expect(problem["expected_check"] as? String == "L")
                #expect(problem["suggestion"] as? String == "NTC-2025-00031-L")
                #expect((problem["detail"] as? String)?.contains("did you mean NTC-2025-00031-L?") == true)
            }
            try await client.execute(uri: "/v1/badges/hello", method: .get) { response in
                #expect(response.status == .unprocessableContent)
                let object = try ServiceFixture.object(response)
                #expect(object["type"] as? String == "https://puhui.example/problems/badge-malformed")
            }
            try await client.execute(uri: "/v1/badges/NTC-2025-09999-\(Self.check("NTC202509999"))", method: .get) {
                response in
                #expect(response.status == .notFound)
                let object = try ServiceFixture.object(response)
                #expect(object["type"] as? String == "https://puhui.example/problems/badge-not-found")
            }
        }
    }

    /// The right check character for a badge number's body, found by asking the registry's rule.
    static func check(_ body: String) -> String {
        for candidate in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" {
            let number = "\(body.prefix(3))-\(body.dropFirst(3).prefix(4))-\(body.dropFirst(7))-\(candidate)"
            if BadgeNumber.validate(number) == nil { return String(candidate) }
        }
        return "?"
    }

    @Test func benchmarksNeedARunThenShowItsCells() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            // The sample comes with its run (1, as of 2026-11-29, made by `init --sample`).
            try await client.execute(uri: "/v1/benchmarks/current", method: .get) { response in
                #expect(response.status == .ok)
                let body = try ServiceFixture.object(response)
                #expect((body["run"] as? [String: Any])?["id"] as? Int == 1)
            }
        }
        _ = try fixture.registry.benchmarks.computeBenchmarks(
            asOf: try LocalDate(parsing: "2026-11-29"), officer: "wang.li", reason: "test")
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/v1/benchmarks/current?district=320613&kind=childcare", method: .get) {
                response in
                #expect(response.status == .ok)
                let body = try ServiceFixture.object(response)
                let cells = try #require(body["cells"] as? [[String: Any]])
                #expect(!cells.isEmpty)
                #expect(cells.allSatisfy { ($0["kind"] as? String)?.hasPrefix("childcare") == true })
                #expect((body["run"] as? [String: Any])?["id"] as? Int == 2)
            }
            try await client.execute(uri: "/v1/benchmarks/1", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/v1/benchmarks/7", method: .get) { #expect($0.status == .badRequest) }
        }
    }
}
