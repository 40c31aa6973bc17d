import GRDB

/// A row of `childcare_class` (托育班级) as stored, the class type as text; `childcareClass()`
/// turns it into a `ChildcareClass` through `StoredValue`.
struct ChildcareClassRecord: Codable, Sendable, FetchableRecord, PersistableRecord, PreparedInsertRecord {
    static let databaseTableName = "childcare_class"

    var outletRID: Int64
    var seq: Int
    var classType: String
    var capacity: Int
    var enrolled: Int
    var carers: Int

    enum CodingKeys: String, CodingKey {
        case outletRID = "outlet_rid"
        case seq
        case classType = "class_type"
        case capacity, enrolled, carers
    }

    enum Columns {
        static let outletRID = Column(CodingKeys.outletRID)
        static let seq = Column(CodingKeys.seq)
        static let classType = Column(CodingKeys.classType)
        static let capacity = Column(CodingKeys.capacity)
        static let enrolled = Column(CodingKeys.enrolled)
        static let carers = Column(CodingKeys.carers)
    }

    static let insertedColumns = [
        Columns.outletRID, Columns.seq, Columns.classType, Columns.capacity, Columns.enrolled, Columns.carers,
    ]
    static let insertSQL = makeInsertSQL()

    var insertedValues: [(any DatabaseValueConvertible)?] { [outletRID, seq, classType, capacity, enrolled, carers] }

    init(outletRID: Int64, seq: Int, _ item: ChildcareClass) {
        self.outletRID = outletRID
        self.seq = seq
        classType = item.type.rawValue
        capacity = item.capacity
        enrolled = item.enrolled
        carers = item.carers
    }

    /// The class the row holds.
    func childcareClass() throws -> ChildcareClass {
        ChildcareClass(
            type: try StoredValue.enumValue(classType, "class_type"), capacity: capacity, enrolled: enrolled,
            carers: carers)
    }
}
