import Foundation
import GRDB
import Testing

@testable import Registry

/// Geometry, ordering, kinds and paging of the nearby search.
@Suite("Nearby search: geometry, order, kinds, paging")
struct NearbySearchTests {
    static let centre = GeoPoint(lat: 32.0100, lon: 120.8600)

    func query(
        _ centre: GeoPoint = NearbySearchTests.centre, radius: Double = 1_000, kinds: Set<Int> = [],
        allStatuses: Bool = true, limit: Int = 100, offset: Int = 0
    ) -> NearbyQuery {
        NearbyQuery(
            centre: centre, radius: radius, kindNumbers: kinds, allStatuses: allStatuses, asOf: SearchFixture.asOf,
            limit: limit, offset: offset)
    }

    @Test(
        "an outlet 0.5 m inside the radius is found, 0.5 m outside is not", arguments: [0.0, 90.0, 180.0, 270.0, 45.0])
    func radiusEdges(bearing: Double) throws {
        let fixture = try SearchFixture()
        let radius = 1_000.0
        try fixture.outlet("IN", at: SphereCheck.destination(from: Self.centre, metres: radius - 0.5, bearing: bearing))
        try fixture.outlet(
            "OUT", at: SphereCheck.destination(from: Self.centre, metres: radius + 0.5, bearing: bearing))
        let result = try fixture.search(query(radius: radius))
        #expect(result.results.map(\.id) == ["IN"])
        #expect(result.total == 1)
        let distance = try #require(result.results.first?.distanceMetres)
        #expect(abs(distance - (radius - 0.5)) < 0.01)
    }

    @Test("an outlet exactly on the radius is included (distance <= radius)")
    func exactlyOnTheEdge() throws {
        let fixture = try SearchFixture()
        let point = SphereCheck.destination(from: Self.centre, metres: 2_000, bearing: 60)
        try fixture.outlet("EDGE", at: point)
        let onEdge = Geodesy.distance(Self.centre, point)
        #expect(try fixture.ids(query(radius: onEdge)) == ["EDGE"])
        #expect(try fixture.ids(query(radius: onEdge.nextDown)) == [])
    }

    /// The bounding box widens in longitude with latitude; near the city's north (32.75°) and
    /// south (31.60°) edges, compare the search with brute force over scattered points.
    @Test("the box loses nothing near the city's north and south edges", arguments: [32.74, 31.61])
    func boxNearCityEdges(latitude: Double) throws {
        let fixture = try SearchFixture()
        let centre = GeoPoint(lat: latitude, lon: 121.30)
        let radius = 3_000.0
        var generator = SplitMix(seed: 7)
        var expected: [String] = []
        for index in 0..<400 {
            let bearing = generator.unit() * 360
            // Many points in the last metre inside and outside the circle, the rest anywhere.
            let metres = index % 2 == 0 ? radius - 1 + generator.unit() * 2 : generator.unit() * radius * 1.3
            let point = SphereCheck.destination(from: centre, metres: metres, bearing: bearing)
            let id = String(format: "P%03d", index)
            try fixture.outlet(id, at: point)
            // The two formulas agree to ~1e-9 m; no point falls that close to the circle.
            if SphereCheck.distance(centre, point) <= radius { expected.append(id) }
        }
        let result = try fixture.search(query(centre, radius: radius, limit: 1_000))
        #expect(Set(result.results.map(\.id)) == Set(expected))
        #expect(result.total == expected.count)
    }

    @Test("the box and distances hold for the largest radius")
    func largestRadius() throws {
        let fixture = try SearchFixture()
        for (index, bearing) in stride(from: 0.0, to: 360, by: 15).enumerated() {
            try fixture.outlet(
                "N\(index)", at: SphereCheck.destination(from: Self.centre, metres: 49_999, bearing: bearing))
            try fixture.outlet(
                "F\(index)", at: SphereCheck.destination(from: Self.centre, metres: 50_001, bearing: bearing))
        }
        let result = try fixture.search(query(radius: 50_000, limit: 100))
        #expect(result.total == 24)
        #expect(result.results.allSatisfy { $0.id.hasPrefix("N") })
    }

    @Test("outlets at the same point are ordered by id, not by insertion")
    func tiesByID() throws {
        let fixture = try SearchFixture()
        let point = SphereCheck.destination(from: Self.centre, metres: 300, bearing: 10)
        try fixture.outlet("NT-0009", at: point)
        try fixture.outlet("NT-0002", at: point)
        try fixture.outlet("NT-0005", at: point)
        try fixture.outlet("NT-0001", at: SphereCheck.destination(from: Self.centre, metres: 500, bearing: 10))
        try fixture.outlet("NT-0010", at: SphereCheck.destination(from: Self.centre, metres: 100, bearing: 10))
        #expect(try fixture.ids(query()) == ["NT-0010", "NT-0002", "NT-0005", "NT-0009", "NT-0001"])
        // A page boundary inside the tie keeps the same order.
        #expect(try fixture.ids(query(limit: 2, offset: 1)) == ["NT-0002", "NT-0005"])
    }

    @Test("results are sorted by distance")
    func sortedByDistance() throws {
        let fixture = try SearchFixture()
        for (index, metres) in [700.0, 100, 950, 300, 20].enumerated() {
            try fixture.outlet(
                "D\(index)", at: SphereCheck.destination(from: Self.centre, metres: metres, bearing: Double(index * 70))
            )
        }
        let result = try fixture.search(query())
        #expect(result.results.map(\.id) == ["D4", "D1", "D3", "D0", "D2"])
        let distances = result.results.compactMap(\.distanceMetres)
        #expect(distances == distances.sorted())
    }

    static let kindNames = [
        "elder_institution", "elder_community_center", "elder_day_care", "elder_home_care_station",
        "childcare_institution", "childcare_community", "childcare_kindergarten_class", "childcare_family",
    ]

    @Test(
        "kind filters: one kind, a family (a range in the index), a non-contiguous pair",
        arguments: [
            (Set([5]), ["K5"]),
            (Set([5, 6, 7, 8]), ["K5", "K6", "K7", "K8"]),
            (Set([1, 2, 3, 4]), ["K1", "K2", "K3", "K4"]),
            (Set([1, 5]), ["K1", "K5"]),
            (Set([2, 4, 8]), ["K2", "K4", "K8"]),
            (Set<Int>(), ["K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8"]),
        ])
    func kinds(selected: Set<Int>, expected: [String]) throws {
        let fixture = try SearchFixture()
        for (index, kind) in Self.kindNames.enumerated() {
            // Increasing distance with the number, so the expected order is the id order.
            let point = SphereCheck.destination(from: Self.centre, metres: Double(100 + index * 50), bearing: 200)
            try fixture.outlet("K\(index + 1)", at: point, kind: kind)
        }
        let result = try fixture.search(query(kinds: selected))
        #expect(result.results.map(\.id) == expected)
        #expect(result.results.map(\.kind) == expected.map { Self.kindNames[Int($0.dropFirst())! - 1] })
    }

    @Test("paging: limit and offset slice the sorted matches; the total stays the same")
    func paging() throws {
        let fixture = try SearchFixture()
        for index in 0..<25 {
            try fixture.outlet(
                String(format: "G%02d", index),
                at: SphereCheck.destination(from: Self.centre, metres: Double(10 + index * 30), bearing: 90))
        }
        let all = try fixture.search(query(limit: 100))
        #expect(all.total == 25)
        let first = try fixture.search(query(limit: 10, offset: 0))
        let second = try fixture.search(query(limit: 10, offset: 10))
        let third = try fixture.search(query(limit: 10, offset: 20))
        let beyond = try fixture.search(query(limit: 10, offset: 40))
        let none = try fixture.search(query(limit: 0))
        let totals: [Int] = [first.total, second.total, third.total, beyond.total, none.total]
        #expect(totals == [25, 25, 25, 25, 25])
        #expect((first.results + second.results + third.results).map(\.id) == all.results.map(\.id))
        #expect(third.results.count == 5)
        #expect(beyond.results.isEmpty && none.results.isEmpty)
        #expect(try fixture.search(query()).results.count == 25)
        #expect(
            try fixture.search(NearbyQuery(centre: Self.centre, allStatuses: true, asOf: SearchFixture.asOf)).results
                .count == 20)
    }

    /// The search resolves exact distances only where they decide the answer (the circle's edge,
    /// the requested page); paging through a dense cluster must still give exactly the brute-force
    /// order, count and distances.
    @Test("paging through a dense cluster agrees with brute force on every page", arguments: [4, 50])
    func pagingAgreesWithBruteForce(pageSize: Int) throws {
        let fixture = try SearchFixture()
        let radius = 500.0
        var generator = SplitMix(seed: 3)
        var expected: [(id: String, distance: Double)] = []
        for index in 0..<150 {
            // Half the points within a few metres of each other, some exactly shared, some on the edge.
            let metres =
                index % 3 == 0
                ? 200 + generator.unit() * 3
                : index % 3 == 1 ? radius - 2 + generator.unit() * 4 : generator.unit() * radius
            let point =
                index % 10 == 9
                ? SphereCheck.destination(from: Self.centre, metres: 201, bearing: 33)
                : SphereCheck.destination(from: Self.centre, metres: metres, bearing: generator.unit() * 360)
            let id = String(format: "Q%03d", (index * 37) % 150)
            try fixture.outlet(id, at: point)
            let distance = Geodesy.distance(Self.centre, point)
            if distance <= radius { expected.append((id, distance)) }
        }
        expected.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.id < $1.id }
        var seen: [SearchHit] = []
        var offset = 0
        while offset <= expected.count {
            let page = try fixture.search(query(radius: radius, limit: pageSize, offset: offset))
            #expect(page.total == expected.count)
            seen += page.results
            offset += pageSize
        }
        #expect(seen.map(\.id) == expected.map(\.id))
        #expect(seen.compactMap(\.distanceMetres) == expected.map(\.distance))
    }

    @Test("the k-th smallest value, for small (buffer) and large (sort) k")
    func kthSmallest() {
        var generator = SplitMix(seed: 5)
        let values = (0..<1_000).map { _ in (generator.unit() * 100).rounded() }
        let sorted = values.sorted()
        for k in [1, 2, 20, 256, 257, 999, 1_000] {
            #expect(NearbySearch.kthSmallest(values, k: k) == sorted[k - 1], "k = \(k)")
        }
    }

    /// The issue's acceptance scenario: near 32.0100,120.8600, 3,000 m, kind childcare: only
    /// currently certified childcare outlets within 3 km, nearest first, distances within 1 m of
    /// an independent great-circle computation.
    @Test("issue 2 acceptance: certified childcare within 3 km, distances agree within 1 m")
    func acceptanceScenario() throws {
        let fixture = try SearchFixture()
        var generator = SplitMix(seed: 42)
        var expected: [(id: String, distance: Double)] = []
        for index in 0..<300 {
            let point = GeoPoint(
                lat: Self.centre.lat + (generator.unit() - 0.5) * 0.08,
                lon: Self.centre.lon + (generator.unit() - 0.5) * 0.09)
            let kind = Self.kindNames[index % 8]
            let id = String(format: "NT-%04d", index)
            let rid = try fixture.outlet(id, at: point, kind: kind)
            let certified = index % 3 != 0
            try fixture.certify(rid, status: certified ? "certified" : "suspended")
            let distance = SphereCheck.distance(Self.centre, point)
            if certified, kind.hasPrefix("childcare"), distance <= 3_000 { expected.append((id, distance)) }
        }
        let result = try fixture.search(
            NearbyQuery(
                centre: Self.centre, radius: 3_000, kindNumbers: [5, 6, 7, 8], asOf: SearchFixture.asOf, limit: 1_000))
        #expect(result.total == expected.count)
        #expect(!expected.isEmpty)
        expected.sort { $0.distance < $1.distance }
        #expect(result.results.map(\.id) == expected.map(\.id))
        for (hit, check) in zip(result.results, expected) {
            let distance = try #require(hit.distanceMetres)
            #expect(abs(distance - check.distance) < 1, "\(hit.id): \(distance) vs \(check.distance)")
            #expect(hit.kind.hasPrefix("childcare"))
            #expect(hit.certification?.status == "certified")
        }
    }

    @Test("without a centre the search is city-wide, sorted by id, without distances")
    func cityWide() throws {
        let fixture = try SearchFixture()
        try fixture.outlet("C3", at: GeoPoint(lat: 32.5, lon: 120.5), name: "海安托育中心")
        try fixture.outlet("C1", at: GeoPoint(lat: 31.9, lon: 121.6), name: "启东托育中心")
        try fixture.outlet("C2", at: GeoPoint(lat: 32.0, lon: 120.9), kind: "elder_institution", name: "崇川养老院")
        let keyword = NearbyQuery(keyword: "托育中心", allStatuses: true, asOf: SearchFixture.asOf)
        let result = try fixture.search(keyword)
        #expect(result.results.map(\.id) == ["C1", "C3"])
        #expect(result.results.allSatisfy { $0.distanceMetres == nil })
        #expect(result.total == 2)
        #expect(try fixture.ids(NearbyQuery(kindNumbers: [1], allStatuses: true, asOf: SearchFixture.asOf)) == ["C2"])
        let paged = try fixture.search(NearbyQuery(allStatuses: true, asOf: SearchFixture.asOf, limit: 1, offset: 1))
        #expect(paged.total == 3 && paged.results.map(\.id) == ["C2"])
    }

    @Test("a hit carries the outlet's fields and encodes with the CLI's JSON keys")
    func hitFields() throws {
        let fixture = try SearchFixture()
        let point = SphereCheck.destination(from: Self.centre, metres: 250, bearing: 30)
        let rid = try fixture.outlet("NT-0100", at: point, name: "城东托育园", address: "崇川区城东路8号")
        try fixture.certify(rid, status: "certified", validTo: "2026-12-31", level: "provincial")
        try fixture.price(rid, fen: 180_000, from: "2025-01-01")
        let hit = try #require(try fixture.search(query(allStatuses: false)).results.first)
        #expect(hit.id == "NT-0100" && hit.name == "城东托育园" && hit.address == "崇川区城东路8号")
        #expect(hit.kind == "childcare_institution" && hit.districtCode == "320613" && hit.pricing == "inclusive")
        #expect(hit.lat == point.lat && hit.lon == point.lon)
        #expect(hit.operatorUSCC == SearchFixture.uscc && hit.subdistrict == nil)
        #expect(hit.certification?.level == "provincial" && hit.certification?.validTo == "2026-12-31")
        #expect(hit.certification?.badgeNo != nil)
        #expect(hit.monthlyPriceFen == 180_000)

        let bare = SearchHit(
            id: "X", name: "n", kind: "childcare_family", districtCode: "320613", subdistrict: nil, address: "a",
            lat: 32, lon: 120, distanceMetres: 12.5, certification: nil, monthlyPriceFen: nil, pricing: "market",
            operatorUSCC: SearchFixture.uscc)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(SearchResult(total: 1, results: [bare])))
        let object = try #require(json as? [String: Any])
        #expect(object["total"] as? Int == 1)
        let first = try #require((object["results"] as? [[String: Any]])?.first)
        for key in [
            "id", "name", "kind", "district_code", "address", "lat", "lon", "distance_m", "certification",
            "monthly_price_fen", "pricing", "operator_uscc", "subdistrict",
        ] {
            #expect(first.keys.contains(key), "missing \(key)")
        }
        #expect(first["monthly_price_fen"] is NSNull)
        let certified = SearchHit.Certification(
            status: "certified", level: "municipal", badgeNo: "B1", validTo: "2027-01-01")
        let certificationJSON =
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(certified)) as? [String: Any]
        #expect(
            certificationJSON?["badge"] as? String == "B1"
                && certificationJSON?["valid_until"] as? String == "2027-01-01")
    }

    @Test(
        "invalid queries are refused with a clear error",
        arguments: [
            (NearbyQuery(centre: centre, radius: 49.9, asOf: "2025-06-30"), SearchError.radiusOutOfRange(49.9)),
            (NearbyQuery(centre: centre, radius: 50_001, asOf: "2025-06-30"), .radiusOutOfRange(50_001)),
            (NearbyQuery(centre: centre, radius: .nan, asOf: "2025-06-30"), nil),
            (
                NearbyQuery(centre: GeoPoint(lat: 91, lon: 120), asOf: "2025-06-30"),
                .invalidCentre(GeoPoint(lat: 91, lon: 120))
            ),
            (NearbyQuery(centre: centre, asOf: "2025-02-29"), .invalidDate("2025-02-29")),
            (NearbyQuery(centre: centre, asOf: "2025-6-30"), .invalidDate("2025-6-30")),
            (NearbyQuery(centre: centre, kindNumbers: [0, 5], asOf: "2025-06-30"), .unknownKindNumber(0)),
            (NearbyQuery(centre: centre, ageClass: "baby", asOf: "2025-06-30"), .unknownAgeClass("baby")),
            (NearbyQuery(centre: centre, maxMonthlyPriceFen: -1, asOf: "2025-06-30"), .negativePrice(-1)),
            (NearbyQuery(centre: centre, asOf: "2025-06-30", limit: -1), .invalidPaging(limit: -1, offset: 0)),
            (NearbyQuery(centre: centre, keyword: "  ", asOf: "2025-06-30"), .emptyKeyword),
        ] as [(NearbyQuery, SearchError?)])
    func validation(query: NearbyQuery, expected: SearchError?) throws {
        let fixture = try SearchFixture()
        do {
            _ = try fixture.search(query)
            Issue.record("expected an error")
        } catch let error as SearchError {
            if let expected {
                #expect(error == expected)
            } else if case .radiusOutOfRange = error {
            } else {
                Issue.record("unexpected \(error)")
            }
            #expect(!error.description.isEmpty)
        }
    }

    @Test("the accepted radius bounds and a leap day are valid")
    func validBounds() throws {
        try NearbyQuery(centre: Self.centre, radius: 50, asOf: "2024-02-29").validate()
        try NearbyQuery(centre: Self.centre, radius: 50_000, asOf: "2000-02-29").validate()
        #expect(throws: SearchError.invalidDate("1900-02-29")) { try NearbyQuery(asOf: "1900-02-29").validate() }
    }
}

/// A small deterministic random generator so geometry tests are reproducible.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
