import GRDB

/// 月收费（起）: what one person pays a month at an outlet, from its inclusive prices with unit
/// `month` in force on a day — the lowest such bill, as residents compare outlets.
///
/// The two families publish fees differently:
/// - 养老 (elder care) publishes the parts of one bill: items without a care level are charged to
///   everyone (床位费), items with one are the alternatives by level (护理费·自理/半失能/失能). The
///   fee is the sum of the unlevelled items plus the cheapest levelled one.
/// - 托育 (childcare) publishes alternative services (全日托, 半日托, by class): a family buys
///   one, so the fee is the cheapest monthly item.
///
/// None when the outlet publishes no inclusive monthly price. The one rule behind `search`'s
/// `monthly_price_fen` and `--max-price`, `show`, and the fact `price.monthly_fen`: `fee` and
/// `sql` must agree (tested).
public enum MonthlyFee {
    /// One inclusive monthly price in force: its amount and whether it is for one level or class.
    public struct Part: Sendable, Equatable {
        public var amountFen: Int64
        public var levelled: Bool

        public init(amountFen: Int64, levelled: Bool) {
            self.amountFen = amountFen
            self.levelled = levelled
        }
    }

    /// The fee of an outlet of `family` from its parts, or nil when there are none.
    public static func fee(of parts: some Sequence<Part>, family: CareFamily) -> Int64? {
        var unlevelled: Int64 = 0
        var cheapestLevelled: Int64?
        var cheapest: Int64?
        for part in parts {
            cheapest = min(cheapest ?? part.amountFen, part.amountFen)
            if part.levelled {
                cheapestLevelled = min(cheapestLevelled ?? part.amountFen, part.amountFen)
            } else {
                unlevelled += part.amountFen
            }
        }
        guard let cheapest else { return nil }
        switch family {
        case .childcare: return cheapest
        case .elder: return unlevelled + (cheapestLevelled ?? 0)
        }
    }

    /// The same rule as a correlated SQL expression on the outlet whose rid is the SQL
    /// expression `rid`, in force on the SQL expression `asOf` (a column, a bound day such as
    /// `"\(day)"`, or a placeholder `"?1"` for a prepared statement), where `isChildcare` is an
    /// SQL condition on the same outlet; served by index `price_outlet`.
    static func sql(rid: SQL, asOf: SQL, isChildcare: SQL) -> SQL {
        """
        (SELECT CASE WHEN count(*) = 0 THEN NULL WHEN \(isChildcare) THEN min(p.amount_fen) ELSE
                  coalesce(sum(CASE WHEN p.care_level IS NULL AND p.age_class IS NULL THEN p.amount_fen END), 0)
                + coalesce(min(CASE WHEN p.care_level IS NOT NULL OR p.age_class IS NOT NULL THEN p.amount_fen END), 0) END
         FROM price p
         WHERE p.outlet_rid = \(rid) AND p.unit = 'month' AND p.is_inclusive = 1
           AND p.effective_from <= \(asOf) AND (p.effective_to IS NULL OR p.effective_to >= \(asOf)))
        """
    }

    /// The childcare test on an `outlet` row aliased `o`.
    static let outletIsChildcare: SQL = "o.kind LIKE 'childcare%'"
    /// The childcare test on an `outlet_geo` row aliased `g` (kinds 5–8 are childcare).
    static let geoIsChildcare: SQL = "g.min_kind >= 5"
}
