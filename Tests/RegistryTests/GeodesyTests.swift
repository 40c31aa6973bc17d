import Foundation
import Testing

@testable import Registry

/// Haversine distances and the search's bounding box, checked against independent spherical
/// formulas on the same sphere.
@Suite("Geodesy")
struct GeodesyTests {
    static let nantong = GeoPoint(lat: 32.0100, lon: 120.8600)

    @Test("haversine agrees with Vincenty-on-the-sphere within 1 mm up to 50 km")
    func againstVincentySphere() {
        var generator = SplitMix(seed: 11)
        for _ in 0..<2_000 {
            let metres = generator.unit() * 50_000
            let target = SphereCheck.destination(from: Self.nantong, metres: metres, bearing: generator.unit() * 360)
            let haversine = Geodesy.distance(Self.nantong, target)
            #expect(abs(haversine - SphereCheck.distance(Self.nantong, target)) < 0.001)
            #expect(abs(haversine - metres) < 0.001)
        }
    }

    @Test("haversine agrees with the spherical law of cosines (a third formula) within 1 m")
    func againstLawOfCosines() {
        let points = [
            GeoPoint(lat: 32.0200, lon: 120.9000), GeoPoint(lat: 31.8700, lon: 121.1800),
            GeoPoint(lat: 32.0101, lon: 120.8601), GeoPoint(lat: 32.37, lon: 120.57),
        ]
        for point in points {
            let phi1 = Self.nantong.lat * .pi / 180
            let phi2 = point.lat * .pi / 180
            let dLambda = (point.lon - Self.nantong.lon) * .pi / 180
            let cosines = SphereCheck.radius * acos(sin(phi1) * sin(phi2) + cos(phi1) * cos(phi2) * cos(dLambda))
            #expect(abs(Geodesy.distance(Self.nantong, point) - cosines) < 1)
        }
    }

    @Test("known values: one degree of latitude, zero, antipodes")
    func knownValues() {
        let oneDegree = Geodesy.distance(lat1: 32, lon1: 120, lat2: 33, lon2: 120)
        #expect(abs(oneDegree - 6_371_008.8 * .pi / 180) < 1e-6)
        #expect(Geodesy.distance(Self.nantong, Self.nantong) == 0)
        let half = Geodesy.distance(lat1: 0, lon1: 0, lat2: 0, lon2: 180)
        #expect(abs(half - 6_371_008.8 * .pi) < 1e-6)
        #expect(Geodesy.earthRadius == 6_371_008.8)
    }

    @Test(
        "the box contains the whole circle, in every direction, at several latitudes and radii",
        arguments: [31.60, 32.01, 32.75, 60.0])
    func boxContainsCircle(latitude: Double) {
        let centre = GeoPoint(lat: latitude, lon: 121.0)
        for radius in [50.0, 1_000, 3_000, 50_000] {
            let box = GeoBox(around: centre, radius: radius)
            for bearing in stride(from: 0.0, to: 360, by: 1) {
                let edge = SphereCheck.destination(from: centre, metres: radius, bearing: bearing)
                #expect(box.minLat < edge.lat && edge.lat < box.maxLat, "lat \(edge.lat) at \(bearing)°")
                #expect(box.minLon < edge.lon && edge.lon < box.maxLon, "lon \(edge.lon) at \(bearing)°")
            }
            // Not wastefully large: within padding plus 1 % of the true reach.
            let north = SphereCheck.destination(from: centre, metres: radius, bearing: 0)
            #expect(box.maxLat - north.lat < GeoBox.float32Padding + (north.lat - centre.lat) * 0.01)
        }
    }

    @Test("near a pole the box spans every longitude")
    func nearPole() {
        let box = GeoBox(around: GeoPoint(lat: 89.9, lon: 10), radius: 50_000)
        #expect(box.minLon == -180 && box.maxLon == 180)
        #expect(box.maxLat == 90)
    }
}
