import GRDB

extension ChildcareClass {
    /// `TYPE:CAPACITY:ENROLLED:CARERS`, as in the outlets CSV's `classes` column.
    var csvText: String { "\(type.rawValue):\(capacity):\(enrolled):\(carers)" }

    /// Classes joined with `;`.
    static func csvText(_ classes: [ChildcareClass]) -> String {
        classes.map(\.csvText).joined(separator: ";")
    }

    var jsonValue: JSONValue {
        .object([
            "type": .string(type.rawValue), "capacity": .int(Int64(capacity)), "enrolled": .int(Int64(enrolled)),
            "carers": .int(Int64(carers)),
        ])
    }

    static func fetchAll(_ db: Database, outletRID: Int64) throws -> [ChildcareClass] {
        try Row.fetchAll(
            db, sql: "SELECT class_type, capacity, enrolled, carers FROM childcare_class WHERE outlet_rid = ? ORDER BY seq",
            arguments: [outletRID]
        ).map { row in
            ChildcareClass(type: try StoredValue.enumValue(row[0], "class_type"), capacity: row[1], enrolled: row[2], carers: row[3])
        }
    }
}
