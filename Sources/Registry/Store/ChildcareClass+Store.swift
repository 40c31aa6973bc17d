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

    /// An outlet's classes, in their recorded order.
    static func fetchAll(_ db: Database, outletRID: Int64) throws -> [ChildcareClass] {
        try ChildcareClassRecord.filter(ChildcareClassRecord.Columns.outletRID == outletRID)
            .order(ChildcareClassRecord.Columns.seq).fetchAll(db).map { try $0.childcareClass() }
    }
}
