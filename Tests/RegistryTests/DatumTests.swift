import Foundation
import Testing

@testable import Registry

/// WGS-84 / GCJ-02 / BD-09 conversions.
@Suite("Datum")
struct DatumTests {
    static let nantongPoints = [
        GeoPoint(lat: 32.0100, lon: 120.8600), GeoPoint(lat: 31.60, lon: 120.20), GeoPoint(lat: 32.75, lon: 122.00),
        GeoPoint(lat: 32.37, lon: 120.57), GeoPoint(lat: 31.81, lon: 121.66), GeoPoint(lat: 32.0312, lon: 120.8751),
    ]

    /// Published test vectors shared by the coordtransform (JavaScript/Python) and Hutool
    /// (Java) libraries for Tiananmen (116.404, 39.915); both implement the same public
    /// formulas, so matching them to 1e-9° (0.1 mm) shows ours is that formula.
    @Test("forward transforms match published vectors")
    func publishedVectors() {
        let wgs = GeoPoint(lat: 39.915, lon: 116.404)
        let gcj = Datum.gcj02.fromWGS84(wgs)
        #expect(abs(gcj.lat - 39.91640428150164) < 1e-9)
        #expect(abs(gcj.lon - 116.41024449916938) < 1e-9)
        let bd = Datum.gcj02ToBD09(wgs)  // the vector treats (39.915, 116.404) as GCJ-02
        #expect(abs(bd.lat - 39.92133699351021) < 1e-9)
        #expect(abs(bd.lon - 116.41036949371029) < 1e-9)
        // The libraries' one-step BD-09 → GCJ-02; ours refines it, so agree to ≈ 1e-6° (0.1 m).
        let back = Datum.bd09ToGCJ02(wgs)
        #expect(abs(back.lat - 39.90865673957631) < 2e-6)
        #expect(abs(back.lon - 116.39762729119315) < 2e-6)
    }

    @Test("GCJ-02 → WGS-84 inverts the forward transform within 0.01 m across Nantong")
    func gcjRoundTrip() {
        for wgs in Self.nantongPoints {
            let gcj = Datum.gcj02.fromWGS84(wgs)
            // The offset is real (hundreds of metres), so a missing conversion would show.
            #expect(Geodesy.distance(wgs, gcj) > 100 && Geodesy.distance(wgs, gcj) < 1_000)
            let back = Datum.gcj02.toWGS84(gcj)
            #expect(Geodesy.distance(wgs, back) < 0.01)
        }
    }

    @Test("BD-09 → WGS-84 inverts the forward transforms within 0.01 m across Nantong")
    func bdRoundTrip() {
        for wgs in Self.nantongPoints {
            let bd = Datum.bd09.fromWGS84(wgs)
            #expect(Geodesy.distance(wgs, bd) > 500)
            #expect(Geodesy.distance(wgs, Datum.bd09.toWGS84(bd)) < 0.01)
            #expect(Geodesy.distance(bd, Datum.gcj02ToBD09(Datum.bd09ToGCJ02(bd))) < 0.01)
        }
    }

    @Test("WGS-84 is unchanged; outside China GCJ-02 equals WGS-84")
    func identities() {
        let london = GeoPoint(lat: 51.5007, lon: -0.1246)
        #expect(Datum.gcj02.toWGS84(london) == london)
        #expect(Datum.gcj02.fromWGS84(london) == london)
        #expect(Datum.wgs84.toWGS84(Self.nantongPoints[0]) == Self.nantongPoints[0])
        #expect(Datum(rawValue: "bd09") == .bd09 && Datum.allCases.count == 3)
    }

    /// A second, independently written forward transform (the same published constants, written
    /// as sums of sine terms from coefficient tables, working in radians), compared at Nantong.
    @Test("the forward transform agrees with a second implementation at Nantong points")
    func secondImplementation() {
        for wgs in Self.nantongPoints {
            let ours = Datum.gcj02.fromWGS84(wgs)
            let theirs = ReferenceGCJ.forward(wgs)
            #expect(abs(ours.lat - theirs.lat) < 1e-10)
            #expect(abs(ours.lon - theirs.lon) < 1e-10)
        }
    }
}

/// The GCJ-02 forward formula written differently: each offset is a polynomial plus a table of
/// (amplitude, frequency) sine terms; degrees-per-metre from the Krasovsky radii of curvature.
enum ReferenceGCJ {
    static let a = 6_378_245.0
    static let e2 = 0.006_693_421_622_965_943_23

    static func sineSeries(_ terms: [(amplitude: Double, period: Double)], _ t: Double) -> Double {
        terms.reduce(0) { $0 + $1.amplitude * sin(Double.pi * t / $1.period) } * 2 / 3
    }

    static func forward(_ p: GeoPoint) -> GeoPoint {
        let x = p.lon - 105
        let y = p.lat - 35
        let northMetres =
            -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt(abs(x))
            + sineSeries([(20, 1.0 / 6), (20, 0.5)], x)
            + sineSeries([(20, 1), (40, 3), (160, 12), (320, 30)], y)
        let eastMetres =
            300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt(abs(x))
            + sineSeries([(20, 1.0 / 6), (20, 0.5)], x)
            + sineSeries([(20, 1), (40, 3), (150, 12), (300, 30)], x)
        let phi = p.lat * .pi / 180
        let w = 1 - e2 * sin(phi) * sin(phi)
        let meridianRadius = a * (1 - e2) / pow(w, 1.5)
        let primeVerticalRadius = a / sqrt(w)
        let dLat = northMetres / meridianRadius * 180 / .pi
        let dLon = eastMetres / (primeVerticalRadius * cos(phi)) * 180 / .pi
        return GeoPoint(lat: p.lat + dLat, lon: p.lon + dLon)
    }
}
