import CEL
import GRDB

/// Conversions from stored values to CEL values for the facts.
enum FactValues {
    /// A column's value: INTEGER → int, REAL → double, TEXT → string; NULL → nil (absent from the
    /// map, so `has()` sees it as not recorded).
    static func value(_ database: DatabaseValue) -> CELValue? {
        switch database.storage {
        case .null: nil
        case .int64(let number): .int(number)
        case .double(let number): .double(number)
        case .string(let text): .string(text)
        case .blob(let data): .bytes(Array(data))
        }
    }

    /// Every non-NULL column of a row as `name: value` pairs, except those in `skipping`.
    static func pairs(_ row: Row, skipping: Set<String> = []) -> [String: CELValue] {
        var out: [String: CELValue] = [:]
        for (column, database) in row where !skipping.contains(column) {
            if let value = value(database) { out[column] = value }
        }
        return out
    }

    /// Whole calendar years and months from `from` to `to` (an anniversary counts on its day):
    /// 2022-03-01 → 2025-03-01 is 3 years, 36 months; → 2025-02-28 is 2 years, 35 months.
    static func completed(from: LocalDate, to: LocalDate) -> (years: Int, months: Int) {
        var months = (to.year - from.year) * 12 + (to.month - from.month)
        if to.day < from.day { months -= 1 }
        return (months >= 0 ? months / 12 : -((-months + 11) / 12), months)
    }
}
