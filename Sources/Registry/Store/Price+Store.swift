import GRDB

extension Price {
    /// Columns `init(row:)` reads (by name), with the outlet aliased `o` and the price `p`. Kept
    /// for the audit log's data check (`SQLiteAuditStore+Data`, not yet on `PriceRecord`); new
    /// code fetches `PriceRecord.withOutletID`.
    static let selection =
        "o.id AS outlet_id, p.item, p.care_level, p.age_class, p.unit, p.amount_fen, p.effective_from, p.effective_to, p.is_inclusive"

    /// A price from a row of `selection`, read by name.
    init(row: Row) throws {
        self.init(
            outletID: row["outlet_id"], item: row[PriceRecord.Columns.item],
            careLevel: try StoredValue.optionalEnum(row[PriceRecord.Columns.careLevel], "care_level"),
            ageClass: try StoredValue.optionalEnum(row[PriceRecord.Columns.ageClass], "age_class"),
            unit: try StoredValue.enumValue(row[PriceRecord.Columns.unit], "unit"),
            amount: Fen(row[PriceRecord.Columns.amountFen]),
            effectiveFrom: try StoredValue.date(row[PriceRecord.Columns.effectiveFrom], "effective_from"),
            effectiveTo: try StoredValue.optionalDate(row[PriceRecord.Columns.effectiveTo], "effective_to"),
            isInclusive: row[PriceRecord.Columns.isInclusive])
    }

    /// The price's key as one string: `outlet_id|item|care_level|age_class|unit|effective_from`
    /// (empty for an absent level or class).
    var key: String {
        [outletID, item, careLevel?.rawValue ?? "", ageClass?.rawValue ?? "", unit.rawValue, effectiveFrom.description]
            .joined(separator: "|")
    }

    /// The CSV fields in `PriceImporter.columns` order.
    var csvFields: [String] {
        [
            outletID, item, CSVField.enumValue(careLevel), CSVField.enumValue(ageClass), unit.rawValue, amount.yuanText,
            effectiveFrom.description, CSVField.date(effectiveTo), CSVField.bool(isInclusive),
        ]
    }

    /// JSON members: money both as integer `amount_fen` and as text `amount_yuan`.
    var jsonMembers: [JSONMember] {
        [
            JSONMember("age_class", .optional(ageClass)), JSONMember("amount_fen", .int(amount.value)),
            JSONMember("amount_yuan", .string(amount.yuanText)), JSONMember("care_level", .optional(careLevel)),
            JSONMember("effective_from", .string(effectiveFrom.description)),
            JSONMember("effective_to", .optional(effectiveTo)), JSONMember("inclusive", .bool(isInclusive)),
            JSONMember("item", .string(item)), JSONMember("outlet_id", .string(outletID)),
            JSONMember("unit", .string(unit.rawValue)),
        ]
    }
}
