/// The three CSV files of docs/CSV.md, written column by column in the documented order.
enum Columns {
    static let operators = [
        "uscc", "name", "legal_form", "legal_representative", "contact_phone", "address", "uscc_override_reason",
    ]
    static let outlets = [
        "id", "operator_uscc", "name", "kind", "pricing", "district_code", "subdistrict", "address", "lat", "lon",
        "phone", "opened_on", "status", "beds", "nursing_beds", "staff_total", "staff_carers", "staff_health_fulltime",
        "floor_area_m2", "outdoor_area_m2", "premises_tenure", "lease_from", "lease_to", "filing_no", "filing_on",
        "filing_cancelled_on", "fire_approval_no", "fire_approved_on", "health_evaluation_on", "cctv_retention_days",
        "star_rating", "predecessor_id", "classes", "cert_level", "cert_status", "badge_no", "cert_applied_on",
        "cert_decided_on", "cert_valid_from", "cert_valid_to", "cert_status_on",
    ]
    static let prices = [
        "outlet_id", "item", "care_level", "age_class", "unit", "amount_yuan", "effective_from", "effective_to",
        "inclusive",
    ]
}

extension CSVWriter {
    mutating func write(_ o: OperatorRecord) {
        field(o.uscc)
        field(o.name)
        field(o.legalForm)
        field(o.legalRepresentative)
        field(o.phone)
        field(o.address)
        field(o.overrideReason)
        endRow()
    }

    mutating func write(_ o: OutletRecord) {
        field(o.id)
        field(o.operatorUSCC)
        field(o.name)
        field(o.kind.id)
        field(o.inclusive ? "inclusive" : "market")
        field(o.districtCode)
        field(o.subdistrict)
        field(o.address)
        degrees(o.latE6)
        degrees(o.lonE6)
        field(o.phone)
        field(o.openedOn)
        field(o.status)
        field(o.beds)
        field(o.nursingBeds)
        field(o.staffTotal)
        field(o.staffCarers)
        field(o.staffHealthFulltime)
        field(o.floorArea)
        field(o.outdoorArea)
        field(o.tenure)
        field(o.leaseFrom)
        field(o.leaseTo)
        field(o.filingNo)
        field(o.filingOn)
        field(o.filingCancelledOn)
        field(o.fireApprovalNo)
        field(o.fireApprovedOn)
        field(o.healthEvaluationOn)
        field(o.cctvDays)
        field(o.starRating)
        field(o.predecessorId)
        field(
            o.classes.isEmpty
                ? nil
                : o.classes.map { "\($0.type.id):\($0.capacity):\($0.enrolled):\($0.carers)" }.joined(separator: ";"))
        let c = o.certification
        field(c?.level.id)
        field(c?.status.id)
        field(c?.badge)
        field(c?.appliedOn)
        field(c?.decidedOn)
        field(c?.validFrom)
        field(c?.validTo)
        field(c?.statusOn)
        endRow()
    }

    mutating func write(_ p: PriceRecord) {
        field(p.outletId)
        field(p.item)
        field(p.careLevel?.id)
        field(p.ageClass?.id)
        field(p.unit)
        yuan(p.amountFen)
        field(p.effectiveFrom)
        field(p.effectiveTo)
        field(p.inclusive ? "yes" : "no")
        endRow()
    }
}

/// Sorts one outlet's prices in export order: item, care level, age class, unit, effective
/// from — text compared byte by byte, empty (NULL) first, as SQLite's ORDER BY does.
func sortForExport(_ prices: inout [PriceRecord]) {
    guard prices.count > 1 else { return }
    prices.sort { a, b in
        let ka = ExportOrder.rank(a)
        let kb = ExportOrder.rank(b)
        if ka != kb { return ka < kb }
        return a.effectiveFrom < b.effectiveFrom
    }
}

/// Ranks of the key columns in byte order, computed once.
enum ExportOrder {
    /// Every item the generator writes, in UTF-8 byte order.
    static let items: [String] = ["床位费", "护理费", "日间照料费", "餐费", "短期托养", "上门服务", "上门服务包", "助餐", "全日托", "半日托"]
        .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    static let levels: [CareLevel?] = [nil] + CareLevel.allCases.sorted { $0.id < $1.id }
    static let classes: [ClassType?] = [nil] + ClassType.allCases.sorted { $0.id < $1.id }
    static let units = ["day", "hour", "meal", "month"]

    static func rank(_ p: PriceRecord) -> Int {
        let item = items.firstIndex { $0.utf8.elementsEqual(p.item.utf8) } ?? items.count
        let level = levels.firstIndex(of: p.careLevel) ?? 0
        let age = classes.firstIndex(of: p.ageClass) ?? 0
        let unit = units.firstIndex { $0.utf8.elementsEqual(p.unit.utf8) } ?? units.count
        return ((item * 8 + level) * 8 + age) * 8 + unit
    }
}
