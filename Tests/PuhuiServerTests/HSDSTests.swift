import Foundation
import Hummingbird
import HummingbirdTesting
import PuhuiServer
import Registry
import Synchronization
import Testing

/// HSDS 3.0 under `/hsds/`: every answer validates against the HSDS 3.0 compiled schemas.
@Suite("puhui serve: HSDS 3.0")
struct HSDSTests {
    static let pageKeys: Set<String> = [
        "total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents",
    ]

    @Test(
        .enabled(
            if: JSONSchemaCheck.hsdsSchemasAvailable && JSONSchemaCheck.validatorAvailable,
            "needs ../shared/reference/hsds-3.0 beside this clone and the validator venv (.ci/run makes both)"))
    func everyAnswerValidatesAgainstTheHSDSSchemas() async throws {
        let fixture = try ServiceFixture()
        let schemas = JSONSchemaCheck.hsdsSchemas
        // (name, schema file, body) of every answer, checked in one batch afterwards.
        let answers: [(String, String, Data)] = try await fixture.application.test(.router) { client in
            var answers: [(String, String, Data)] = []
            try await client.execute(uri: "/hsds/", method: .get) { response in
                let root = try ServiceFixture.object(response)
                #expect(root["version"] as? String == "3.0")
                #expect(root["openapi_url"] as? String == "https://puhui.example/openapi.json")
                #expect(root["profile"] is String)
            }
            let lists: [(String, String)] = [
                ("/hsds/services", "service_list.json"),
                ("/hsds/services?search=%E6%89%98%E8%82%B2&page=2&per_page=5", "service_list.json"),
                ("/hsds/services?full=true&per_page=5", "service.json"),
                ("/hsds/service_at_locations?lat=32.0100&lon=120.8600&radius=1500", "service_at_location_list.json"),
                ("/hsds/service_at_locations?lat=32.0100&lon=120.8600&minimal=true", "service_at_location_list.json"),
                (
                    "/hsds/service_at_locations?lat=32.0100&lon=120.8600&full=true&per_page=3",
                    "service_at_location.json"
                ),
                ("/hsds/organizations?per_page=50", "organization_list.json"),
                ("/hsds/organizations?full=true&page=2&per_page=10", "organization.json"),
            ]
            for (uri, schema) in lists {
                let items = try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri): \(String(buffer: response.body))")
                    let page = try ServiceFixture.object(response)
                    #expect(Set(page.keys) == Self.pageKeys, "\(uri)")
                    let contents = try #require(page["contents"] as? [Any])
                    #expect(!contents.isEmpty, "\(uri)")
                    #expect(page["size"] as? Int == contents.count)
                    return try contents.map { try JSONSerialization.data(withJSONObject: $0) }
                }
                answers += items.enumerated().map { ("\(uri)#\($0.offset)", schema, $0.element) }
            }
            for (uri, schema) in [
                ("/hsds/services/NT-0057", "service.json"),
                ("/hsds/service_at_locations/NT-0057", "service_at_location.json"),
                ("/hsds/organizations/52320602524883975L", "organization.json"),
            ] {
                let body = try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    return Data(response.body.readableBytesView)
                }
                answers.append((uri, schema, body))
            }
            return answers
        }
        let cases = try answers.map { name, schema, body in
            (
                name: name, schema: schemas.appendingPathComponent(schema),
                instance: try JSONSerialization.jsonObject(with: body)
            )
        }
        #expect(cases.count > 100)
        try JSONSchemaCheck.validate(cases)
    }

    @Test func theMappingCarriesRecognitionPricesCapacityAndTheCreditCode() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/hsds/services/NT-0001", method: .get) { response in
                let service = try ServiceFixture.object(response)
                #expect(service["id"] as? String == "NT-0001")
                #expect(service["organization_id"] as? String == "52320602535644320G")
                let organization = try #require(service["organization"] as? [String: Any])
                #expect(organization["name"] is String)
                #expect(service["cost_options"] is [Any])
                #expect(service["service_capacities"] is [Any])
            }
            // A certified outlet: assured_date and accreditations from its recognition.
            let certified = try await client.execute(uri: "/v1/badges/NTC-2025-00031-L", method: .get) { response in
                try #require((try ServiceFixture.object(response)["outlet"] as? [String: Any])?["id"] as? String)
            }
            try await client.execute(uri: "/hsds/services/\(certified)", method: .get) { response in
                let service = try ServiceFixture.object(response)
                #expect(service["assured_date"] is String)
                #expect((service["accreditations"] as? String)?.contains("NTC-2025-00031-L") == true)
                let costs = try #require(service["cost_options"] as? [[String: Any]])
                #expect(!costs.isEmpty)
                #expect(costs.allSatisfy { $0["currency"] as? String == "CNY" && $0["amount"] is Double })
                let capacities = try #require(service["service_capacities"] as? [[String: Any]])
                #expect(capacities.allSatisfy { $0["maximum"] is Int })
            }
            try await client.execute(uri: "/hsds/organizations/52320602535644320G", method: .get) { response in
                let organization = try ServiceFixture.object(response)
                let identifiers = try #require(organization["organization_identifiers"] as? [[String: Any]])
                #expect(identifiers.first?["identifier"] as? String == "52320602535644320G")
                #expect((identifiers.first?["identifier_type"] as? String)?.contains("统一社会信用代码") == true)
            }
        }
    }

    @Test func proximityIsTheNearbySearchAndNdjsonIsOneObjectALine() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let v1Total = try await client.execute(
                uri: "/v1/outlets?near=32.0100,120.8600&radius=1500&all_statuses=true", method: .get
            ) { response in
                try #require(try ServiceFixture.object(response)["total"] as? Int)
            }
            try await client.execute(
                uri: "/hsds/service_at_locations?lat=32.0100&lon=120.8600&radius=1500&per_page=100", method: .get
            ) { response in
                let page = try ServiceFixture.object(response)
                #expect(page["total_items"] as? Int == v1Total)
            }
            try await client.execute(
                uri: "/hsds/service_at_locations?lat=32.0100&lon=120.8600&radius=1500&format=ndjson&per_page=7",
                method: .get
            ) { response in
                #expect(response.headers[.contentType] == "application/x-ndjson; charset=utf-8")
                let lines = String(buffer: response.body).split(separator: "\n")
                #expect(lines.count == min(7, v1Total))
                for line in lines {
                    let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
                    #expect(object is [String: Any])
                }
            }
            for bad in ["lat=32.01", "radius=100", "per_page=1000", "page=0", "format=xml", "colour=red"] {
                try await client.execute(uri: "/hsds/service_at_locations?\(bad)", method: .get) { response in
                    #expect(response.status == .badRequest, "\(bad)")
                }
            }
            try await client.execute(uri: "/hsds/services/NT-9999", method: .get) { #expect($0.status == .notFound) }
        }
    }

    /// `modified_after` by the audit chain: a recognition step an hour after the sample was
    /// loaded makes exactly that outlet "modified", though `outlet` itself did not change.
    @Test func modifiedAfterFollowsTheAuditChain() async throws {
        let later = Mutex(false)
        let clock = RegistryClock {
            later.withLock { $0 } ? ServiceFixture.noon.addingTimeInterval(3_600) : ServiceFixture.noon
        }
        let fixture = try ServiceFixture(clock: clock)
        later.withLock { $0 = true }
        try await fixture.application.test(.router) { client in
            func total(_ uri: String) async throws -> Int {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri): \(String(buffer: response.body))")
                    return try #require(try ServiceFixture.object(response)["total_items"] as? Int)
                }
            }
            let all = try await total("/hsds/services?per_page=1")
            #expect(all > 400)
            // The sample was loaded at 04:00:00Z (noon in Nantong): a day names its start at UTC+8.
            #expect(try await total("/hsds/services?modified_after=2026-11-29&per_page=1") == all)
            #expect(try await total("/hsds/services?modified_after=2026-11-29T04:00:00Z&per_page=1") == all)
            #expect(try await total("/hsds/services?modified_after=2026-11-29T12:00:01%2B08:00&per_page=1") == 0)
            #expect(try await total("/hsds/organizations?modified_after=2026-11-29T04:00:01Z") == 0)
            let body = ServiceFixture.body(#"{"level":"municipal","on":"2026-11-29","reason":"窗口受理"}"#)
            try await client.execute(
                uri: "/v1/outlets/NT-0057/recognition/apply", method: .post,
                headers: ServiceFixture.bearer(fixture.cityToken), body: body
            ) { #expect($0.status == .ok, "\(String(buffer: $0.body))") }
            let expected = try await client.execute(uri: "/hsds/service_at_locations/NT-0057", method: .get) {
                response in
                try #require(try ServiceFixture.object(response)["id"] as? String)
            }
            try await client.execute(
                uri: "/hsds/service_at_locations?modified_after=2026-11-29T04:30:00Z", method: .get
            ) { response in
                let page = try ServiceFixture.object(response)
                #expect(page["total_items"] as? Int == 1)
                let contents = try #require(page["contents"] as? [[String: Any]])
                #expect(contents.first?["id"] as? String == expected)
            }
            #expect(
                try await total("/hsds/services?modified_after=2026-11-29T04:30:00Z&lat=32.0100&lon=120.8600&radius=50")
                    == 0)
            #expect(try await total("/hsds/services?modified_after=2026-11-29T05:00:01Z") == 0)
            for bad in ["yesterday", "2026-11-31", "2026-11-29T25:00:00Z"] {
                try await client.execute(uri: "/hsds/services?modified_after=\(bad)", method: .get) { response in
                    #expect(response.status == .badRequest, "\(bad)")
                    #expect(String(buffer: response.body).contains("modified_after"))
                }
            }
        }
    }
}
