import Foundation
import GRDB
import Testing

@testable import Registry

/// Recognition, price, vacancy, age-class and keyword filters of the nearby search.
@Suite("Nearby search: filters")
struct NearbySearchFilterTests {
    static let centre = GeoPoint(lat: 32.0100, lon: 120.8600)
    static var spot: GeoPoint { SphereCheck.destination(from: centre, metres: 400, bearing: 120) }

    func query(
        allStatuses: Bool = false, asOf: String = SearchFixture.asOf, maxPrice: Int? = nil, vacancy: Bool = false,
        ageClass: String? = nil, keyword: String? = nil, kinds: Set<Int> = []
    ) -> NearbyQuery {
        NearbyQuery(
            centre: Self.centre, radius: 1_000, kindNumbers: kinds, ageClass: ageClass, maxMonthlyPriceFen: maxPrice,
            vacancyOnly: vacancy, keyword: keyword, allStatuses: allStatuses, asOf: asOf, limit: 100)
    }

    /// Each outlet at a slightly different distance so the expected order is the id order.
    func place(
        _ fixture: SearchFixture, _ id: String, _ index: Int, kind: String = "childcare_institution",
        name: String? = nil, address: String = "南通市崇川区某路1号", pricing: String = "inclusive"
    ) throws -> Int64 {
        try fixture.outlet(
            id, at: SphereCheck.destination(from: Self.centre, metres: Double(100 + index * 10), bearing: 45),
            kind: kind, name: name, address: address, pricing: pricing)
    }

    @Test("certified-only keeps outlets whose latest recognition is certified and valid on the day")
    func certifiedOnly() throws {
        let fixture = try SearchFixture()
        try fixture.certify(try place(fixture, "A-OK", 0), status: "certified")
        try fixture.certify(try place(fixture, "B-SUSPENDED", 1), status: "suspended")
        try fixture.certify(try place(fixture, "C-REVOKED", 2), status: "revoked")
        try fixture.certify(
            try place(fixture, "D-EXPIRED-BY-DATE", 3), status: "certified", validFrom: "2022-01-01",
            validTo: "2024-12-31")
        try fixture.certify(
            try place(fixture, "E-FUTURE", 4), status: "certified", validFrom: "2025-07-01", validTo: "2028-06-30")
        _ = try place(fixture, "F-NEVER", 5, pricing: "market")
        let reinstated = try place(fixture, "G-REINSTATED", 6)
        try fixture.certify(reinstated, status: "suspended")
        try fixture.certify(reinstated, status: "certified")
        let revokedLater = try place(fixture, "H-REVOKED-LATER", 7)
        try fixture.certify(revokedLater, status: "certified")
        try fixture.certify(revokedLater, status: "revoked")
        try fixture.certify(try place(fixture, "I-EXPIRED", 8), status: "expired")

        #expect(try fixture.ids(query()) == ["A-OK", "G-REINSTATED"])

        let all = try fixture.search(query(allStatuses: true))
        #expect(
            all.results.map(\.id) == [
                "A-OK", "B-SUSPENDED", "C-REVOKED", "D-EXPIRED-BY-DATE", "E-FUTURE", "F-NEVER", "G-REINSTATED",
                "H-REVOKED-LATER", "I-EXPIRED",
            ])
        let byID = Dictionary(uniqueKeysWithValues: all.results.map { ($0.id, $0) })
        #expect(byID["B-SUSPENDED"]?.certification?.status == "suspended")
        #expect(byID["H-REVOKED-LATER"]?.certification?.status == "revoked")
        #expect(byID["F-NEVER"]?.certification == nil)
        #expect(byID["F-NEVER"]?.pricing == "market")
    }

    @Test(
        "as-of boundary days: valid_from and valid_to are both valid days",
        arguments: [
            ("2025-03-01", true), ("2025-02-28", false), ("2025-09-30", true), ("2025-10-01", false),
        ])
    func asOfBoundaries(asOf: String, valid: Bool) throws {
        let fixture = try SearchFixture()
        try fixture.certify(
            try place(fixture, "B1", 0), status: "certified", validFrom: "2025-03-01", validTo: "2025-09-30")
        #expect(try fixture.ids(query(asOf: asOf)) == (valid ? ["B1"] : []))
    }

    @Test("monthly price: the lowest inclusive month price in force on the day, with history")
    func priceHistory() throws {
        let fixture = try SearchFixture()
        let history = try place(fixture, "P1", 0)
        try fixture.certify(history, status: "certified")
        // Old price ended; new one in force since 2025-03-01.
        try fixture.price(history, fen: 150_000, from: "2024-01-01", to: "2025-02-28")
        try fixture.price(history, fen: 210_000, from: "2025-03-01")
        // Not counted: a cheaper market price, a cheaper daily price, a future price.
        try fixture.price(history, fen: 90_000, from: "2024-01-01", inclusive: false, item: "市场价")
        try fixture.price(history, fen: 10_000, from: "2024-01-01", unit: "day", item: "日托")
        try fixture.price(history, fen: 100_000, from: "2025-07-01", item: "半日托")

        let twoItems = try place(fixture, "P2", 1)
        try fixture.certify(twoItems, status: "certified")
        try fixture.price(twoItems, fen: 190_000, from: "2025-01-01", item: "全日托")
        try fixture.price(twoItems, fen: 120_000, from: "2025-01-01", to: "2025-06-30", item: "半日托")

        try fixture.certify(try place(fixture, "P3-NO-PRICE", 2), status: "certified")

        let hits = try fixture.search(query()).results
        #expect(hits.map(\.monthlyPriceFen) == [210_000, 120_000, nil])
        #expect(try fixture.ids(query(maxPrice: 200_000)) == ["P2"])
        #expect(try fixture.ids(query(maxPrice: 210_000)) == ["P1", "P2"])
        #expect(try fixture.ids(query(maxPrice: 119_999)) == [])
        // A day later the 半日托 price has ended; 全日托 remains. In 2024 the old price applied.
        #expect(
            try fixture.search(query(asOf: "2025-07-01")).results.map(\.monthlyPriceFen) == [100_000, 190_000, nil])
        #expect(
            try fixture.search(query(asOf: "2025-02-28")).results.map(\.monthlyPriceFen) == [150_000, 120_000, nil])
    }

    @Test("vacancy: a childcare class with a free place; elder outlets (no occupancy data) are left out")
    func vacancy() throws {
        let fixture = try SearchFixture()
        let free = try place(fixture, "V1-FREE", 0)
        try fixture.childcareClass(free, seq: 1, type: "infant", capacity: 10, enrolled: 10)
        try fixture.childcareClass(free, seq: 2, type: "toddler", capacity: 15, enrolled: 12)
        let full = try place(fixture, "V2-FULL", 1)
        try fixture.childcareClass(full, seq: 1, type: "toddler", capacity: 15, enrolled: 15)
        _ = try place(fixture, "V3-NO-CLASSES", 2)
        _ = try place(fixture, "V4-ELDER", 3, kind: "elder_institution")

        #expect(try fixture.ids(query(allStatuses: true, vacancy: true)) == ["V1-FREE"])
        #expect(try fixture.ids(query(allStatuses: true)).count == 4)
        // With an age class, the free place must be in a class of that type.
        #expect(try fixture.ids(query(allStatuses: true, vacancy: true, ageClass: "toddler")) == ["V1-FREE"])
        #expect(try fixture.ids(query(allStatuses: true, vacancy: true, ageClass: "infant")) == [])
    }

    @Test("age class: childcare outlets with a class of that type")
    func ageClass() throws {
        let fixture = try SearchFixture()
        let infants = try place(fixture, "A1", 0)
        try fixture.childcareClass(infants, seq: 1, type: "infant", capacity: 10, enrolled: 10)
        try fixture.childcareClass(infants, seq: 2, type: "mixed", capacity: 18, enrolled: 3)
        let toddlers = try place(fixture, "A2", 1)
        try fixture.childcareClass(toddlers, seq: 1, type: "toddler", capacity: 15, enrolled: 3)
        #expect(try fixture.ids(query(allStatuses: true, ageClass: "infant")) == ["A1"])
        #expect(try fixture.ids(query(allStatuses: true, ageClass: "toddler")) == ["A2"])
        #expect(try fixture.ids(query(allStatuses: true, ageClass: "preschool")) == [])
    }

    @Test(
        "keyword in name or address: 1, 2 and 3+ Chinese characters, ASCII (case folded), quotes",
        arguments: [
            ("崇", ["K1", "K2", "K3"]),
            ("崇川", ["K1", "K2", "K3"]),
            ("崇川区", ["K1", "K3"]),
            ("托育", ["K1", "K4"]),
            ("阳光托育", ["K1"]),
            ("文峰路", ["K2"]),
            ("峰", ["K2"]),
            ("Kids", ["K4"]),
            ("kids", ["K4"]),
            ("ab", ["K4"]),
            ("AB", ["K4"]),
            ("B\"C", ["K4"]),
            ("\"", ["K4"]),
            ("海门", []),
            ("不存在的名字", []),
        ])
    func keyword(text: String, expected: [String]) throws {
        let fixture = try SearchFixture()
        _ = try place(fixture, "K1", 0, name: "阳光托育园", address: "崇川区城东路1号")
        _ = try place(fixture, "K2", 1, kind: "elder_day_care", name: "崇川日间照料中心", address: "文峰路22号")
        _ = try place(fixture, "K3", 2, kind: "elder_institution", name: "颐养院", address: "南通市崇川区虹桥路3号")
        _ = try place(fixture, "K4", 3, name: "Happy Kids 托育 AB\"C", address: "通州区金沙镇")
        #expect(try fixture.ids(query(allStatuses: true, keyword: text)) == expected)
        // The same keyword city-wide (no centre) gives the same outlets, by id.
        let cityWide = NearbyQuery(keyword: text, allStatuses: true, asOf: SearchFixture.asOf)
        #expect(try fixture.ids(cityWide) == expected)
    }

    @Test("a keyword in decomposed Unicode (NFD) matches NFC-stored text")
    func keywordNormalisation() throws {
        let fixture = try SearchFixture()
        _ = try place(fixture, "U1", 0, name: "Café 托育")
        let decomposed = "Cafe\u{301}"
        #expect(decomposed.unicodeScalars.count == 5)
        #expect(try fixture.ids(query(allStatuses: true, keyword: decomposed)) == ["U1"])
        #expect(try fixture.ids(query(allStatuses: true, keyword: " 托育 ")) == ["U1"])
    }

    @Test("filters combine with kinds and certification")
    func combined() throws {
        let fixture = try SearchFixture()
        let good = try place(fixture, "M1", 0, name: "城东托育园")
        try fixture.certify(good, status: "certified")
        try fixture.price(good, fen: 150_000, from: "2025-01-01")
        try fixture.childcareClass(good, seq: 1, type: "toddler", capacity: 15, enrolled: 10)
        let pricey = try place(fixture, "M2", 1, name: "城东托育园二部")
        try fixture.certify(pricey, status: "certified")
        try fixture.price(pricey, fen: 350_000, from: "2025-01-01")
        try fixture.childcareClass(pricey, seq: 1, type: "toddler", capacity: 15, enrolled: 10)
        let elder = try place(fixture, "M3", 2, kind: "elder_institution", name: "城东托育园养老部")
        try fixture.certify(elder, status: "certified")
        try fixture.price(elder, fen: 150_000, from: "2025-01-01")
        let q = query(maxPrice: 200_000, vacancy: true, ageClass: "toddler", keyword: "城东托育", kinds: [5, 6, 7, 8])
        #expect(try fixture.ids(q) == ["M1"])
    }
}
