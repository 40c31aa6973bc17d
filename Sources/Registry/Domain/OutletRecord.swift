/// The whole record of one outlet as `puhui show` prints it: the outlet, its operator, its
/// childcare classes, its prices and its current recognition (the latest certification row).
public struct OutletRecord: Codable, Sendable, Equatable {
    public var outlet: Outlet
    public var `operator`: Operator
    public var classes: [ChildcareClass]
    /// Prices ordered by (item, care level, age class, unit, effective from).
    public var prices: [Price]
    /// The current recognition, if the outlet ever applied.
    public var certification: Certification?

    public init(
        outlet: Outlet, operator: Operator, classes: [ChildcareClass], prices: [Price], certification: Certification?
    ) {
        self.outlet = outlet
        self.operator = `operator`
        self.classes = classes
        self.prices = prices
        self.certification = certification
    }

    /// The monthly fee (月收费（起）, see `MonthlyFee`) from the inclusive prices in force on `date`.
    public func monthlyPrice(on date: LocalDate) -> Fen? {
        let parts = prices.filter { $0.isInclusive && $0.unit == .month && $0.isInForce(on: date) }
            .map { MonthlyFee.Part(amountFen: $0.amount.value, levelled: $0.careLevel != nil || $0.ageClass != nil) }
        return MonthlyFee.fee(of: parts, family: outlet.kind.family).map(Fen.init)
    }
}
