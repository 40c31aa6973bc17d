import GRDB

extension Outlet {
    /// The outlet table's data columns, in CSV order (`id` … `predecessor_id`).
    static let dataColumns = [
        "id", "operator_uscc", "name", "kind", "pricing", "district_code", "subdistrict", "address", "lat", "lon",
        "phone", "opened_on", "status", "beds", "nursing_beds", "staff_total", "staff_carers",
        "staff_health_fulltime", "floor_area_m2", "outdoor_area_m2", "premises_tenure", "lease_from", "lease_to",
        "filing_no", "filing_on", "filing_cancelled_on", "fire_approval_no", "fire_approved_on",
        "health_evaluation_on", "cctv_retention_days", "star_rating", "predecessor_id",
    ]

    /// `o.id, o.operator_uscc, …` for SELECTs with the outlet aliased `o`.
    static let selection = dataColumns.map { "o." + $0 }.joined(separator: ", ")

    /// Decodes the `dataColumns` starting at column `offset`.
    init(row: Row, offset: Int = 0) throws {
        func at<T: DatabaseValueConvertible>(_ index: Int) -> T { row[offset + index] }
        func optionalAt<T: DatabaseValueConvertible>(_ index: Int) -> T? { row[offset + index] }
        self.init(
            id: at(0), operatorUSCC: at(1), name: at(2), kind: try StoredValue.enumValue(at(3), "kind"),
            pricing: try StoredValue.enumValue(at(4), "pricing"), districtCode: at(5), subdistrict: optionalAt(6),
            address: at(7), lat: at(8), lon: at(9), phone: optionalAt(10),
            openedOn: try StoredValue.optionalDate(optionalAt(11), "opened_on"),
            status: try StoredValue.enumValue(at(12), "status"), beds: optionalAt(13), nursingBeds: optionalAt(14),
            staffTotal: optionalAt(15), staffCarers: optionalAt(16), staffHealthFulltime: optionalAt(17),
            floorAreaM2: optionalAt(18), outdoorAreaM2: optionalAt(19),
            premisesTenure: try StoredValue.optionalEnum(optionalAt(20), "premises_tenure"),
            leaseFrom: try StoredValue.optionalDate(optionalAt(21), "lease_from"),
            leaseTo: try StoredValue.optionalDate(optionalAt(22), "lease_to"), filingNo: optionalAt(23),
            filingOn: try StoredValue.optionalDate(optionalAt(24), "filing_on"),
            filingCancelledOn: try StoredValue.optionalDate(optionalAt(25), "filing_cancelled_on"),
            fireApprovalNo: optionalAt(26), fireApprovedOn: try StoredValue.optionalDate(optionalAt(27), "fire_approved_on"),
            healthEvaluationOn: try StoredValue.optionalDate(optionalAt(28), "health_evaluation_on"),
            cctvRetentionDays: optionalAt(29), starRating: optionalAt(30), predecessorID: optionalAt(31))
    }

    /// The values of `dataColumns`, in order.
    var databaseValues: [(any DatabaseValueConvertible)?] {
        [
            id, operatorUSCC, name, kind.rawValue, pricing.rawValue, districtCode, subdistrict, address, lat, lon, phone,
            openedOn?.description, status.rawValue, beds, nursingBeds, staffTotal, staffCarers, staffHealthFulltime,
            floorAreaM2, outdoorAreaM2, premisesTenure?.rawValue, leaseFrom?.description, leaseTo?.description, filingNo,
            filingOn?.description, filingCancelledOn?.description, fireApprovalNo, fireApprovedOn?.description,
            healthEvaluationOn?.description, cctvRetentionDays, starRating, predecessorID,
        ]
    }

    /// The CSV fields of `dataColumns`, in order.
    var csvFields: [String] {
        [
            id, operatorUSCC, name, kind.rawValue, pricing.rawValue, districtCode, CSVField.text(subdistrict), address,
            CSVField.double(lat), CSVField.double(lon), CSVField.text(phone), CSVField.date(openedOn), status.rawValue,
            CSVField.int(beds), CSVField.int(nursingBeds), CSVField.int(staffTotal), CSVField.int(staffCarers),
            CSVField.int(staffHealthFulltime), CSVField.int(floorAreaM2), CSVField.int(outdoorAreaM2),
            CSVField.enumValue(premisesTenure), CSVField.date(leaseFrom), CSVField.date(leaseTo),
            CSVField.text(filingNo), CSVField.date(filingOn), CSVField.date(filingCancelledOn),
            CSVField.text(fireApprovalNo), CSVField.date(fireApprovedOn), CSVField.date(healthEvaluationOn),
            CSVField.int(cctvRetentionDays), CSVField.int(starRating), CSVField.text(predecessorID),
        ]
    }

    /// The record as JSON members in key order (keys are the CSV columns; numbers as numbers).
    var jsonMembers: [JSONMember] {
        [
            JSONMember("address", .string(address)), JSONMember("beds", .optional(beds)),
            JSONMember("cctv_retention_days", .optional(cctvRetentionDays)),
            JSONMember("district_code", .string(districtCode)),
            JSONMember("filing_cancelled_on", .optional(filingCancelledOn)), JSONMember("filing_no", .optional(filingNo)),
            JSONMember("filing_on", .optional(filingOn)), JSONMember("fire_approval_no", .optional(fireApprovalNo)),
            JSONMember("fire_approved_on", .optional(fireApprovedOn)), JSONMember("floor_area_m2", .optional(floorAreaM2)),
            JSONMember("health_evaluation_on", .optional(healthEvaluationOn)), JSONMember("id", .string(id)),
            JSONMember("kind", .string(kind.rawValue)), JSONMember("lat", .double(lat)),
            JSONMember("lease_from", .optional(leaseFrom)), JSONMember("lease_to", .optional(leaseTo)),
            JSONMember("lon", .double(lon)), JSONMember("name", .string(name)),
            JSONMember("nursing_beds", .optional(nursingBeds)), JSONMember("opened_on", .optional(openedOn)),
            JSONMember("operator_uscc", .string(operatorUSCC)), JSONMember("outdoor_area_m2", .optional(outdoorAreaM2)),
            JSONMember("phone", .optional(phone)), JSONMember("predecessor_id", .optional(predecessorID)),
            JSONMember("premises_tenure", .optional(premisesTenure)), JSONMember("pricing", .string(pricing.rawValue)),
            JSONMember("staff_carers", .optional(staffCarers)),
            JSONMember("staff_health_fulltime", .optional(staffHealthFulltime)),
            JSONMember("staff_total", .optional(staffTotal)), JSONMember("star_rating", .optional(starRating)),
            JSONMember("status", .string(status.rawValue)), JSONMember("subdistrict", .optional(subdistrict)),
        ]
    }
}
