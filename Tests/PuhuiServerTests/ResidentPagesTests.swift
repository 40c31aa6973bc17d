import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PuhuiServer
import Registry
import Testing

/// The residents' pages, in process: each page and each refusal (in the page's language, with
/// its status, never a crash), the same answers as `/v1`, one language at a time, the size
/// limit, the accessibility basics a test can read in the markup, and the badge check with
/// printed tokens — genuine, missing, forged, for another badge.
@Suite("puhui serve: residents' pages")
struct ResidentPagesTests {
    static let maxPageBytes = 100 * 1024

    static func get(_ client: some TestClientProtocol, _ uri: String, sourceLocation: SourceLocation = #_sourceLocation)
        async throws
        -> (status: HTTPResponse.Status, page: PageScan, headers: HTTPFields)
    {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(
                response.headers[.contentType] == "text/html; charset=utf-8", "\(uri)", sourceLocation: sourceLocation)
            #expect(
                response.body.readableBytes <= maxPageBytes, "\(uri): \(response.body.readableBytes) bytes",
                sourceLocation: sourceLocation)
            return (response.status, PageScan(response), response.headers)
        }
    }

    /// Every string in a JSON answer: the data a page shows as entered.
    static func strings(_ json: Any) -> [String] {
        switch json {
        case let text as String: [text]
        case let array as [Any]: array.flatMap(strings)
        case let object as [String: Any]: object.values.flatMap(strings)
        default: []
        }
    }

    static func v1(_ client: some TestClientProtocol, _ uri: String) async throws -> Any {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == .ok, "\(uri)")
            return try ServiceFixture.json(response)
        }
    }

    // MARK: - Pages

    @Test func theHomePageIsAChineseFormWithAnEnglishSwitch() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let (status, page, headers) = try await Self.get(client, "/")
            #expect(status == .ok)
            #expect(headers[.contentLanguage] == "zh-CN")
            #expect(headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(page.html.contains("<html lang=\"zh-CN\">"))
            #expect(page.html.contains("<a class=\"skip\" href=\"#main\">跳到正文</a>"))
            #expect(page.html.contains("<main id=\"main\""))
            #expect(page.html.contains("<form class=\"search\" action=\"/search\" method=\"get\">"))
            #expect(page.html.contains("href=\"/?lang=en\" lang=\"en\" hreflang=\"en\">English</a>"))
            #expect(page.unlabelledFields.isEmpty, "\(page.unlabelledFields)")
            // Nothing from elsewhere: only our own style sheet and script.
            #expect(!page.html.contains("src=\"http") && !page.html.contains("href=\"http"))
            #expect(page.html.contains("<script src=\"/assets/locate.js\" defer></script>"))
            #expect(page.englishWords(data: ["English"]).isEmpty, "\(page.englishWords(data: []))")

            let (enStatus, en, enHeaders) = try await Self.get(client, "/?lang=en")
            #expect(enStatus == .ok && enHeaders[.contentLanguage] == "en")
            #expect(en.html.contains("<html lang=\"en\">"))
            #expect(en.html.contains("<input type=\"hidden\" name=\"lang\" value=\"en\">"))
            #expect(en.html.contains("href=\"/\" lang=\"zh-CN\" hreflang=\"zh-CN\">中文</a>"))
            // The place names in the hint are data: names as stored.
            #expect(en.chineseLeft(data: ["城东", "崇川区"]).isEmpty, "\(en.chineseLeft(data: []))")
            // The checks can fail: each finds the other page's language.
            #expect(!en.englishWords(data: []).isEmpty && !page.chineseLeft(data: []).isEmpty)
        }
    }

    @Test func theAssetsAreOurOwn() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            try await client.execute(uri: "/assets/puhui.css", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "text/css; charset=utf-8")
                let css = String(buffer: response.body)
                #expect(css.contains(":root{font-size:125%") && css.contains("line-height:1.5"))
                #expect(!css.contains("url(") && !css.contains("@import"))
            }
            try await client.execute(uri: "/assets/locate.js", method: .get) { response in
                #expect(response.status == .ok && response.headers[.contentType] == "text/javascript; charset=utf-8")
                #expect(String(buffer: response.body).contains("navigator.geolocation.getCurrentPosition"))
            }
        }
    }

    /// (page query, `/v1/outlets` query): the same question asked both ways.
    static let searches: [String] = [
        "near=32.0100,120.8600&radius=3000&kind=childcare",
        "place=%E5%9F%8E%E4%B8%9C&kind=elder&radius=3000&max_price=1000",
        "near=32.0078,120.8657&datum=gcj02&kind=childcare&age_class=infant&vacancy=true",
        "keyword=%E9%A2%90%E5%85%BB&all_statuses=true&limit=3&offset=1",
        "place=%E5%9F%8E%E4%B8%9C&radius=5000&kind=childcare&sort=price&max_ratio=0.8",
        "near=32.0100,120.8600&radius=5000&all_statuses=true&limit=50",
    ]

    @Test(arguments: searches)
    func aSearchPageListsWhatV1Answers(_ query: String) async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let answer = try #require(try await Self.v1(client, "/v1/outlets?" + query) as? [String: Any])
            let ids = (answer["results"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            let total = try #require(answer["total"] as? Int)
            for lang in ["", "&lang=en"] {
                let (status, page, _) = try await Self.get(client, "/search?" + query + lang)
                #expect(status == .ok, "\(page.text())")
                #expect(page.outletIDs == ids, "\(query)\(lang)")
                if !ids.isEmpty {
                    #expect(page.html.contains(lang.isEmpty ? "共 \(total) 家" : "\(total) found"))
                    #expect(page.html.contains("<svg viewBox=\"0 0 400.0 320.0\" role=\"img\""))
                }
                let data = Self.strings(answer) + ["城东 (崇川区)"]
                if lang.isEmpty {
                    #expect(page.englishWords(data: data + ["English"]).isEmpty, "\(page.englishWords(data: data))")
                } else {
                    #expect(
                        page.chineseLeft(data: data + ["城东", "崇川区", "中文"]).isEmpty, "\(page.chineseLeft(data: data))")
                }
            }
        }
    }

    @Test func eachHitShowsDistanceFeeMarketRecognitionAndBadge() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let query = "near=32.0100,120.8600&radius=3000&kind=childcare"
            let answer = try #require(try await Self.v1(client, "/v1/outlets?" + query) as? [String: Any])
            let first = try #require((answer["results"] as? [[String: Any]])?.first)
            let (_, page, _) = try await Self.get(client, "/search?" + query)
            let badge = try #require((first["certification"] as? [String: Any])?["badge"] as? String)
            #expect(page.html.contains("<a href=\"/badge/\(badge)\">\(badge)</a>"))
            #expect(
                page.html.contains("<dt>距离</dt>") && page.html.contains("<dt>与市场比较</dt>")
                    && page.html.contains("<dt>认定</dt>"))
            let metres = Int(((first["distance_m"] as? Double) ?? 0).rounded())
            #expect(page.html.contains(metres < 1000 ? "\(metres)米" : "公里"))
            #expect(page.html.contains("市场中位"))
            #expect(page.html.contains("rel=\"next\"") == ((answer["total"] as? Int ?? 0) > 20))
        }
    }

    @Test func blankFormFieldsCountAsNotGiven() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let answer = try #require(
                try await Self.v1(client, "/v1/outlets?place=%E5%9F%8E%E4%B8%9C&radius=3000") as? [String: Any])
            let ids = (answer["results"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            let (status, page, _) = try await Self.get(
                client,
                "/search?place=%E5%9F%8E%E4%B8%9C&near=&radius=3000&kind=&age_class=&max_price=&keyword=&sort=distance")
            #expect(status == .ok)
            #expect(page.outletIDs == ids)
            // The form is filled in with what was asked.
            #expect(page.html.contains("<option value=\"3000\" selected>"))
            #expect(page.html.contains("value=\"城东\""))
        }
    }

    /// Refused searches: a page in the asked language with the status `/v1` answers, the form
    /// again, the field named by its label.
    static let refusals: [(query: String, status: Int, zh: String, en: String)] = [
        ("near=abc", 400, "“或坐标（纬度,经度）” abc", "“Or coordinates (latitude,longitude)” abc"),
        ("near=32.01,120.86&place=%E5%9F%8E%E4%B8%9C", 400, "不要同时给出", "not both"),
        ("", 400, "请说明位置", "say where"),
        ("place=%E7%81%AB%E6%98%9F", 404, "没有叫“火星”的街道、镇或区县", "no subdistrict, town or district is called"),
        ("near=32.01,120.86&radius=abc", 400, "“范围” abc：请写整数", "“Within” abc: give a whole number"),
        ("near=32.01,120.86&radius=10", 400, "请给 50 到 50000 米", "give 50 to 50000 metres"),
        ("near=32.01,120.86&kind=spaceship", 400, "没有这种类型", "no such kind"),
        ("near=32.01,120.86&max_price=lots", 400, "请写元为单位的金额", "give an amount in yuan"),
        ("near=32.01,120.86&colour=red", 400, "不认识的查询参数 colour", "unknown query parameter colour"),
        ("near=32.01,120.86&limit=51", 400, "每页最多 50 家", "at most 50 a page"),
    ]

    @Test(arguments: refusals)
    func aRefusedSearchIsAPageInItsLanguage(_ refusal: (query: String, status: Int, zh: String, en: String))
        async throws
    {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            for (suffix, words) in [("", refusal.zh), ("&lang=en", refusal.en)] {
                let (status, page, headers) = try await Self.get(client, "/search?" + refusal.query + suffix)
                #expect(Int(status.code) == refusal.status, "\(refusal.query)\(suffix): \(page.text())")
                #expect(page.html.contains(Self.htmlEscaped(words)), "\(refusal.query)\(suffix): \(page.text())")
                #expect(page.html.contains("role=\"alert\""))
                #expect(page.html.contains("<form class=\"search\""))
                #expect(headers[.cacheControl] == "no-store")
                #expect(page.html.contains(suffix.isEmpty ? "<html lang=\"zh-CN\">" : "<html lang=\"en\">"))
            }
        }
    }

    static func htmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    @Test func whatIsGivenIsEscaped() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let (status, page, _) = try await Self.get(client, "/search?keyword=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22")
            #expect(status == .ok)
            #expect(!page.html.contains("<script>alert"))
            #expect(page.html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;\""))
            let (badgeStatus, badge, _) = try await Self.get(client, "/badge/%3Cb%3Ex%3C%2Fb%3E")
            #expect(badgeStatus == .unprocessableContent)
            #expect(!badge.html.contains("<b>x</b>"))
        }
    }

    @Test func anOutletPageIsItsPublicRecord() async throws {
        let fixture = try ServiceFixture()
        try await fixture.application.test(.router) { client in
            let answer = try #require(try await Self.v1(client, "/v1/outlets/NT-0001") as? [String: Any])
            let outlet = try #require(answer["outlet"] as? [String: Any])
            let (status, page, _) = try await Self.get(client, "/outlets/NT-0001")
            #expect(status == .ok)
            #expect(page.html.contains("<h1>\(try #require(outlet["name"] as? String))</h1>"))
            #expect(page.html.contains(try #require(outlet["address"] as? String)))
            if let badge = (answer["certification"] as? [String: Any])?["badge_no"] as? String {
                #expect(page.html.contains("href=\"/badge/\(badge)\""))
            }
            let data = Self.strings(answer)
            #expect(page.englishWords(data: data + ["English"]).isEmpty, "\(page.englishWords(data: data))")
            let (_, en, _) = try await Self.get(client, "/outlets/NT-0001?lang=en")
            #expect(en.chineseLeft(data: data + ["中文"]).isEmpty, "\(en.chineseLeft(data: data))")

            let (missing, missingPage, _) = try await Self.get(client, "/outlets/NT-9999")
            #expect(missing == .notFound)
            #expect(missingPage.html.contains("NT-9999") && missingPage.html.contains("role=\"alert\""))
            let (missingEN, missingENPage, _) = try await Self.get(client, "/outlets/NT-9999?lang=en")
            #expect(missingEN == .notFound && missingENPage.html.contains("no outlet with id NT-9999"))
            let (bad, _, _) = try await Self.get(client, "/outlets/NT-0001?as_of=tomorrow")
            #expect(bad == .badRequest)
        }
    }
}
