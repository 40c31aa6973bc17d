import Foundation
import GRDB
import Testing

@testable import Registry

/// `--place NAME`: 街道/镇 and district names to a search centre.
@Suite("Nearby search: place lookup")
struct NearbySearchPlaceTests {
    func resolve(_ name: String, _ fixture: SearchFixture) throws -> Place {
        try PlaceLookup.resolve(name, reader: fixture.dbQueue)
    }

    @Test(
        "exact names and names with or without a suffix",
        arguments: [
            ("城东", "城东", Place.Level.street, "320613"),
            ("城东街道", "城东", .street, "320613"),
            (" 城东街道 ", "城东", .street, "320613"),
            ("城东镇", "城东镇", .town, "320685"),
            ("狼山镇", "狼山镇", .town, "320613"),
            ("狼山", "狼山镇", .town, "320613"),
            ("崇川区", "崇川区", .district, "320613"),
            ("崇川", "崇川区", .district, "320613"),
            ("Chongchuan", "崇川区", .district, "320613"),
            ("chongchuan district", "崇川区", .district, "320613"),
            ("开发区", "南通经济技术开发区", .district, "320671"),
            ("南通市", "南通市", .city, "320600"),
            ("海安镇", "海安镇", .town, "320685"),
            ("海安市", "海安市", .district, "320685"),
        ])
    func resolves(name: String, expected: String, level: Place.Level, district: String) throws {
        let fixture = try SearchFixture()
        let place = try resolve(name, fixture)
        #expect(place.name == expected)
        #expect(place.level == level)
        #expect(place.districtCode == district)
    }

    @Test("a place's centre comes from the table")
    func centre() throws {
        let fixture = try SearchFixture()
        #expect(try resolve("城东街道", fixture).centre == GeoPoint(lat: 32.02, lon: 120.90))
        #expect(try resolve("崇川", fixture).centre == GeoPoint(lat: 32.01, lon: 120.86))
        #expect(try resolve("狼山", fixture).districtName == "崇川区")
    }

    @Test("the same name in two districts is an error listing both with their districts")
    func ambiguous() throws {
        let fixture = try SearchFixture()
        try fixture.dbQueue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO subdistrict (district_code, name, kind, centre_lat, centre_lon)
                    VALUES ('320685', '城东', 'street', 32.54, 120.48)
                    """)
        }
        do {
            _ = try resolve("城东", fixture)
            Issue.record("expected an ambiguity")
        } catch SearchError.placeAmbiguous(let name, let candidates) {
            #expect(name == "城东")
            #expect(candidates.map(\.qualifiedName).sorted() == ["城东 (崇川区)", "城东 (海安市)"])
        }
        let error = SearchError.placeAmbiguous(name: "城东", candidates: [])
        #expect(error.description.contains("ambiguous"))
        // A suffix that names a town is not ambiguous with a street.
        #expect(try resolve("城东镇", fixture).districtCode == "320685")
    }

    @Test("海安 alone names both a town and a city: ambiguous")
    func townOrCity() throws {
        let fixture = try SearchFixture()
        #expect {
            _ = try resolve("海安", fixture)
        } throws: { error in
            guard case SearchError.placeAmbiguous(_, let candidates) = error else { return false }
            return Set(candidates.map(\.name)) == ["海安镇", "海安市"]
        }
    }

    @Test(
        "an unknown name is an error with the closest names",
        arguments: [
            ("城冬", ["城东 (崇川区)"]),
            ("狼三镇", ["狼山镇 (崇川区)"]),
            ("崇州区", ["崇川区"]),
            ("北京", []),
        ])
    func unknown(name: String, suggestions: [String]) throws {
        let fixture = try SearchFixture()
        do {
            _ = try resolve(name, fixture)
            Issue.record("expected not found")
        } catch SearchError.placeNotFound(let missing, let found) {
            #expect(missing == name)
            #expect(Array(found.prefix(suggestions.count)) == suggestions)
            if suggestions.isEmpty { #expect(found.isEmpty) }
            let description = SearchError.placeNotFound(name: missing, suggestions: found).description
            #expect(description.contains(name))
        }
    }

    @Test("edit distance counts characters, not bytes")
    func editDistance() {
        #expect(PlaceLookup.editDistance("城东", "城冬") == 1)
        #expect(PlaceLookup.editDistance("", "狼山镇") == 3)
        #expect(PlaceLookup.editDistance("kitten", "sitting") == 3)
    }
}
