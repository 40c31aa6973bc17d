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

    package init(
        operators: Int, outlets: Int, classes: Int, prices: Int, certifications: Int, auditEntries: Int, divisions: Int,
        subdistricts: Int
    ) {
        self.operators = operators
        self.outlets = outlets
        self.classes = classes
        self.prices = prices
        self.certifications = certifications
        self.auditEntries = auditEntries
        self.divisions = divisions
        self.subdistricts = subdistricts
    }
}
