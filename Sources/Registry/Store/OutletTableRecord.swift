import GRDB

/// A row of `outlet` as stored: enums and dates as the text the schema holds, turned into an
/// `Outlet` by `outlet()` so a hand-edited value is reported by `StoredValue` (column named)
/// rather than as a decoding error. (`OutletRecord` is the public whole record `show` prints.)
///
/// `init(row:)` and `encode(to:)` are written out, by column name through `Columns`, rather
/// than left to `Codable`: the importer and the export read and write every outlet through
/// them, and the synthesized coders cost several times more per row.
struct OutletTableRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord, PreparedInsertRecord {
    static let databaseTableName = "outlet"

    var rid: Int64?
    var id: String
    var operatorUSCC: String
    var name: String
    var kind: String
    var pricing: String
    var districtCode: String
    var subdistrict: String?
    var address: String
    var lat: Double
    var lon: Double
    var phone: String?
    var openedOn: String?
    var status: String
    var beds: Int?
    var nursingBeds: Int?
    var staffTotal: Int?
    var staffCarers: Int?
    var staffHealthFulltime: Int?
    var floorAreaM2: Int?
    var outdoorAreaM2: Int?
    var premisesTenure: String?
    var leaseFrom: String?
    var leaseTo: String?
    var filingNo: String?
    var filingOn: String?
    var filingCancelledOn: String?
    var fireApprovalNo: String?
    var fireApprovedOn: String?
    var healthEvaluationOn: String?
    var cctvRetentionDays: Int?
    var starRating: Int?
    var predecessorID: String?
    var createdAt: String
    var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case rid, id
        case operatorUSCC = "operator_uscc"
        case name, kind, pricing
        case districtCode = "district_code"
        case subdistrict, address, lat, lon, phone
        case openedOn = "opened_on"
        case status, beds
        case nursingBeds = "nursing_beds"
        case staffTotal = "staff_total"
        case staffCarers = "staff_carers"
        case staffHealthFulltime = "staff_health_fulltime"
        case floorAreaM2 = "floor_area_m2"
        case outdoorAreaM2 = "outdoor_area_m2"
        case premisesTenure = "premises_tenure"
        case leaseFrom = "lease_from"
        case leaseTo = "lease_to"
        case filingNo = "filing_no"
        case filingOn = "filing_on"
        case filingCancelledOn = "filing_cancelled_on"
        case fireApprovalNo = "fire_approval_no"
        case fireApprovedOn = "fire_approved_on"
        case healthEvaluationOn = "health_evaluation_on"
        case cctvRetentionDays = "cctv_retention_days"
        case starRating = "star_rating"
        case predecessorID = "predecessor_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    enum Columns {
        static let rid = Column(CodingKeys.rid)
        static let id = Column(CodingKeys.id)
        static let operatorUSCC = Column(CodingKeys.operatorUSCC)
        static let name = Column(CodingKeys.name)
        static let kind = Column(CodingKeys.kind)
        static let pricing = Column(CodingKeys.pricing)
        static let districtCode = Column(CodingKeys.districtCode)
        static let subdistrict = Column(CodingKeys.subdistrict)
        static let address = Column(CodingKeys.address)
        static let lat = Column(CodingKeys.lat)
        static let lon = Column(CodingKeys.lon)
        static let phone = Column(CodingKeys.phone)
        static let openedOn = Column(CodingKeys.openedOn)
        static let status = Column(CodingKeys.status)
        static let beds = Column(CodingKeys.beds)
        static let nursingBeds = Column(CodingKeys.nursingBeds)
        static let staffTotal = Column(CodingKeys.staffTotal)
        static let staffCarers = Column(CodingKeys.staffCarers)
        static let staffHealthFulltime = Column(CodingKeys.staffHealthFulltime)
        static let floorAreaM2 = Column(CodingKeys.floorAreaM2)
        static let outdoorAreaM2 = Column(CodingKeys.outdoorAreaM2)
        static let premisesTenure = Column(CodingKeys.premisesTenure)
        static let leaseFrom = Column(CodingKeys.leaseFrom)
        static let leaseTo = Column(CodingKeys.leaseTo)
        static let filingNo = Column(CodingKeys.filingNo)
        static let filingOn = Column(CodingKeys.filingOn)
        static let filingCancelledOn = Column(CodingKeys.filingCancelledOn)
        static let fireApprovalNo = Column(CodingKeys.fireApprovalNo)
        static let fireApprovedOn = Column(CodingKeys.fireApprovedOn)
        static let healthEvaluationOn = Column(CodingKeys.healthEvaluationOn)
        static let cctvRetentionDays = Column(CodingKeys.cctvRetentionDays)
        static let starRating = Column(CodingKeys.starRating)
        static let predecessorID = Column(CodingKeys.predecessorID)
        static let createdAt = Column(CodingKeys.createdAt)
        static let updatedAt = Column(CodingKeys.updatedAt)
    }

    /// The columns an update rewrites: every data column and `updated_at` (never `rid`,
    /// `created_at`).
    static let updatedColumns: [Column] = [
        Columns.id, Columns.operatorUSCC, Columns.name, Columns.kind, Columns.pricing, Columns.districtCode,
        Columns.subdistrict, Columns.address, Columns.lat, Columns.lon, Columns.phone, Columns.openedOn, Columns.status,
        Columns.beds, Columns.nursingBeds, Columns.staffTotal, Columns.staffCarers, Columns.staffHealthFulltime,
        Columns.floorAreaM2, Columns.outdoorAreaM2, Columns.premisesTenure, Columns.leaseFrom, Columns.leaseTo,
        Columns.filingNo, Columns.filingOn, Columns.filingCancelledOn, Columns.fireApprovalNo, Columns.fireApprovedOn,
        Columns.healthEvaluationOn, Columns.cctvRetentionDays, Columns.starRating, Columns.predecessorID,
        Columns.updatedAt,
    ]

    init(rid: Int64? = nil, _ outlet: Outlet, createdAt: String, updatedAt: String) {
        self.rid = rid
        id = outlet.id
        operatorUSCC = outlet.operatorUSCC
        name = outlet.name
        kind = outlet.kind.rawValue
        pricing = outlet.pricing.rawValue
        districtCode = outlet.districtCode
        subdistrict = outlet.subdistrict
        address = outlet.address
        lat = outlet.lat
        lon = outlet.lon
        phone = outlet.phone
        openedOn = outlet.openedOn?.description
        status = outlet.status.rawValue
        beds = outlet.beds
        nursingBeds = outlet.nursingBeds
        staffTotal = outlet.staffTotal
        staffCarers = outlet.staffCarers
        staffHealthFulltime = outlet.staffHealthFulltime
        floorAreaM2 = outlet.floorAreaM2
        outdoorAreaM2 = outlet.outdoorAreaM2
        premisesTenure = outlet.premisesTenure?.rawValue
        leaseFrom = outlet.leaseFrom?.description
        leaseTo = outlet.leaseTo?.description
        filingNo = outlet.filingNo
        filingOn = outlet.filingOn?.description
        filingCancelledOn = outlet.filingCancelledOn?.description
        fireApprovalNo = outlet.fireApprovalNo
        fireApprovedOn = outlet.fireApprovedOn?.description
        healthEvaluationOn = outlet.healthEvaluationOn?.description
        cctvRetentionDays = outlet.cctvRetentionDays
        starRating = outlet.starRating
        predecessorID = outlet.predecessorID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Reads the columns by name. `rid`, `created_at` and `updated_at` may be left out of the
    /// selection (joined reads).
    init(row: Row) {
        rid = row[Columns.rid]
        id = row[Columns.id]
        operatorUSCC = row[Columns.operatorUSCC]
        name = row[Columns.name]
        kind = row[Columns.kind]
        pricing = row[Columns.pricing]
        districtCode = row[Columns.districtCode]
        subdistrict = row[Columns.subdistrict]
        address = row[Columns.address]
        lat = row[Columns.lat]
        lon = row[Columns.lon]
        phone = row[Columns.phone]
        openedOn = row[Columns.openedOn]
        status = row[Columns.status]
        beds = row[Columns.beds]
        nursingBeds = row[Columns.nursingBeds]
        staffTotal = row[Columns.staffTotal]
        staffCarers = row[Columns.staffCarers]
        staffHealthFulltime = row[Columns.staffHealthFulltime]
        floorAreaM2 = row[Columns.floorAreaM2]
        outdoorAreaM2 = row[Columns.outdoorAreaM2]
        premisesTenure = row[Columns.premisesTenure]
        leaseFrom = row[Columns.leaseFrom]
        leaseTo = row[Columns.leaseTo]
        filingNo = row[Columns.filingNo]
        filingOn = row[Columns.filingOn]
        filingCancelledOn = row[Columns.filingCancelledOn]
        fireApprovalNo = row[Columns.fireApprovalNo]
        fireApprovedOn = row[Columns.fireApprovedOn]
        healthEvaluationOn = row[Columns.healthEvaluationOn]
        cctvRetentionDays = row[Columns.cctvRetentionDays]
        starRating = row[Columns.starRating]
        predecessorID = row[Columns.predecessorID]
        createdAt = row[Columns.createdAt] ?? ""
        updatedAt = row[Columns.updatedAt] ?? ""
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.rid] = rid
        for (column, value) in zip(Self.insertedColumns, insertedValues) { container[column] = value }
    }

    /// Every column but `rid` (the rowid SQLite assigns), in `insertedValues` order.
    static let insertedColumns = [
        Columns.id, Columns.operatorUSCC, Columns.name, Columns.kind, Columns.pricing, Columns.districtCode,
        Columns.subdistrict, Columns.address, Columns.lat, Columns.lon, Columns.phone, Columns.openedOn,
        Columns.status, Columns.beds, Columns.nursingBeds, Columns.staffTotal, Columns.staffCarers,
        Columns.staffHealthFulltime, Columns.floorAreaM2, Columns.outdoorAreaM2, Columns.premisesTenure,
        Columns.leaseFrom, Columns.leaseTo, Columns.filingNo, Columns.filingOn, Columns.filingCancelledOn,
        Columns.fireApprovalNo, Columns.fireApprovedOn, Columns.healthEvaluationOn, Columns.cctvRetentionDays,
        Columns.starRating, Columns.predecessorID, Columns.createdAt, Columns.updatedAt,
    ]
    static let insertSQL = makeInsertSQL()

    var insertedValues: [(any DatabaseValueConvertible)?] {
        [
            id, operatorUSCC, name, kind, pricing, districtCode, subdistrict, address, lat, lon, phone,
            openedOn, status, beds, nursingBeds, staffTotal, staffCarers, staffHealthFulltime, floorAreaM2,
            outdoorAreaM2, premisesTenure, leaseFrom, leaseTo, filingNo, filingOn, filingCancelledOn,
            fireApprovalNo, fireApprovedOn, healthEvaluationOn, cctvRetentionDays, starRating, predecessorID,
            createdAt, updatedAt,
        ]
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        rid = inserted.rowID
    }

    /// The outlet the row holds.
    func outlet() throws -> Outlet {
        Outlet(
            id: id, operatorUSCC: operatorUSCC, name: name, kind: try StoredValue.enumValue(kind, "kind"),
            pricing: try StoredValue.enumValue(pricing, "pricing"), districtCode: districtCode,
            subdistrict: subdistrict,
            address: address, lat: lat, lon: lon, phone: phone,
            openedOn: try StoredValue.optionalDate(openedOn, "opened_on"),
            status: try StoredValue.enumValue(status, "status"), beds: beds, nursingBeds: nursingBeds,
            staffTotal: staffTotal, staffCarers: staffCarers, staffHealthFulltime: staffHealthFulltime,
            floorAreaM2: floorAreaM2, outdoorAreaM2: outdoorAreaM2,
            premisesTenure: try StoredValue.optionalEnum(premisesTenure, "premises_tenure"),
            leaseFrom: try StoredValue.optionalDate(leaseFrom, "lease_from"),
            leaseTo: try StoredValue.optionalDate(leaseTo, "lease_to"), filingNo: filingNo,
            filingOn: try StoredValue.optionalDate(filingOn, "filing_on"),
            filingCancelledOn: try StoredValue.optionalDate(filingCancelledOn, "filing_cancelled_on"),
            fireApprovalNo: fireApprovalNo,
            fireApprovedOn: try StoredValue.optionalDate(fireApprovedOn, "fire_approved_on"),
            healthEvaluationOn: try StoredValue.optionalDate(healthEvaluationOn, "health_evaluation_on"),
            cctvRetentionDays: cctvRetentionDays, starRating: starRating, predecessorID: predecessorID)
    }

    /// The outlet with public id `id`.
    static func filter(id: String) -> QueryInterfaceRequest<OutletTableRecord> {
        filter(Columns.id == id)
    }
}
