import GRDB

extension Price {
    /// Columns read by `init(row:)`, with the outlet aliased `o` and the price `p`.
    static let selection =
        "o.id, p.item, p.care_level, p.age_class, p.unit, p.amount_fen, p.effective_from, p.effective_to, p.is_inclusive"

    init(row: Row) throws {
        self.init(
            outletID: row[0], item: row[1], careLevel: try StoredValue.optionalEnum(row[2], "care_level"),
            ageClass: try StoredValue.optionalEnum(row[3], "age_class"), unit: try StoredValue.enumValue(row[4], "unit"),
            amount: Fen(row[5]), effectiveFrom: try StoredValue.date(row[6], "effective_from"),
            effectiveTo: try StoredValue.optionalDate(row[7], "effective_to"), isInclusive: row[8])
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
