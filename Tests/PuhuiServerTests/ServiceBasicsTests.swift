import Foundation
import Hummingbird
import HummingbirdTesting
import PuhuiServer
import Registry
import Synchronization
import Testing

/// What every answer shares: health, problem+json in the asked language, CORS, the rate limit,
/// ETags, the access log.
@Suite("puhui serve: basics")
struct ServiceBasicsTests {
    @Test func healthzNamesTheSchemaVersion() async throws {
        let fixture = try ServiceFixture()
        let migrations = Migration.embedded.count
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                let body = try ServiceFixture.object(response)
                #expect(body["status"] as? String == "ok")
                #expect(body["schema"] as? Int == migrations)
            }
        }
    }

    @Test func unknownRouteIsProblemJSONInTheAskedLanguage() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            var zh = HTTPFields()
            zh[.acceptLanguage] = "zh-CN,zh;q=0.9,en;q=0.8"
            try await client.execute(uri: "/v1/nothing", method: .get, headers: zh) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                #expect(response.headers[.contentLanguage] == "zh")
                let problem = try ServiceFixture.object(response)
                #expect(problem["title"] as? String == "没有这个地址")
                #expect(problem["status"] as? Int == 404)
                #expect(problem["instance"] as? String == "/v1/nothing")
            }
            var en = HTTPFields()
            en[.acceptLanguage] = "en-GB, zh;q=0.5"
            try await client.execute(uri: "/v1/outlets/NT-9999", method: .get, headers: en) { response in
                #expect(response.status == .notFound)
                let problem = try ServiceFixture.object(response)
                #expect((problem["detail"] as? String)?.contains("no outlet with id NT-9999") == true)
            }
        }
    }

    @Test func corsIsOpenAndPreflightAnswers() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            var headers = HTTPFields()
            headers[.origin] = "https://portal.example"
            headers[.accessControlRequestMethod] = "GET"
            try await client.execute(uri: "/v1/outlets", method: .options, headers: headers) { response in
                #expect(response.status == .noContent || response.status == .ok)
                #expect(response.headers[.accessControlAllowOrigin] == "*")
                #expect(response.headers[.accessControlAllowMethods]?.contains("POST") == true)
            }
            var get = HTTPFields()
            get[.origin] = "https://portal.example"
            try await client.execute(uri: "/healthz", method: .get, headers: get) { response in
                #expect(response.headers[.accessControlAllowOrigin] == "*")
                #expect(response.headers[.accessControlExposeHeaders]?.contains("ETag") == true)
            }
        }
    }

    @Test func aClientOverTheLimitGets429WithRetryAfter() async throws {
        let fixture = try ServiceFixture(rateLimit: 3)
        try await fixture.application.test(.router) { client in
            for _ in 0..<3 {
                try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .tooManyRequests)
                let wait = try #require(response.headers[.retryAfter].flatMap { Int($0) })
                #expect((1...20).contains(wait))
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
        }
    }

    /// A resident over the limit gets a page in the page's language, not problem+json.
    @Test func aResidentOverTheLimitGetsAPageWithRetryAfter() async throws {
        let fixture = try ServiceFixture(rateLimit: 2)
        try await fixture.application.test(.router) { client in
            for _ in 0..<2 {
                try await client.execute(uri: "/?lang=en", method: .get) { #expect($0.status == .ok) }
            }
            try await client.execute(uri: "/search?near=32.01,120.86&lang=en", method: .get) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter].flatMap { Int($0) } != nil)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                let page = String(buffer: response.body)
                #expect(page.contains("Too many requests"))
                #expect(page.contains("<html"))
            }
            try await client.execute(uri: "/badge/NT-X", method: .get) { response in
                #expect(response.status == .tooManyRequests)
                #expect(String(buffer: response.body).contains("请求过于频繁"))
            }
            try await client.execute(uri: "/v1/outlets?near=32.01,120.86", method: .get) { response in
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
        }
    }

    @Test func rateLimiterRefillsOverTime() {
        let start = ContinuousClock.now
        let now = Mutex(start)
        let limiter = RateLimiter(perMinute: 60, now: { now.withLock { $0 } })
        for _ in 0..<60 { #expect(limiter.take("a") == nil) }
        #expect(limiter.take("a") == 1)
        #expect(limiter.take("b") == nil)
        now.withLock { $0 = start + .seconds(2) }
        #expect(limiter.take("a") == nil)
        #expect(limiter.take("a") == nil)
        #expect(limiter.take("a") != nil)
    }

    @Test func etagAnswers304UntilTheRegistryChanges() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let uri = "/v1/outlets?near=32.0100,120.8600&radius=3000&kind=childcare"
            let tag = try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.cacheControl]?.hasPrefix("public") == true)
                return try #require(response.headers[.eTag])
            }
            var conditional = HTTPFields()
            conditional[.ifNoneMatch] = tag
            try await client.execute(uri: uri, method: .get, headers: conditional) { response in
                #expect(response.status == .notModified)
                #expect(response.body.readableBytes == 0)
            }
            // Another request has another tag.
            try await client.execute(uri: uri + "&limit=5", method: .get, headers: conditional) { response in
                #expect(response.status == .ok)
            }
            // A change to the registry moves the audit head: the old tag no longer matches.
            try fixture.registry.officers.addOfficer(id: "qian.feng", name: "钱峰", districtCode: nil, by: "wang.li")
            try await client.execute(uri: uri, method: .get, headers: conditional) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] != tag)
            }
        }
    }

    @Test func accessLogIsJSONLinesWithoutTokens() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { _ in }
            try await client.execute(
                uri: "/v1/changes?after=0&limit=1", method: .get, headers: ServiceFixture.bearer(fixture.cityToken)
            ) { #expect($0.status == .ok) }
            try await client.execute(uri: "/healthz", method: .get, headers: ServiceFixture.bearer("pht_nope")) {
                #expect($0.status == .unauthorized)
            }
        }
        let lines = fixture.log.all
        #expect(lines.count == 3)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["method"] as? String == "GET")
            #expect(object["status"] is Int)
            #expect(!line.contains("pht_"))
        }
        #expect(lines[0].contains("\"path\":\"/healthz\""))
        #expect(lines[2].contains("\"status\":401"))
    }
}
