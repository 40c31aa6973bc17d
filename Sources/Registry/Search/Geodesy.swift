import Foundation

/// Great-circle distances for the nearby search.
///
/// The Earth is taken as a sphere of radius 6,371,008.8 m: the IUGG mean radius R₁ = (2a + b) / 3
/// of the WGS-84 ellipsoid. It is the usual choice because it minimises the mean error of
/// spherical distances against the ellipsoid (the error is at most ≈ 0.5 %, depending on
/// direction and latitude: 5 m over 1 km in the worst case), and it is the value an independent
/// great-circle check (the acceptance test) uses, so the two agree to millimetres.
/// Distances answer a resident's "how far", not a surveyor's.
enum Geodesy {
    /// IUGG mean Earth radius R₁ in metres (Moritz 1980, "Geodetic Reference System 1980").
    static let earthRadius = 6_371_008.8

    /// The haversine great-circle distance in metres between two points in degrees.
    ///
    /// Haversine rather than the spherical law of cosines because it stays accurate for the short
    /// distances a resident searches (a few metres to 50 km): `acos` of a number near 1 loses
    /// digits, `asin` of a small one does not.
    static func distance(lat1: Double, lon1: Double, lat2: Double, lon2: Double) -> Double {
        let radians = Double.pi / 180
        let phi1 = lat1 * radians
        let phi2 = lat2 * radians
        let sinHalfDPhi = sin((phi2 - phi1) / 2)
        let sinHalfDLambda = sin((lon2 - lon1) * radians / 2)
        let h = sinHalfDPhi * sinHalfDPhi + cos(phi1) * cos(phi2) * sinHalfDLambda * sinHalfDLambda
        return 2 * earthRadius * asin(min(1, h.squareRoot()))
    }

    /// The haversine distance in metres between two points.
    static func distance(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        distance(lat1: a.lat, lon1: a.lon, lat2: b.lat, lon2: b.lon)
    }
}
