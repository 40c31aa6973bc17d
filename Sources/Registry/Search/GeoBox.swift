import Foundation

/// A latitude/longitude rectangle that contains a circle: what the nearby search asks the
/// R*Tree (`outlet_geo`) for. It only ever produces candidates; the exact distance decides.
struct GeoBox: Sendable, Equatable {
    var minLat: Double
    var maxLat: Double
    var minLon: Double
    var maxLon: Double

    /// Extra margin on every side, in degrees. The R*Tree keeps float32 coordinates, whose
    /// spacing near Nantong (lat 32°, lon 121°) is 3.8e-6° and 7.6e-6° (≈ 0.4 m and 0.7 m); SQLite
    /// rounds a stored box outwards, but a generous 1e-5° (≈ 1 m) keeps a point that is exactly
    /// on the radius a candidate whichever way its float32 copy was rounded.
    static let float32Padding = 1e-5

    /// The smallest box (plus padding) that holds every point within `radius` metres of
    /// `centre` on the sphere of `Geodesy.earthRadius`.
    ///
    /// Latitude: the circle reaches `radius / R` radians north and south. Longitude: on a sphere
    /// the circle's widest east–west reach is `asin(sin(δ) / cos(φ))`, which `δ / cos(φ)`
    /// slightly underestimates; taking φ as the largest |latitude| inside the box only widens it.
    /// Near a pole (or across the antimeridian, which Nantong's box never touches) the box spans
    /// every longitude: still correct, merely less selective.
    init(around centre: GeoPoint, radius: Double) {
        let angular = radius / Geodesy.earthRadius
        let dLat = angular * 180 / .pi
        minLat = max(-90, centre.lat - dLat - Self.float32Padding)
        maxLat = min(90, centre.lat + dLat + Self.float32Padding)
        let widestLat = max(abs(minLat), abs(maxLat)) * .pi / 180
        let ratio = sin(angular) / cos(widestLat)
        if ratio >= 1 || !ratio.isFinite {
            minLon = -180
            maxLon = 180
            return
        }
        let dLon = asin(ratio) * 180 / .pi
        minLon = centre.lon - dLon - Self.float32Padding
        maxLon = centre.lon + dLon + Self.float32Padding
        if minLon < -180 || maxLon > 180 {
            minLon = -180
            maxLon = 180
        }
    }
}
