import GRDB

extension Outlet {
    /// The outlet table's data columns, in CSV order (`id` … `predecessor_id`): the outlets
    /// CSV's columns (the table is read and written through `OutletTableRecord`).
    static let dataColumns = [
        "id", "operator_uscc", "name", "kind", "pricing", "district_code", "subdistrict", "address", "lat", "lon",
        "phone", "opened_on", "status", "beds", "nursing_beds", "staff_total", "staff_carers",
        "staff_health_fulltime", "floor_area_m2", "outdoor_area_m2", "premises_tenure", "lease_from", "lease_to",
        "filing_no", "filing_on", "filing_cancelled_on", "fire_approval_no", "fire_approved_on",
        "health_evaluation_on", "cctv_retention_days", "star_rating", "predecessor_id",
    ]

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
            JSONMember("filing_cancelled_on", .optional(filingCancelledOn)),
            JSONMember("filing_no", .optional(filingNo)),
            JSONMember("filing_on", .optional(filingOn)), JSONMember("fire_approval_no", .optional(fireApprovalNo)),
            JSONMember("fire_approved_on", .optional(fireApprovedOn)),
            JSONMember("floor_area_m2", .optional(floorAreaM2)),
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
