import Foundation
import Hummingbird
import HummingbirdTesting
import PuhuiServer
import Registry
import Testing

/// Officers' writes: a token stands for its officer with that officer's scope; refusals (401,
/// 403, 422) write nothing; every change is in the audit chain with the officer and the API.
@Suite("puhui serve: officers' writes")
struct OfficerWriteTests {
    @Test func withoutOrWithABadTokenIs401AndWritesNothing() async throws {
        let fixture = try ServiceFixture()
        let head = try fixture.registry.audit.auditHeadSeq()
        let revoked = try fixture.registry.officers.issueOfficerToken(officerID: "zhao.min", by: "wang.li")
        try fixture.registry.officers.revokeOfficerToken(id: revoked.token.id, by: "wang.li")
        let afterRevoke = try fixture.registry.audit.auditHeadSeq()
        try await fixture.application.test(.router) { client in
            let body = ServiceFixture.body(#"{"level":"municipal","on":"2026-11-02","reason":"窗口受理"}"#)
            for headers in [
                HTTPFields(), ServiceFixture.bearer("pht_0000000000000000_forged"),
                ServiceFixture.bearer(revoked.secret),
            ] {
                try await client.execute(
                    uri: "/v1/outlets/NT-0057/recognition/apply", method: .post, headers: headers, body: body
                ) { response in
                    #expect(response.status == .unauthorized)
                    #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                    #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                }
            }
            var basic = HTTPFields()
            basic[.authorization] = "Basic d2FuZzpsaQ=="
            try await client.execute(
                uri: "/v1/outlets/NT-0057/recognition/apply", method: .post, headers: basic, body: body
            ) {
                #expect($0.status == .unauthorized)
            }
        }
        #expect(head < afterRevoke)
        #expect(try fixture.registry.audit.auditHeadSeq() == afterRevoke)
    }

    @Test func anExpiredTokenIs401() async throws {
        let fixture = try ServiceFixture()
        let later = RegistryClock.fixed(ServiceFixture.noon.addingTimeInterval(91 * 86_400))
        // The same registry read 91 days on: the fixture's tokens (90 days) have lapsed.
        var configuration = fixture.configuration
        configuration.rateLimitPerMinute = 0
        let app = buildApplication(
            registry: try Self.reopened(fixture, clock: later), configuration: configuration, accessLog: { _ in })
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/v1/changes", method: .get, headers: ServiceFixture.bearer(fixture.cityToken)
            ) {
                #expect($0.status == .unauthorized)
            }
        }
    }

    /// The fixture's in-memory database with another clock (the value shares the connection).
    static func reopened(_ fixture: ServiceFixture, clock: RegistryClock) throws -> RegistryDatabase {
        try RegistryDatabase(
            writer: fixture.registry.writer, path: ":memory:", clock: clock, migrations: Migration.embedded,
            reference: nil)
    }

    @Test func aDistrictOfficerIsRefusedOutsideTheDistrictWith403() async throws {
        let fixture = try ServiceFixture()
        let head = try fixture.registry.audit.auditHeadSeq()
        try await fixture.application.test(.router) { client in
            // NT-0057 is in 崇川区 (320613); sun.yu acts for 通州区 (320612).
            let body = ServiceFixture.body(#"{"level":"municipal","on":"2026-11-02"}"#)
            try await client.execute(
                uri: "/v1/outlets/NT-0057/recognition/apply", method: .post,
                headers: ServiceFixture.bearer(fixture.otherDistrictToken), body: body
            ) { response in
                #expect(response.status == .forbidden)
                let problem = try ServiceFixture.object(response)
                #expect(problem["status"] as? Int == 403)
            }
            try await client.execute(
                uri: "/v1/outlets/NT-0057/reviews", method: .post,
                headers: ServiceFixture.bearer(fixture.otherDistrictToken),
                body: ServiceFixture.body(#"{"score":2,"text":"太贵","on":"2026-11-20"}"#)
            ) { #expect($0.status == .forbidden) }
        }
        #expect(try fixture.registry.audit.auditHeadSeq() == head)
    }

    @Test func theRecognitionTourThroughTheAPI() async throws {
        let fixture = try ServiceFixture()
        let token = ServiceFixture.bearer(fixture.districtToken)
        try await fixture.application.test(.router) { client in
            func post(_ uri: String, _ json: String, _ status: HTTPResponse.Status = .ok) async throws -> Any {
                try await client.execute(uri: uri, method: .post, headers: token, body: ServiceFixture.body(json)) {
                    response in
                    #expect(response.status == status, "\(uri): \(String(buffer: response.body))")
                    return try ServiceFixture.json(response)
                }
            }
            _ = try await post("/v1/outlets/NT-0057/pledges", #"{"signatory":"蒋静","on":"2026-11-02"}"#, .created)
            let applied = try #require(
                try await post(
                    "/v1/outlets/NT-0057/recognition/apply", #"{"level":"municipal","on":"2026-11-02","reason":"窗口受理"}"#
                ) as? [[String: Any]])
            #expect(applied.first?["outlet"] as? String == "NT-0057")
            #expect((applied.first?["event"] as? [String: Any])?["officer"] as? String == "zhao.min")
            #expect((applied.first?["event"] as? [String: Any])?["reason"] as? String == "窗口受理")
            _ = try await post("/v1/outlets/NT-0057/recognition/review", #"{"on":"2026-11-03"}"#)
            let notice = try #require(
                try await post("/v1/outlets/NT-0057/recognition/notice", #"{"on":"2026-11-04"}"#) as? [[String: Any]])
            #expect(notice.first?["notice_last_day"] as? String == "2026-11-10")
            _ = try await post(
                "/v1/outlets/NT-0057/recognition/object", #"{"by":"居民张女士","text":"收费是否包含餐费？","on":"2026-11-05"}"#)
            // Refused: the notice runs to 2026-11-10. 422, nothing written.
            let head = try fixture.registry.audit.auditHeadSeq()
            _ = try await post(
                "/v1/outlets/NT-0057/recognition/decide", #"{"approve":true,"on":"2026-11-10"}"#, .unprocessableContent)
            #expect(try fixture.registry.audit.auditHeadSeq() == head)
            let decided = try #require(
                try await post(
                    "/v1/outlets/NT-0057/recognition/decide",
                    #"{"approve":true,"reason":"已答复：餐费单列公示","on":"2026-11-11"}"#) as? [[String: Any]])
            let badge = try #require((decided.first?["certification"] as? [String: Any])?["badge_no"] as? String)
            try await client.execute(uri: "/v1/badges/\(badge)", method: .get) { response in
                let object = try ServiceFixture.object(response)
                #expect(object["status"] as? String == "valid")
            }
            let breach = try #require(
                try await post(
                    "/v1/outlets/NT-0057/breaches",
                    #"{"category":"fire_hazard","evidence":"疏散通道堵塞拒不整改","on":"2026-11-20"}"#, .created)
                    as? [String: Any])
            #expect((breach["suspended_outlets"] as? [String])?.contains("NT-0057") == true)
            try await client.execute(uri: "/v1/badges/\(badge)", method: .get) { response in
                let object = try ServiceFixture.object(response)
                #expect(object["status"] as? String == "suspended")
            }
            let review = try #require(
                try await post("/v1/outlets/NT-0057/reviews", #"{"score":2,"text":"太贵","on":"2026-11-21"}"#, .created)
                    as? [String: Any])
            let reviewID = try #require(review["id"] as? Int)
            _ = try await post(
                "/v1/reviews/\(reviewID)/follow-ups", #"{"text":"已回访","rectified":true,"on":"2026-11-22"}"#, .created)
            _ = try await post(
                "/v1/outlets/NT-0057/inspections", #"{"result":"pass","notes":"整改到位","on":"2026-11-23"}"#, .created)
        }
        // Every entry written through the API names zhao.min, and the channel says so.
        let entries = try fixture.registry.audit.auditEntries(from: 1, limit: 10_000)
        let mine = entries.filter { $0.officer == "zhao.min" }
        #expect(mine.count >= 8)
        #expect(mine.allSatisfy { $0.channel?.channel == "api" })
        #expect(entries.filter { $0.officer != "zhao.min" }.allSatisfy { $0.channel == nil })
        let verification = try fixture.registry.audit.verifyAuditLog()
        #expect(verification.firstBrokenSeq == nil)
    }

    @Test(arguments: [
        ("/v1/outlets/NT-0057/recognition/apply", #"{"level":"municipal","colour":"red"}"#, "colour"),
        ("/v1/outlets/NT-0057/recognition/apply", #"{"level":"galactic"}"#, "level"),
        ("/v1/outlets/NT-0057/recognition/apply", #"{"on":"yesterday","level":"municipal"}"#, "on"),
        ("/v1/outlets/NT-0057/recognition/decide", #"{"approve":"yes"}"#, "approve"),
        ("/v1/outlets/NT-0057/reviews", #"{"score":"2"}"#, "score"),
        ("/v1/outlets/NT-0057/pledges", #"{}"#, "signatory"),
        ("/v1/outlets/NT-0057/recognition/apply", #"[1,2]"#, "body"),
    ])
    func badBodiesAre400AndWriteNothing(uri: String, body: String, member: String) async throws {
        let fixture = try ServiceFixture()
        let head = try fixture.registry.audit.auditHeadSeq()
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: uri, method: .post, headers: ServiceFixture.bearer(fixture.cityToken),
                body: ServiceFixture.body(body)
            ) { response in
                #expect(response.status == .badRequest)
                let object = try ServiceFixture.object(response)
                #expect(object["parameter"] as? String == member)
            }
        }
        #expect(try fixture.registry.audit.auditHeadSeq() == head)
    }

    @Test func aFutureDayAndAnUnknownStepAreRefused() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/v1/outlets/NT-0057/recognition/apply", method: .post,
                headers: ServiceFixture.bearer(fixture.cityToken),
                body: ServiceFixture.body(#"{"level":"municipal","on":"2999-01-01"}"#)
            ) { #expect($0.status == .badRequest) }
            try await client.execute(
                uri: "/v1/outlets/NT-0057/recognition/promote", method: .post,
                headers: ServiceFixture.bearer(fixture.cityToken)
            ) { #expect($0.status == .notFound) }
        }
    }

    @Test func importsAreAllOrNothingWithEveryProblem() async throws {
        let fixture = try ServiceFixture()
        let head = try fixture.registry.audit.auditHeadSeq()
        let header = RegistryTable.operators.columns.joined(separator: ",")
        let bad = header + "\n" + "91320600MA1XXXXXX1,坏代码公司,company,张三,,,\n" + "123,,company,,,,\n"
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/v1/imports/operators", method: .post, headers: ServiceFixture.bearer(fixture.cityToken),
                body: ServiceFixture.body(bad)
            ) { response in
                #expect(response.status == .unprocessableContent)
                let problem = try ServiceFixture.object(response)
                let problems = try #require(problem["problems"] as? [[String: Any]])
                #expect(problems.count >= 3)
                #expect(
                    problems.allSatisfy { $0["line"] is Int && $0["reason"] is String && $0["reason_zh"] is String })
                #expect(problems.contains { $0["line"] as? Int == 3 && $0["column"] as? String == "name" })
            }
            try await client.execute(uri: "/v1/imports/operators", method: .post, body: ServiceFixture.body(bad)) {
                #expect($0.status == .unauthorized)
            }
            try await client.execute(
                uri: "/v1/imports/people", method: .post, headers: ServiceFixture.bearer(fixture.cityToken)
            ) {
                #expect($0.status == .notFound)
            }
        }
        #expect(try fixture.registry.audit.auditHeadSeq() == head)
        // A good file: dry run writes nothing, then the import writes it.
        let good =
            header + "\n"
            + (try fixture.registry.exports.exportText(.operators, format: .csv)).split(separator: "\n")[1] + "\n"
        try await fixture.application.test(.router) { client in
            try await client.execute(
                uri: "/v1/imports/operators?dry_run=true&update=true", method: .post,
                headers: ServiceFixture.bearer(fixture.cityToken),
                body: ServiceFixture.body(good)
            ) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
                let summary = try ServiceFixture.object(response)
                #expect(summary["dry_run"] as? Bool == true)
                #expect(summary["rows"] as? Int == 1)
            }
            #expect(try fixture.registry.audit.auditHeadSeq() == head)
            try await client.execute(
                uri: "/v1/imports/operators?update=true&reason=%E6%A0%B8%E5%AF%B9", method: .post,
                headers: ServiceFixture.bearer(fixture.cityToken),
                body: ServiceFixture.body(good)
            ) { response in
                #expect(response.status == .created, "\(String(buffer: response.body))")
            }
        }
    }
}
