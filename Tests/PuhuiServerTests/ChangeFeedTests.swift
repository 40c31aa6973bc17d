import Foundation
import Hummingbird
import HummingbirdTesting
import PuhuiServer
import Registry
import Testing

/// `GET /v1/changes`: a partner mirrors the registry by polling; officers see who and why.
@Suite("puhui serve: the change feed")
struct ChangeFeedTests {
    @Test func pollingWalksTheWholeChainOnceInOrder() async throws {
        let fixture = try ServiceFixture()
        let total = try fixture.registry.audit.auditHeadSeq()
        try await fixture.application.test(.router) { client in
            var after = 0
            var seen: [Int] = []
            for _ in 0..<1_000 {
                let (changes, next) = try await client.execute(
                    uri: "/v1/changes?after=\(after)&limit=400", method: .get
                ) { response in
                    #expect(response.status == .ok)
                    let body = try ServiceFixture.object(response)
                    return (try #require(body["changes"] as? [[String: Any]]), try #require(body["next"] as? Int))
                }
                if changes.isEmpty {
                    #expect(next == after)
                    break
                }
                seen += changes.compactMap { $0["seq"] as? Int }
                for change in changes {
                    #expect(Set(change.keys) == ["seq", "at", "action", "entity_type", "entity_id", "after"])
                }
                after = next
            }
            #expect(seen == Array(1...Int(total)))
        }
    }

    @Test func anonymousReadersSeeNoOfficerNamesOrReasons() async throws {
        let fixture = try ServiceFixture()
        // The fixture's last entries: three officers registered, three tokens issued.
        let recent = try fixture.registry.audit.auditHeadSeq() - 6
        try await fixture.application.test(.router) { client in
            let all = try await client.execute(uri: "/v1/changes?after=\(recent)&limit=1000", method: .get) {
                response in
                try #require(try ServiceFixture.object(response)["changes"] as? [[String: Any]])
            }
            let officers = all.filter { $0["entity_type"] as? String == "officer" }
            #expect(officers.count == 3)
            #expect(all.filter { $0["entity_type"] as? String == "officer_token" }.count == 3)
            #expect(officers.allSatisfy { $0["after"] is NSNull })
            #expect(all.filter { $0["entity_type"] as? String == "officer_token" }.allSatisfy { $0["after"] is NSNull })
            let text = String(decoding: try JSONSerialization.data(withJSONObject: all), as: UTF8.self)
            #expect(!text.contains("王力") && !text.contains("赵敏"))
            #expect(all.allSatisfy { $0["officer"] == nil && $0["reason"] == nil })
        }
    }

    @Test func officersSeeWhoWhyAndTheChannel() async throws {
        let fixture = try ServiceFixture()
        let head = try fixture.registry.audit.auditHeadSeq()
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/v1/outlets/NT-0057/inspections", method: .post,
                headers: ServiceFixture.bearer(fixture.districtToken),
                body: ServiceFixture.body(#"{"result":"rectify","notes":"灭火器过期","on":"2026-11-25","reason":"季度检查"}"#)
            ) { #expect($0.status == .created) }
            try await client.execute(
                uri: "/v1/changes?after=\(head - 1)", method: .get, headers: ServiceFixture.bearer(fixture.cityToken)
            ) { response in
                let changes = try #require(try ServiceFixture.object(response)["changes"] as? [[String: Any]])
                #expect(changes.count == 2)
                let cli = changes[0]
                #expect(cli["via"] as? String == "cli")
                #expect(cli["token"] is NSNull)
                let api = changes[1]
                #expect(api["officer"] as? String == "zhao.min")
                #expect(api["reason"] as? String == "季度检查")
                #expect(api["via"] as? String == "api")
                #expect((api["token"] as? String)?.hasPrefix("tok_") == true)
                #expect(api["entity_type"] as? String == "inspection")
                #expect(response.headers[.cacheControl] == "private, no-cache")
            }
        }
    }

    @Test(arguments: ["after=-1", "limit=0", "limit=1001", "after=x", "since=3"])
    func badFeedQueriesAre400(query: String) async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/v1/changes?\(query)", method: .get) { #expect($0.status == .badRequest) }
        }
    }
}
