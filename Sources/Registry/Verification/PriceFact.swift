import CEL
import GRDB

/// One published price in force on the as-of day, as the `price.items` facts list it.
struct PriceFact {
    let value: CELValue
    let unit: String
    let amountFen: Int64
    let inclusive: Bool

    init(_ row: Row) {
        var pairs = FactValues.pairs(row, skipping: ["outlet_rid", "is_inclusive"])
        let inclusive: Int64 = row["is_inclusive"] ?? 0
        pairs["inclusive"] = .bool(inclusive == 1)
        value = .map(CELMap(pairs))
        unit = row["unit"] ?? ""
        amountFen = row["amount_fen"] ?? 0
        self.inclusive = inclusive == 1
    }

    /// `price`: `items` (every price in force) and `monthly_fen`, the lowest inclusive monthly
    /// price in force (the "from" price of docs/CSV.md), absent when there is none.
    static func facts(_ prices: [PriceFact]) -> CELValue {
        var pairs: [String: CELValue] = ["items": .list(prices.map(\.value))]
        let monthly = prices.filter { $0.inclusive && $0.unit == "month" }.map(\.amountFen).min()
        if let monthly { pairs["monthly_fen"] = .int(monthly) }
        return .map(CELMap(pairs))
    }
}
