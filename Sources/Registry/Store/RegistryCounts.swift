/// How many rows the registry's main tables hold.
public struct RegistryCounts: Sendable, Equatable, Codable {
    public var operators: Int
    public var outlets: Int
    public var classes: Int
    public var prices: Int
    public var certifications: Int
    public var auditEntries: Int
    public var divisions: Int
    public var subdistricts: Int
}
