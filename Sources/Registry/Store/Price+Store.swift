extension Price {
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
