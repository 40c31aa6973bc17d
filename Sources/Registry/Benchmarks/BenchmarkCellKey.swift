/// What a benchmark cell compares, apart from its district: the outlet kind, the care level or
/// childcare class type the price is for (or none), the item and the unit. The item is part of
/// the cell so that 床位费 and 护理费 (or 全日托 and 餐费) are never mixed; the unit so that a
/// monthly price is never compared with a daily one.
public struct BenchmarkCellKey: Sendable, Hashable, Comparable {
    public var kind: OutletKind
    /// A `CareLevel` (elder care) or `ClassType` (childcare) raw value, or nil.
    public var level: String?
    public var item: String
    public var unit: PriceUnit

    public init(kind: OutletKind, level: String?, item: String, unit: PriceUnit) {
        self.kind = kind
        self.level = level
        self.item = item
        self.unit = unit
    }

    public var family: CareFamily { kind.family }

    /// Kind number, item, level, unit: the order in which `benchmark show` lists cells.
    public static func < (lhs: BenchmarkCellKey, rhs: BenchmarkCellKey) -> Bool {
        (lhs.kind.number, lhs.item, lhs.level ?? "", lhs.unit.rawValue)
            < (rhs.kind.number, rhs.item, rhs.level ?? "", rhs.unit.rawValue)
    }
}
