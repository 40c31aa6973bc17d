/// 街道/镇: a street or town within a county-level division, with an approximate centre.
public struct Subdistrict: Codable, Sendable, Equatable {
    public var districtCode: String
    /// 名称, e.g. 和平桥.
    public var name: String
    public var kind: SubdistrictKind
    public var centreLat: Double
    public var centreLon: Double

    public init(districtCode: String, name: String, kind: SubdistrictKind, centreLat: Double, centreLon: Double) {
        self.districtCode = districtCode
        self.name = name
        self.kind = kind
        self.centreLat = centreLat
        self.centreLon = centreLon
    }
}
