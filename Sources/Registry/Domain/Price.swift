/// 收费标准: one published price of an outlet, for a service item at a care level or age class,
/// per unit, over an effective period. Keyed by (outlet, item, care level, age class, unit,
/// effective from).
public struct Price: Codable, Sendable, Equatable {
    /// The outlet's public id.
    public var outletID: String
    /// 收费项目 as published (e.g. `全日托`, `床位费`).
    public var item: String
    /// 照护等级 priced (elder care).
    public var careLevel: CareLevel?
    /// 班型 priced (childcare).
    public var ageClass: ClassType?
    /// 计价单位
    public var unit: PriceUnit
    /// 金额 in fen (JSON: `amountFen`).
    public var amount: Fen
    /// 生效日期
    public var effectiveFrom: LocalDate
    /// 截止日期 (nil: open-ended).
    public var effectiveTo: LocalDate?
    /// Whether this is the inclusive (普惠) price rather than a market price.
    public var isInclusive: Bool

    public init(
        outletID: String, item: String, careLevel: CareLevel? = nil, ageClass: ClassType? = nil,
        unit: PriceUnit, amount: Fen, effectiveFrom: LocalDate, effectiveTo: LocalDate? = nil, isInclusive: Bool
    ) {
        self.outletID = outletID
        self.item = item
        self.careLevel = careLevel
        self.ageClass = ageClass
        self.unit = unit
        self.amount = amount
        self.effectiveFrom = effectiveFrom
        self.effectiveTo = effectiveTo
        self.isInclusive = isInclusive
    }

    /// JSON keys: the amount is `amountFen` (`amount_fen` with snake-case keys), saying its unit.
    private enum CodingKeys: String, CodingKey {
        case outletID, item, careLevel, ageClass, unit
        case amount = "amountFen"
        case effectiveFrom, effectiveTo, isInclusive
    }

    /// Whether the price is in force on `date`.
    public func isInForce(on date: LocalDate) -> Bool {
        effectiveFrom <= date && (effectiveTo.map { date <= $0 } ?? true)
    }
}
