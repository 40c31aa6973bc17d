import Foundation

/// 坐标系: the geodetic datum a point was given in.
///
/// The registry stores WGS-84 (what GPS gives). Chinese map apps (高德/Amap, 腾讯, Apple Maps in
/// China) show GCJ-02 ("Mars coordinates", WGS-84 shifted by a published obfuscation formula,
/// 100–700 m), and Baidu shows BD-09 (GCJ-02 shifted again). A resident who copies a point from
/// a map app must say which, or the search centre is off by hundreds of metres.
public enum Datum: String, Sendable, CaseIterable, Codable {
    /// WGS-84: GPS, and the registry's own coordinates.
    case wgs84
    /// GCJ-02 (国测局坐标): Amap, Tencent maps.
    case gcj02
    /// BD-09 (百度坐标): Baidu maps.
    case bd09

    /// The same place in WGS-84.
    ///
    /// GCJ-02 has no closed-form inverse: the forward transform is inverted by fixed-point
    /// iteration (`w ← w − (forward(w) − g)`), which converges because the offset varies slowly
    /// (its derivative is ≈ 1e-3); it stops below 1e-9° (0.1 mm) or after 30 rounds. BD-09 goes to
    /// GCJ-02 first (the usual closed form, refined the same way), then to WGS-84. Outside
    /// mainland China's rough box the GCJ-02 offset is zero, so the point is returned as it is.
    public func toWGS84(_ point: GeoPoint) -> GeoPoint {
        switch self {
        case .wgs84: point
        case .gcj02: Self.gcj02ToWGS84(point)
        case .bd09: Self.gcj02ToWGS84(Self.bd09ToGCJ02(point))
        }
    }

    /// The same place, given in WGS-84, expressed in this datum (the forward transforms).
    public func fromWGS84(_ point: GeoPoint) -> GeoPoint {
        switch self {
        case .wgs84: point
        case .gcj02: Self.wgs84ToGCJ02(point)
        case .bd09: Self.gcj02ToBD09(Self.wgs84ToGCJ02(point))
        }
    }
}

// MARK: - The transforms

extension Datum {
    /// Krasovsky 1940 ellipsoid, which the GCJ-02 formula uses: semi-major axis and e².
    static let krasovskyA = 6_378_245.0
    static let krasovskyEE = 0.006_693_421_622_965_943_23
    /// π × 3000 / 180: the BD-09 angle constant.
    static let bdXPi = Double.pi * 3000.0 / 180.0
    /// Stop iterating an inverse when the step is below this many degrees (≈ 0.1 mm).
    static let inverseTolerance = 1e-9
    static let inverseMaxRounds = 30

    /// The box where map providers apply GCJ-02: the customary rough outline of mainland China
    /// used by every public implementation (points outside are left as WGS-84).
    static func isOutsideChina(_ p: GeoPoint) -> Bool {
        p.lon < 72.004 || p.lon > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271
    }

    /// WGS-84 → GCJ-02, the published forward formula: polynomial-plus-sine offsets in metres on a
    /// Krasovsky ellipsoid, turned into degrees with the meridian and parallel radii of curvature.
    static func wgs84ToGCJ02(_ p: GeoPoint) -> GeoPoint {
        if isOutsideChina(p) { return p }
        let x = p.lon - 105.0
        let y = p.lat - 35.0
        var dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * abs(x).squareRoot()
        dLat += (20.0 * sin(6.0 * x * .pi) + 20.0 * sin(2.0 * x * .pi)) * 2.0 / 3.0
        dLat += (20.0 * sin(y * .pi) + 40.0 * sin(y / 3.0 * .pi)) * 2.0 / 3.0
        dLat += (160.0 * sin(y / 12.0 * .pi) + 320.0 * sin(y * .pi / 30.0)) * 2.0 / 3.0
        var dLon = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * abs(x).squareRoot()
        dLon += (20.0 * sin(6.0 * x * .pi) + 20.0 * sin(2.0 * x * .pi)) * 2.0 / 3.0
        dLon += (20.0 * sin(x * .pi) + 40.0 * sin(x / 3.0 * .pi)) * 2.0 / 3.0
        dLon += (150.0 * sin(x / 12.0 * .pi) + 300.0 * sin(x / 30.0 * .pi)) * 2.0 / 3.0
        let radLat = p.lat / 180.0 * .pi
        let sinLat = sin(radLat)
        let magic = 1 - krasovskyEE * sinLat * sinLat
        let sqrtMagic = magic.squareRoot()
        dLat = (dLat * 180.0) / ((krasovskyA * (1 - krasovskyEE)) / (magic * sqrtMagic) * .pi)
        dLon = (dLon * 180.0) / (krasovskyA / sqrtMagic * cos(radLat) * .pi)
        return GeoPoint(lat: p.lat + dLat, lon: p.lon + dLon)
    }

    /// GCJ-02 → WGS-84 by inverting `wgs84ToGCJ02` iteratively (see `toWGS84`).
    static func gcj02ToWGS84(_ g: GeoPoint) -> GeoPoint {
        if isOutsideChina(g) { return g }
        return invert(wgs84ToGCJ02, at: g, start: g)
    }

    /// GCJ-02 → BD-09, Baidu's published forward formula.
    static func gcj02ToBD09(_ g: GeoPoint) -> GeoPoint {
        let x = g.lon
        let y = g.lat
        let z = (x * x + y * y).squareRoot() + 0.00002 * sin(y * bdXPi)
        let theta = atan2(y, x) + 0.000003 * cos(x * bdXPi)
        return GeoPoint(lat: z * sin(theta) + 0.006, lon: z * cos(theta) + 0.0065)
    }

    /// BD-09 → GCJ-02: the customary closed form (accurate to ≈ 1e-6°), refined by iterating
    /// `gcj02ToBD09` so a round trip is exact to `inverseTolerance`.
    static func bd09ToGCJ02(_ b: GeoPoint) -> GeoPoint {
        let x = b.lon - 0.0065
        let y = b.lat - 0.006
        let z = (x * x + y * y).squareRoot() - 0.00002 * sin(y * bdXPi)
        let theta = atan2(y, x) - 0.000003 * cos(x * bdXPi)
        let start = GeoPoint(lat: z * sin(theta), lon: z * cos(theta))
        return invert(gcj02ToBD09, at: b, start: start)
    }

    /// Solves `forward(w) = target` for `w` by fixed-point iteration from `start`.
    static func invert(_ forward: (GeoPoint) -> GeoPoint, at target: GeoPoint, start: GeoPoint) -> GeoPoint {
        var w = start
        for _ in 0..<inverseMaxRounds {
            let f = forward(w)
            let dLat = f.lat - target.lat
            let dLon = f.lon - target.lon
            w = GeoPoint(lat: w.lat - dLat, lon: w.lon - dLon)
            if abs(dLat) < inverseTolerance && abs(dLon) < inverseTolerance { break }
        }
        return w
    }
}
