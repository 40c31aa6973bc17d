import Foundation
import Testing

/// The resident's search, run through the built binary on the embedded sample registry.
@Suite("puhui search, end to end")
struct SearchEndToEndTests {
    /// The sample registry is shaped around this day (Seed/sample/README.md).
    static let asOf = "2026-11-29"

    struct Hit: Decodable {
        struct Certification: Decodable {
            var status: String
            var level: String
            var badge: String?
            var valid_until: String?
        }
        var id: String
        var kind: String
        var lat: Double
        var lon: Double
        var distance_m: Double
        var certification: Certification?
        var monthly_price_fen: Int?
    }

    struct Page: Decodable {
        var total: Int
        var results: [Hit]
    }

    /// Great-circle distance by the spherical law of cosines, a different formula from the
    /// product's haversine, on the same sphere (mean Earth radius, IUGG).
    static func independentDistance(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let r = 6_371_008.8
        let (p1, p2) = (lat1 * .pi / 180, lat2 * .pi / 180)
        let dl = (lon2 - lon1) * .pi / 180
        let cosine = sin(p1) * sin(p2) + cos(p1) * cos(p2) * cos(dl)
        return r * acos(min(1, max(-1, cosine)))
    }

    @Test func certifiedChildcareWithin3kmNearestFirst() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        let result = try puhui.run([
            "search", "--near", "32.0100,120.8600", "--radius", "3000", "--kind", "childcare",
            "--as-of", Self.asOf, "--limit", "1000", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("sample"), "first use says it created the sample registry")
        let page = try JSONDecoder().decode(Page.self, from: Data(result.stdout.utf8))
        #expect(page.total == page.results.count)
        #expect(page.total >= 10, "the sample is dense around central 崇川")
        var previous: (Double, String)?
        for hit in page.results {
            #expect(hit.kind.hasPrefix("childcare_"), "\(hit.id) is \(hit.kind)")
            #expect(hit.certification?.status == "certified", "\(hit.id)")
            if let until = hit.certification?.valid_until { #expect(until >= Self.asOf, "\(hit.id) expired") }
            #expect(hit.distance_m <= 3000)
            let independent = Self.independentDistance(32.0100, 120.8600, hit.lat, hit.lon)
            #expect(abs(independent - hit.distance_m) < 1, "\(hit.id): \(hit.distance_m) vs \(independent)")
            if let (distance, id) = previous {
                #expect(distance < hit.distance_m || (distance == hit.distance_m && id < hit.id))
            }
            previous = (hit.distance_m, hit.id)
        }
    }

    @Test func allStatusesFindsMoreThanCertifiedOnly() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        let arguments = ["search", "--near", "32.0100,120.8600", "--radius", "3000", "--as-of", Self.asOf, "--format", "json", "--limit", "1"]
        let certified = try JSONDecoder().decode(Page.self, from: Data(try puhui.run(arguments).stdout.utf8))
        let all = try JSONDecoder().decode(Page.self, from: Data(try puhui.run(arguments + ["--all-statuses"]).stdout.utf8))
        #expect(all.total > certified.total)
    }

    @Test func chineseTableIsAlignedAndLabelled() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        let result = try puhui.run(["search", "--place", "和平桥", "--radius", "2000", "--as-of", Self.asOf],
                                   environment: ["LANG": "zh_CN.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("距离"))
        #expect(result.stdout.contains("和平桥"))
    }

    @Test(arguments: [
        (["search", "--near", "32.01"], Int32(64)),
        (["search", "--near", "32.01,120.86", "--radius", "10"], Int32(64)),
        (["search", "--near", "32.01,120.86", "--kind", "baby"], Int32(64)),
        (["search", "--near", "32.01,120.86", "--as-of", "2026-02-30"], Int32(64)),
        (["search", "--place", "不存在的地方"], Int32(69)),
        (["search", "--db", "missing.sqlite", "--near", "32.01,120.86"], Int32(66)),
        (["show", "NT-NOPE"], Int32(69)),
    ])
    func badInputGetsAClearErrorAndStatus(arguments: [String], status: Int32) throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        let result = try puhui.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: puhui.path("missing.sqlite")), "a typo never creates a registry")
    }

    @Test(arguments: ["search", "show", "init", "import", "export"])
    func everyCommandHasHelpWithExamples(command: String) throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        let result = try puhui.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
    }
}
