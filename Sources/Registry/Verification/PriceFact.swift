import CEL
import GRDB

/// One published price in force on the as-of day, as the `price.items` facts list it.
struct PriceFact {
    let value: CELValue
    let unit: String
    let amountFen: Int64
    let inclusive: Bool
    /// Priced for one care level or childcare class (see `MonthlyFee`).
    let levelled: Bool

    init(_ row: Row) {
        var pairs = FactValues.pairs(row, skipping: ["outlet_rid", "is_inclusive"])
        let inclusive: Int64 = row["is_inclusive"] ?? 0
        pairs["inclusive"] = .bool(inclusive == 1)
        value = .map(CELMap(pairs))
        unit = row["unit"] ?? ""
        amountFen = row["amount_fen"] ?? 0
        self.inclusive = inclusive == 1
        let careLevel: String? = row["care_level"]
        let ageClass: String? = row["age_class"]
        levelled = careLevel != nil || ageClass != nil
    }

    /// `price`: `items` (every price in force) and `monthly_fen`, the monthly fee of an outlet of
    /// `family` (`MonthlyFee`, the rule search and show use), absent when there is none.
    static func facts(_ prices: [PriceFact], family: CareFamily) -> CELValue {
        var pairs: [String: CELValue] = ["items": .list(prices.map(\.value))]
        let parts = prices.filter { $0.inclusive && $0.unit == "month" }
            .map { MonthlyFee.Part(amountFen: $0.amountFen, levelled: $0.levelled) }
        let monthly = MonthlyFee.fee(of: parts, family: family)
        if let monthly { pairs["monthly_fen"] = .int(monthly) }
        return .map(CELMap(pairs))
    }
}
