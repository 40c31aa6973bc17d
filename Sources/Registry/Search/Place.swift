/// A named place a resident can search around (`--place`): a 街道 (street) or 镇 (town) from
/// table `subdistrict`, or a county-level division (or the city) from table `division`.
public struct Place: Sendable, Equatable, Codable {
    /// What sort of place it is.
    public enum Level: String, Sendable, Equatable, Codable {
        /// 街道 (subdistrict kind `street`).
        case street
        /// 镇 (subdistrict kind `town`).
        case town
        /// A county-level division: 区, 县, 市 or the development zone.
        case district
        /// The city itself.
        case city
    }

    /// The name as stored (e.g. `城东`, `狼山镇`, `崇川区`).
    public var name: String
    public var level: Level
    /// The county-level division the place is in (its own code for a district).
    public var districtCode: String
    public var districtName: String
    /// The approximate centre the search uses, WGS-84.
    public var centre: GeoPoint

    public init(name: String, level: Level, districtCode: String, districtName: String, centre: GeoPoint) {
        self.name = name
        self.level = level
        self.districtCode = districtCode
        self.districtName = districtName
        self.centre = centre
    }

    /// `城东 (崇川区)` for a 街道/镇, the bare name for a district: how candidates are listed.
    public var qualifiedName: String {
        switch level {
        case .street, .town: "\(name) (\(districtName))"
        case .district, .city: name
        }
    }
}
