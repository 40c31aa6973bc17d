/// A point on the Earth in decimal degrees. The registry stores WGS-84 (GPS) coordinates; a point
/// in another datum is converted with `Datum.toWGS84(_:)` before it reaches the search.
public struct GeoPoint: Sendable, Hashable, Codable {
    /// Latitude in degrees, north positive (−90…90).
    public var lat: Double
    /// Longitude in degrees, east positive (−180…180).
    public var lon: Double

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }

    /// Whether both coordinates are finite and inside the ranges a stored outlet may have.
    public var isValid: Bool {
        lat.isFinite && lon.isFinite && (-90.0...90.0).contains(lat) && (-180.0...180.0).contains(lon)
    }
}
