import Foundation
import GRDB

/// Imports `outlets.csv` (docs/CSV.md): the outlet, its `classes` and its recognition (`cert_*`,
/// `badge_no`). Validates district codes (retired ones name their replacement), 街道/镇, the
/// city's bounding box, enums, numbers, dates, capacities, the operator reference and badges.
/// Replacing an outlet (`update`) keeps its internal key, so its prices stay attached, and
/// replaces its classes and recognition with the file's.
struct OutletImporter: RowImporter {
    static let table = RegistryTable.outlets
    static let columns = Outlet.dataColumns + ["classes"] + Certification.csvColumns
    static let required: Set<String> = [
        "id", "operator_uscc", "name", "kind", "district_code", "address", "lat", "lon",
    ]
    static let keyColumn = "id"
    static let entityType = "outlet"

    let timestamp: String
    let counties: [String: String]
    let cityCode: Set<String>
    let aliases: [String: String]
    let subdistricts: [String: Set<String>]
    let bounds: CityBounds?
    let operators: Set<String>
    /// Today in Nantong by the import's clock: the latest day a past fact may carry.
    let today: LocalDate?

    init(_ db: Database, options: ImportOptions, timestamp: String) throws {
        self.timestamp = timestamp
        today = options.pastFactsUntil ?? LocalDate.chinaDay(ofTimestamp: timestamp)
        var counties: [String: String] = [:]
        var cityCode: Set<String> = []
        for division in try DivisionRecord.fetchAll(db) {
            if division.level == DivisionLevel.county.rawValue {
                counties[division.code] = division.name
            } else {
                cityCode.insert(division.code)
            }
        }
        self.counties = counties
        self.cityCode = cityCode
        var aliases: [String: String] = [:]
        for alias in try DivisionAliasRecord.fetchAll(db) { aliases[alias.oldCode] = alias.newCode }
        self.aliases = aliases
        var subdistricts: [String: Set<String>] = [:]
        for subdistrict in try SubdistrictRecord.fetchAll(db) {
            subdistricts[subdistrict.districtCode, default: []].insert(subdistrict.name)
        }
        self.subdistricts = subdistricts
        bounds = try RegistryDatabase.cityBounds(db)
        operators = Set(try String.fetchAll(db, OperatorRecord.select(OperatorRecord.Columns.uscc)))
    }

    // MARK: - Validation

    func parse(_ reader: inout FieldReader, _ db: Database) throws -> ImportedOutlet? {
        let before = reader.problems.count
        let id = reader.outletID("id", required: true)
        let operatorUSCC = reader.required("operator_uscc")
        if let operatorUSCC, !operators.contains(operatorUSCC) {
            reader.problem(
                "operator_uscc", operatorUSCC, zh: "未知的运营主体（请先在 operators.csv 中导入）",
                en: "unknown operator (import it in operators.csv first)")
        }
        let name = reader.required("name")
        let kind = reader.enumValue("kind", OutletKind.self, required: true)
        let pricing = reader.enumValue("pricing", PricingModel.self) ?? .market
        let districtCode = district(&reader)
        let subdistrict = reader.text("subdistrict")
        if let subdistrict, let districtCode, !(subdistricts[districtCode]?.contains(subdistrict) ?? false) {
            let district = "\(districtCode) \(counties[districtCode] ?? "")".trimmingCharacters(in: .whitespaces)
            reader.problem("subdistrict", subdistrict, zh: "不是 \(district) 的街道/镇", en: "not a 街道/镇 of \(district)")
        }
        let address = reader.required("address")
        let lat = coordinate(&reader, "lat", range: -90...90, cityRange: bounds.map { $0.minLat...$0.maxLat })
        let lon = coordinate(&reader, "lon", range: -180...180, cityRange: bounds.map { $0.minLon...$0.maxLon })
        let status = reader.enumValue("status", OutletStatus.self) ?? .operating
        let beds = reader.int("beds")
        let nursingBeds = reader.int("nursing_beds")
        if let beds, let nursingBeds, nursingBeds > beds {
            reader.problem(
                "nursing_beds", String(nursingBeds), zh: "护理型床位数多于床位数（\(beds)）",
                en: "more nursing-type beds than beds (\(beds))")
        }
        let tenure = reader.enumValue("premises_tenure", PremisesTenure.self)
        let leaseFrom = reader.date("lease_from")
        let leaseTo = reader.date("lease_to")
        if let leaseFrom, let leaseTo, leaseTo < leaseFrom {
            reader.problem(
                "lease_to", leaseTo.description, zh: "早于\(FieldReader.columnZH("lease_from"))（\(leaseFrom)）",
                en: "before lease_from (\(leaseFrom))")
        }
        let predecessor = reader.outletID("predecessor_id", required: false)
        if let predecessor, predecessor == id {
            reader.problem(
                "predecessor_id", predecessor, zh: "网点不能是自己的前身", en: "an outlet cannot be its own predecessor")
        }
        let outlet = Outlet(
            id: id ?? "", operatorUSCC: operatorUSCC ?? "", name: name ?? "", kind: kind ?? .elderInstitution,
            pricing: pricing, districtCode: districtCode ?? "", subdistrict: subdistrict, address: address ?? "",
            lat: lat ?? 0, lon: lon ?? 0, phone: reader.text("phone"),
            openedOn: reader.pastDate("opened_on", today: today),
            status: status, beds: beds, nursingBeds: nursingBeds, staffTotal: reader.int("staff_total"),
            staffCarers: reader.int("staff_carers"), staffHealthFulltime: reader.int("staff_health_fulltime"),
            floorAreaM2: reader.int("floor_area_m2"), outdoorAreaM2: reader.int("outdoor_area_m2"),
            premisesTenure: tenure, leaseFrom: leaseFrom, leaseTo: leaseTo, filingNo: reader.text("filing_no"),
            filingOn: reader.pastDate("filing_on", today: today),
            filingCancelledOn: reader.pastDate("filing_cancelled_on", today: today),
            fireApprovalNo: reader.text("fire_approval_no"),
            // A fire approval or health evaluation dated after the as-of day is a finding of
            // the verification rules (FS-, HE-), not an impossible record: they stay dates.
            fireApprovedOn: reader.date("fire_approved_on"),
            healthEvaluationOn: reader.date("health_evaluation_on"),
            cctvRetentionDays: reader.int("cctv_retention_days"), starRating: reader.int("star_rating", in: 1...5),
            predecessorID: predecessor)
        let classes = self.classes(&reader, kind: kind)
        let certification = try self.certification(&reader, kind: kind, outletID: id, db)
        guard reader.problems.count == before else { return nil }
        return ImportedOutlet(outlet: outlet, classes: classes, certification: certification)
    }

    /// A county-level code of the city; retired codes name the code that replaced them.
    func district(_ reader: inout FieldReader) -> String? {
        guard let code = reader.required("district_code").map(TextNormalisation.asciiDigits) else { return nil }
        if counties[code] != nil { return code }
        if let replacement = aliases[code] {
            let current = "\(replacement) \(counties[replacement] ?? "")".trimmingCharacters(in: .whitespaces)
            reader.problem(
                "district_code", code, zh: "该区划代码已撤销，现为 \(current)",
                en: "retired division code: replaced by \(current)")
        } else if cityCode.contains(code) {
            reader.problem(
                "district_code", code, zh: "这是全市的区划代码，请填写所在区（县级市）的代码",
                en: "the city's own code: give the county-level division")
        } else {
            let codes = counties.keys.sorted()
            reader.problem(
                "district_code", code,
                zh: "未知的区县代码（有效值：\(codes.map { "\($0) \(counties[$0] ?? "")" }.joined(separator: "、"))）",
                en: "unknown district (valid: \(codes.joined(separator: ", ")))")
        }
        return nil
    }

    func coordinate(
        _ reader: inout FieldReader, _ column: String, range: ClosedRange<Double>, cityRange: ClosedRange<Double>?
    ) -> Double? {
        guard let value = reader.double(column, required: true) else { return nil }
        guard range.contains(value) else {
            reader.problem(
                column, reader.numeric(column), zh: "不是有效的 WGS-84 \(column == "lat" ? "纬度" : "经度")",
                en: "not a WGS-84 \(column == "lat" ? "latitude" : "longitude")")
            return nil
        }
        if let cityRange, !cityRange.contains(value) {
            let low = String(format: "%.2f", cityRange.lowerBound)
            let high = String(format: "%.2f", cityRange.upperBound)
            reader.problem(
                column, reader.numeric(column), zh: "超出市域范围（\(low)–\(high)）", en: "outside the city (\(low)–\(high))")
            return nil
        }
        return value
    }

    /// `TYPE:CAPACITY:ENROLLED:CARERS;…`, childcare outlets only.
    func classes(_ reader: inout FieldReader, kind: OutletKind?) -> [ChildcareClass] {
        guard let text = reader.text("classes") else { return [] }
        if let kind, kind.family != .childcare {
            reader.problem(
                "classes", text, zh: "只有托育网点才填写托育班级，该网点类型为 \(kind.rawValue) \(kind.nameZH)",
                en: "classes are for childcare outlets, not \(kind.rawValue)")
            return []
        }
        var classes: [ChildcareClass] = []
        for (index, item) in text.split(separator: ";", omittingEmptySubsequences: false).enumerated() {
            let parts = item.split(separator: ":", omittingEmptySubsequences: false).map {
                TextNormalisation.asciiDigits(TextNormalisation.trim(String($0)))
            }
            let position = "class \(index + 1) \"\(item)\""
            let positionZH = "第 \(index + 1) 个班级“\(item)”"
            guard parts.count == 4 else {
                reader.problem(
                    "classes", text, zh: "\(positionZH)：格式应为 班型:托位数:在托人数:保育人员数（TYPE:CAPACITY:ENROLLED:CARERS）",
                    en: "\(position): not TYPE:CAPACITY:ENROLLED:CARERS")
                continue
            }
            guard let type = ClassType(rawValue: parts[0]) else {
                let unknown = FieldReader.unknownValue(ClassType.self)
                reader.problem("classes", text, zh: "\(positionZH)：\(unknown.zh)", en: "\(position): \(unknown.en)")
                continue
            }
            let numbers = parts.dropFirst().map { part -> Int? in
                guard !part.isEmpty, part.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
                return Int(part)
            }
            guard numbers.count == 3, let capacity = numbers[0], let enrolled = numbers[1], let carers = numbers[2]
            else {
                reader.problem(
                    "classes", text, zh: "\(positionZH)：托位数、在托人数和保育人员数须为不小于 0 的整数",
                    en: "\(position): capacity, enrolled and carers must be whole numbers ≥ 0")
                continue
            }
            guard enrolled <= capacity else {
                reader.problem(
                    "classes", text, zh: "\(positionZH)：在托人数 \(enrolled) 超过托位数 \(capacity)",
                    en: "\(position): \(enrolled) enrolled is more than the capacity of \(capacity)")
                continue
            }
            classes.append(ChildcareClass(type: type, capacity: capacity, enrolled: enrolled, carers: carers))
        }
        return classes
    }

    /// The recognition columns: none, or a status with its level, and for certified, suspended,
    /// revoked and expired a valid badge number and validity period.
    func certification(
        _ reader: inout FieldReader, kind: OutletKind?, outletID: String?, _ db: Database
    ) throws -> Certification? {
        let status = reader.enumValue("cert_status", CertificationStatus.self)
        let level = reader.enumValue("cert_level", CertificationLevel.self)
        let badge = reader.text("badge_no")
        let appliedOn = reader.pastDate("cert_applied_on", today: today)
        let decidedOn = reader.pastDate("cert_decided_on", today: today)
        let validFrom = reader.date("cert_valid_from")
        let validTo = reader.date("cert_valid_to")
        let statusOn = reader.pastDate("cert_status_on", today: today)
        guard let status else {
            if reader.text("cert_status") == nil {
                let given = Certification.csvColumns.filter { $0 != "cert_status" && reader.text($0) != nil }
                if let first = given.first {
                    reader.problem(
                        "cert_status", nil,
                        zh: "填写了\(given.map(FieldReader.columnZH).joined(separator: "、")) 时必填",
                        en:
                            "required when \(given.joined(separator: ", ")) \(given.count == 1 ? "is" : "are") given (\(first))"
                    )
                }
            }
            if let problem = try RecognitionImport.problem(outletID: outletID, incoming: nil, db) {
                reader.problem("cert_status", nil, problem)
            }
            return nil
        }
        if level == nil, reader.text("cert_level") == nil {
            reader.problem(
                "cert_level", nil, zh: "填写了\(FieldReader.columnZH("cert_status")) 时必填",
                en: "required when cert_status is given")
        }
        if status.requiresBadge {
            let required = LocalizedText(
                zh: "认定状态为 \(status.rawValue)（\(status.nameZH)）时必填", en: "required for cert_status \(status.rawValue)")
            if badge == nil { reader.problem("badge_no", nil, required) }
            if validFrom == nil, reader.text("cert_valid_from") == nil {
                reader.problem("cert_valid_from", nil, required)
            }
            if validTo == nil, reader.text("cert_valid_to") == nil {
                reader.problem("cert_valid_to", nil, required)
            }
        }
        if let validFrom, let validTo, validTo < validFrom {
            reader.problem(
                "cert_valid_to", validTo.description, zh: "早于\(FieldReader.columnZH("cert_valid_from"))（\(validFrom)）",
                en: "before cert_valid_from (\(validFrom))")
        }
        if let badge {
            if let problem = BadgeNumber.validate(badge) {
                reader.problem("badge_no", badge, problem.message)
            } else if let parts = BadgeNumber.parse(badge), let kind, parts.family != kind.family {
                reader.problem(
                    "badge_no", badge,
                    zh: "\(parts.family.nameZH)的统一标识编号（NT\(parts.family.badgeLetter)-…）不能用于\(kind.family.nameZH)网点",
                    en:
                        "a \(parts.family.nameEN) badge (NT\(parts.family.badgeLetter)-…) on a \(kind.family.nameEN) outlet"
                )
            } else if let holder = try ImportLookup.badgeHolder(badge, otherThan: outletID, db) {
                reader.problem(
                    "badge_no", badge, zh: "已是网点 \(holder) 的统一标识编号", en: "already the badge of outlet \(holder)")
            } else if let problem = try RecognitionImport.badgeProblem(badge, outletID: outletID, db) {
                reader.problem("badge_no", badge, problem)
            }
        }
        guard let level else { return nil }
        let incoming = Certification(
            level: level, status: status, badgeNo: badge, appliedOn: appliedOn, decidedOn: decidedOn,
            validFrom: validFrom, validTo: validTo, statusOn: statusOn)
        if let problem = try RecognitionImport.problem(outletID: outletID, incoming: incoming, db) {
            reader.problem("cert_status", status.rawValue, problem)
        }
        return incoming
    }

    func key(of row: ImportedOutlet) -> String { row.outlet.id }

    func rawKey(_ reader: FieldReader) -> String? { reader.text("id") }

    func uniqueValues(_ reader: FieldReader) -> [(column: String, value: String)] {
        reader.text("badge_no").map { [("badge_no", $0)] } ?? []
    }

    func keyReferences(_ reader: FieldReader) -> [(column: String, value: String)] {
        reader.text("predecessor_id").map { [("predecessor_id", $0)] } ?? []
    }

    func keyExists(_ key: String, _ db: Database) throws -> Bool {
        try rid(of: key, db) != nil
    }

    func exists(_ row: ImportedOutlet, _ db: Database) throws -> Bool {
        try rid(of: row.outlet.id, db) != nil
    }

    func rid(of id: String, _ db: Database) throws -> Int64? {
        try ImportLookup.outletRID(id, db)
    }

    // MARK: - Writing

    func write(_ row: ImportedOutlet, replacing: Bool, _ db: Database, _ log: inout AuditLog) throws {
        let after = row.jsonText
        let rid: Int64
        var before: String?
        var previous: (status: OutletStatus, cancelledOn: LocalDate?)?
        if replacing, let existing = try self.rid(of: row.outlet.id, db) {
            let imported = try ImportedOutlet.fetch(db, rid: existing)
            before = imported?.jsonText
            previous = imported.map { ($0.outlet.status, $0.outlet.filingCancelledOn) }
            rid = existing
            // Every data column and `updated_at`; `created_at` stays (the timestamp given for it
            // is not written).
            try OutletTableRecord(rid: rid, row.outlet, createdAt: timestamp, updatedAt: timestamp)
                .update(db, columns: OutletTableRecord.updatedColumns)
            try ChildcareClassRecord.filter(ChildcareClassRecord.Columns.outletRID == rid).deleteAll(db)
            // The recognition stays: validation allowed only the same one (RecognitionImport).
        } else {
            rid = try OutletTableRecord(row.outlet, createdAt: timestamp, updatedAt: timestamp).insertPrepared(db)
        }
        for (index, item) in row.classes.enumerated() {
            try ChildcareClassRecord(outletRID: rid, seq: index + 1, item).insertPrepared(db)
        }
        let recorded = replacing ? try Certification.fetchCurrent(db, outletRID: rid) : nil
        if let certification = row.certification, recorded == nil {
            let certificationID = try CertificationRecord(outletRID: rid, certification).insertPrepared(db)
            try RecognitionImport.recordImported(
                db, certificationID: certificationID, outletRID: rid, certification, log: log)
        }
        try log.append(
            db, action: replacing ? "import.update" : "import.insert", entityType: Self.entityType,
            entityID: row.outlet.id, before: before, after: after)
        try RecognitionImport.suspendIfClosed(db, &log, outletRID: rid, outlet: row.outlet, previous: previous)
    }
}
