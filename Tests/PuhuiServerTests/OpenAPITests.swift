import Foundation
import Hummingbird
import HummingbirdTesting
import PuhuiServer
import Registry
import Testing

/// `/openapi.json` is the contract: a valid OpenAPI 3.1 document, every route in it is routed,
/// and answers keep to it (status documented, JSON or problem+json as it says).
@Suite("puhui serve: the OpenAPI document")
struct OpenAPITests {
    /// A sample request for every catalogued route.
    static func sample(_ path: String) -> String {
        path.replacingOccurrences(
            of: "{id}",
            with: path.hasPrefix("/hsds/organizations")
                ? "52320602535644320G" : path.hasPrefix("/v1/outlets") || path.hasPrefix("/hsds") ? "NT-0057" : "1"
        )
        .replacingOccurrences(of: "{number}", with: "NTC-2025-00031-L").replacingOccurrences(
            of: "{step}", with: "apply"
        )
        .replacingOccurrences(of: "{run}", with: "1").replacingOccurrences(of: "{table}", with: "operators")
    }

    @Test func theDocumentNamesEveryRoute() async throws {
        let data = try await Self.document()
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        for entry in RouteCatalogue.entries {
            #expect(paths[entry.path]?[entry.method] != nil, "\(entry.method) \(entry.path)")
        }
        #expect(paths.values.map(\.count).reduce(0, +) == RouteCatalogue.entries.count)
    }

    @Test(.enabled(if: JSONSchemaCheck.validatorAvailable, "needs the validator venv .build-venv (.ci/run makes it)"))
    func theDocumentIsValidOpenAPI() async throws {
        try JSONSchemaCheck.validateOpenAPI(try await Self.document())
    }

    /// `/openapi.json` as the service serves it.
    static func document() async throws -> Data {
        let fixture = try ServiceFixture()
        return try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                return Data(response.body.readableBytesView)
            }
        }
    }

    @Test func everyCataloguedRouteIsRoutedAndAnswersAsDocumented() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            for entry in RouteCatalogue.entries {
                let uri = Self.sample(entry.path)
                let method: HTTPRequest.Method = entry.method == "post" ? .post : .get
                try await client.execute(uri: uri, method: method) { response in
                    try Self.check(response, method: entry.method, path: uri)
                    if entry.officer { #expect(response.status == .unauthorized, "\(uri)") }
                    let kind = (try? ServiceFixture.json(response) as? [String: Any])?["type"] as? String
                    #expect(kind?.hasSuffix("/http-404") != true, "\(uri) is not routed")
                }
            }
        }
    }

    /// The answer keeps to the document: its route is catalogued, its status documented for
    /// it, JSON for success and problem+json for errors.
    static func check(
        _ response: TestResponse, method: String, path: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let bare = String(path.prefix { $0 != "?" })
        let entry = try #require(
            RouteCatalogue.entry(method: method, path: bare), "\(method) \(bare) not in the document",
            sourceLocation: sourceLocation)
        let code = Int(response.status.code)
        let documented = Set(entry.statuses + [400, 429, 500] + (method == "get" ? [304] : []))
        #expect(documented.contains(code), "\(method) \(path) answered \(code)", sourceLocation: sourceLocation)
        let type = response.headers[.contentType] ?? ""
        if code >= 400 {
            #expect(type.hasPrefix("application/problem+json"), sourceLocation: sourceLocation)
            let problem = try ServiceFixture.object(response)
            #expect(
                problem["type"] is String && problem["title"] is String && problem["status"] as? Int == code,
                sourceLocation: sourceLocation)
        } else if code < 300 {
            #expect(
                type.hasPrefix("application/json") || type.hasPrefix("application/x-ndjson"),
                sourceLocation: sourceLocation)
        }
    }
}
