import Foundation
import Testing

/// The resident's search, run through the built binary on the embedded sample registry that
/// first use creates (the README's main job). The rest of search is tested in-process
/// (`SearchCommandTests`).
@Suite("puhui search, end to end")
struct SearchEndToEndTests {
    /// The sample registry is shaped around this day (Seed/sample/README.md).
    static let asOf = "2026-11-29"

    struct Hit: Decodable {
        struct Certification: Decodable {
            var status: String
            var level: String
            var badge: String?
            var validUntil: String?
        }
        var id: String
        var kind: String
        var lat: Double
        var lon: Double
        var distanceM: Double
        var certification: Certification?
        var monthlyPriceFen: Int?
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
        let page = try JSONDecoder.fromSnakeCase.decode(Page.self, from: Data(result.stdout.utf8))
        #expect(page.total == page.results.count)
        #expect(page.total >= 10, "the sample is dense around central 崇川")
        var previous: (Double, String)?
        for hit in page.results {
            #expect(hit.kind.hasPrefix("childcare_"), "\(hit.id) is \(hit.kind)")
            #expect(hit.certification?.status == "certified", "\(hit.id)")
            if let until = hit.certification?.validUntil { #expect(until >= Self.asOf, "\(hit.id) expired") }
            #expect(hit.distanceM <= 3000)
            let independent = Self.independentDistance(32.0100, 120.8600, hit.lat, hit.lon)
            #expect(abs(independent - hit.distanceM) < 1, "\(hit.id): \(hit.distanceM) vs \(independent)")
            if let (distance, id) = previous {
                #expect(distance < hit.distanceM || (distance == hit.distanceM && id < hit.id))
            }
            previous = (hit.distanceM, hit.id)
        }
    }
}
