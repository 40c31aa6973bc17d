import Foundation

/// Re-reads a generated registry and checks it the way the importer and the rules will:
/// format (docs/CSV.md), identity check characters, references, the city box, and then the
/// rule breaks found in the data, counted per rule. Streams the files, so it runs on the
/// million-outlet registry too.
struct Checker {
    let reference: Reference
    let asOf: Day
    /// Print every rule-breaking outlet id (sample) or only counts (bulk).
    var listIds = true

    struct Report {
        var lines: [String] = []
        var formatErrors: [String] = []
        var formatErrorCount = 0
        /// Outlet ids found breaking each rule.
        var found: [Defect: [String]] = [:]
        var outletCount = 0

        mutating func error(_ text: String) {
            formatErrorCount += 1
            if formatErrors.count < 50 { formatErrors.append(text) }
        }
        mutating func say(_ text: String) { lines.append(text) }
    }

    /// The per-outlet facts kept after its row is read.
    private struct OutletFacts {
        var district: Int
        var kind: Kind
        var inclusive: Bool
        var operating: Bool
        var weight: Int
        var monthlyInclusive = false
    }

    static let legalForms = [
        "private_non_enterprise", "enterprise", "public_institution", "social_organisation", "other",
    ]

    func check(directory: String) throws -> Report {
        var report = Report()
        checkReference(&report)

        // Operators.
        let operators = try CSVReader(path: directory + "/operators.csv")
        guard let opHeader = try operators.next() else { throw DataGenError("operators.csv is empty") }
        let oc = try columns(opHeader, known: Columns.operators, file: "operators.csv", &report)
        let ocolLegalForm = oc["legal_form"]!
        let ocolUscc = oc["uscc"]!
        let ocolUsccOverrideReason = oc["uscc_override_reason"]!
        var usccs = Set<String>()
        var pilotCodes = 0
        var operatorCount = 0
        var prefixes: [String: Int] = [:]
        var retiredInside = 0
        while let f = try operators.next() {
            operatorCount += 1
            let at = "operators.csv:\(operators.line)"
            guard f.count == opHeader.count else {
                report.error("\(at): \(f.count) fields")
                continue
            }
            let uscc = f[ocolUscc]
            let reason = f[ocolUsccOverrideReason]
            for column in ["uscc", "name", "legal_form", "legal_representative"] where f[oc[column]!].isEmpty {
                report.error("\(at): column \(column): required")
            }
            if !Self.legalForms.contains(f[ocolLegalForm]) {
                report.error("\(at): column legal_form: \"\(f[ocolLegalForm])\"")
            }
            if let problem = USCC.problem(uscc) {
                if reason.isEmpty {
                    report.error("\(at): column uscc: \"\(uscc)\": \(problem)")
                } else {
                    pilotCodes += 1
                }
            } else if !reason.isEmpty {
                report.error("\(at): column uscc_override_reason: set on a code that passes its check")
            }
            if !usccs.insert(uscc).inserted { report.error("\(at): duplicate uscc \(uscc)") }
            prefixes[String(uscc.prefix(2)), default: 0] += 1
            let division = String(uscc.dropFirst(2).prefix(6))
            if reference.retiredCodes.contains(where: { $0.old == division }) { retiredInside += 1 }
        }
        report.say(
            "operators: \(operatorCount) (USCC check characters verified; \(pilotCodes) early pilot code(s) failing the check, each with uscc_override_reason); prefixes "
                + prefixes.keys.sorted().map { "\($0) \(prefixes[$0]!)" }.joined(separator: ", ")
                + "; \(retiredInside) with a retired division code inside")

        // Outlets.
        let outlets = try CSVReader(path: directory + "/outlets.csv")
        guard let outletHeader = try outlets.next() else { throw DataGenError("outlets.csv is empty") }
        let c = try columns(outletHeader, known: Columns.outlets, file: "outlets.csv", &report)
        let columnIndex = c
        let colBadgeNo = c["badge_no"]!
        let colCertLevel = c["cert_level"]!
        let colCertStatus = c["cert_status"]!
        let colClasses = c["classes"]!
        let colDistrictCode = c["district_code"]!
        let colFireApprovalNo = c["fire_approval_no"]!
        let colId = c["id"]!
        let colKind = c["kind"]!
        let colLat = c["lat"]!
        let colLon = c["lon"]!
        let colOperatorUscc = c["operator_uscc"]!
        let colPredecessorId = c["predecessor_id"]!
        let colPremisesTenure = c["premises_tenure"]!
        let colPricing = c["pricing"]!
        let colStatus = c["status"]!
        let colSubdistrict = c["subdistrict"]!
        var index: [String: Int] = [:]
        var facts: [OutletFacts] = []
        var previousId = ""
        var badges = Set<String>()
        var predecessors: [(String, String)] = []
        var perDistrictKind = [[Int]](
            repeating: [Int](repeating: 0, count: Kind.allCases.count), count: reference.districts.count)
        var statusCounts = [Int](repeating: 0, count: CertStatus.allCases.count + 1)
        var levelCounts = [Int](repeating: 0, count: CertLevel.allCases.count)
        var expiringSoon = 0
        var inclusiveCount = 0
        var farthestFromSubdistrict = 0.0
        var nearSearch: [(distance: Double, id: String)] = []
        var childcareWithin3km = 0
        var outletStatus: [String: Int] = [:]
        let subdistrictsByDistrict = reference.districts.map { d in
            d.subdistricts.map { reference.subdistricts[$0].name }
        }

        func int(_ f: [String], _ column: String, _ at: String, _ report: inout Report) -> Int? {
            let text = f[columnIndex[column]!]
            if text.isEmpty { return nil }
            guard let v = Int(text), v >= 0 else {
                report.error("\(at): column \(column): \"\(text)\": not a whole number ≥ 0")
                return nil
            }
            return v
        }
        func day(_ f: [String], _ column: String, _ at: String, _ report: inout Report) -> Day? {
            let text = f[columnIndex[column]!]
            if text.isEmpty { return nil }
            guard let d = Day.parse(text) else {
                report.error("\(at): column \(column): \"\(text)\": not a date that exists")
                return nil
            }
            return d
        }

        while let f = try outlets.next() {
            let at = "outlets.csv:\(outlets.line)"
            guard f.count == outletHeader.count else {
                report.error("\(at): \(f.count) fields")
                continue
            }
            let id = f[colId]
            let idBytes = Array(id.utf8)
            if idBytes.isEmpty || idBytes.count > 32
                || !idBytes.allSatisfy({
                    ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 95 || $0 == 45
                })
            {
                report.error("\(at): column id: \"\(id)\": not 1–32 of A-Z a-z 0-9 _ -")
            }
            if index[id] != nil { report.error("\(at): duplicate id \(id)") }
            if !previousId.isEmpty && !Array(previousId.utf8).lexicographicallyPrecedes(idBytes) {
                report.error("\(at): id \(id) out of order")
            }
            previousId = id
            for column in ["operator_uscc", "name", "kind", "district_code", "address", "lat", "lon"]
            where f[c[column]!].isEmpty {
                report.error("\(at): column \(column): required")
            }
            if !usccs.contains(f[colOperatorUscc]) { report.error("\(at): unknown operator \(f[colOperatorUscc])") }
            guard let kind = Kind.parse(f[colKind]) else {
                report.error("\(at): column kind: \"\(f[colKind])\"")
                continue
            }
            let pricing = f[colPricing]
            if !["", "inclusive", "market"].contains(pricing) { report.error("\(at): column pricing: \"\(pricing)\"") }
            let inclusive = pricing == "inclusive"
            guard let district = reference.district(code: f[colDistrictCode]) else {
                report.error("\(at): column district_code: \"\(f[colDistrictCode])\": not a current county-level code")
                continue
            }
            let subName = f[colSubdistrict]
            var subIndex: Int?
            if !subName.isEmpty {
                if let k = subdistrictsByDistrict[district].firstIndex(of: subName) {
                    subIndex = reference.districts[district].subdistricts[k]
                } else {
                    report.error(
                        "\(at): column subdistrict: \"\(subName)\" is not in \(reference.districts[district].name)")
                }
            }
            guard let lat = Double(f[colLat]), let lon = Double(f[colLon]), reference.inBox(lat: lat, lon: lon) else {
                report.error("\(at): lat/lon \(f[colLat]),\(f[colLon]) not inside the city box")
                continue
            }
            if let s = subIndex {
                farthestFromSubdistrict = max(
                    farthestFromSubdistrict,
                    distanceMetres(lat, lon, reference.subdistricts[s].lat, reference.subdistricts[s].lon))
            }
            let status = f[colStatus]
            if !["", "operating", "suspended", "closed"].contains(status) {
                report.error("\(at): column status: \"\(status)\"")
            }
            outletStatus[status.isEmpty ? "operating" : status, default: 0] += 1
            for column in ["opened_on", "filing_cancelled_on", "filing_on"] { _ = day(f, column, at, &report) }
            let beds = int(f, "beds", at, &report)
            let nursing = int(f, "nursing_beds", at, &report)
            if let beds, let nursing, nursing > beds { report.error("\(at): nursing_beds \(nursing) > beds \(beds)") }
            for column in ["staff_total", "staff_carers", "floor_area_m2", "outdoor_area_m2"] {
                _ = int(f, column, at, &report)
            }
            let health = int(f, "staff_health_fulltime", at, &report) ?? 0
            let tenure = f[colPremisesTenure]
            if !["", "owned", "leased"].contains(tenure) {
                report.error("\(at): column premises_tenure: \"\(tenure)\"")
            }
            let leaseFrom = day(f, "lease_from", at, &report)
            let leaseTo = day(f, "lease_to", at, &report)
            if let a = leaseFrom, let b = leaseTo, b < a { report.error("\(at): lease_to before lease_from") }
            let fireOn = day(f, "fire_approved_on", at, &report)
            let evaluation = day(f, "health_evaluation_on", at, &report)
            let cctv = int(f, "cctv_retention_days", at, &report)
            if let star = int(f, "star_rating", at, &report), !(1...5).contains(star) {
                report.error("\(at): star_rating \(star)")
            }
            let predecessor = f[colPredecessorId]
            if !predecessor.isEmpty { predecessors.append((id, predecessor)) }

            // Classes.
            var classes: [ChildcareClass] = []
            let classText = f[colClasses]
            if !classText.isEmpty {
                for part in classText.split(separator: ";", omittingEmptySubsequences: false) {
                    let p = part.split(separator: ":", omittingEmptySubsequences: false)
                    guard p.count == 4, let type = ClassType.parse(String(p[0])), let cap = Int(p[1]),
                        let en = Int(p[2]), let ca = Int(p[3]),
                        cap >= 0, en >= 0, ca >= 0
                    else {
                        report.error("\(at): column classes: \"\(part)\": not TYPE:CAPACITY:ENROLLED:CARERS")
                        continue
                    }
                    classes.append(ChildcareClass(type: type, capacity: cap, enrolled: en, carers: ca))
                }
            }

            // Recognition.
            let level = f[colCertLevel]
            let certStatus = f[colCertStatus]
            let badge = f[colBadgeNo]
            let validFrom = day(f, "cert_valid_from", at, &report)
            let validTo = day(f, "cert_valid_to", at, &report)
            for column in ["cert_applied_on", "cert_decided_on", "cert_status_on"] { _ = day(f, column, at, &report) }
            if let a = validFrom, let b = validTo, b < a { report.error("\(at): cert_valid_to before cert_valid_from") }
            if certStatus.isEmpty {
                statusCounts[CertStatus.allCases.count] += inclusive ? 1 : 0
                if !level.isEmpty || !badge.isEmpty { report.error("\(at): recognition columns without cert_status") }
            } else if let s = CertStatus.parse(certStatus) {
                statusCounts[s.rawValue] += 1
                guard let l = CertLevel.parse(level) else {
                    report.error("\(at): column cert_level: \"\(level)\"")
                    continue
                }
                if s.hasBadge {
                    levelCounts[l.rawValue] += 1
                    if badge.isEmpty || validFrom == nil || validTo == nil {
                        report.error("\(at): \(certStatus) needs badge_no and validity")
                    }
                }
                if s == .certified, let to = validTo, to >= asOf, to <= asOf + 60 { expiringSoon += 1 }
                if !inclusive { report.error("\(at): a market outlet with recognition") }
            } else {
                report.error("\(at): column cert_status: \"\(certStatus)\"")
            }
            if !badge.isEmpty {
                if let problem = Badge.problem(badge, family: kind.family) {
                    report.error("\(at): column badge_no: \"\(badge)\": \(problem)")
                }
                if !badges.insert(badge).inserted { report.error("\(at): duplicate badge \(badge)") }
            }
            let validNow =
                certStatus == "certified" && (validFrom.map { $0 <= asOf } ?? false)
                && (validTo.map { $0 >= asOf } ?? false)

            // Rule breaks visible in the outlet row.
            func found(_ d: Defect) { report.found[d, default: []].append(id) }
            if classes.contains(where: { $0.capacity > $0.type.maxSize || $0.enrolled > $0.type.maxSize }) {
                found(.classOverMaxSize)
            }
            if classes.contains(where: { $0.carers < $0.type.carersNeeded($0.enrolled) }) {
                found(.carerRatioBelowMinimum)
            }
            if kind.family == .childcare && classes.reduce(0, { $0 + $1.enrolled }) >= 150 && health < 1 {
                found(.noHealthWorkerAt150)
            }
            if f[colFireApprovalNo].isEmpty || fireOn == nil || fireOn! > asOf { found(.fireApprovalMissingOrFuture) }
            if kind.family == .childcare && (evaluation == nil || evaluation! > asOf) {
                found(.healthEvaluationMissing)
            }
            if tenure == "leased", let a = leaseFrom, let b = leaseTo, b < a.adding(years: 3) {
                found(.leaseShorterThan3Years)
            }
            if let cctv, cctv < 90 { found(.cctvUnder90Days) }
            if kind == .elderInstitution, let beds, beds > 0, (nursing ?? 0) * 100 < beds * 75 {
                found(.nursingBedShareLow)
            }

            index[id] = facts.count
            let o = OutletFacts(
                district: district, kind: kind, inclusive: inclusive, operating: status != "closed",
                weight: (beds ?? 0) > 0 ? beds! : max(1, classes.reduce(0) { $0 + $1.capacity }))
            facts.append(o)
            perDistrictKind[district][kind.rawValue] += 1
            if inclusive { inclusiveCount += 1 }
            if kind.family == .childcare {
                let d = distanceMetres(SampleGenerator.searchPoint.lat, SampleGenerator.searchPoint.lon, lat, lon)
                if d <= 3000 {
                    childcareWithin3km += 1
                    if validNow { nearSearch.append((d, id)) }
                }
            }
        }
        for (id, p) in predecessors where index[p] == nil {
            report.error("outlet \(id): predecessor_id \(p) not in the registry")
        }
        report.outletCount = facts.count

        // Prices.
        let prices = try CSVReader(path: directory + "/prices.csv")
        guard let priceHeader = try prices.next() else { throw DataGenError("prices.csv is empty") }
        let pc = try columns(priceHeader, known: Columns.prices, file: "prices.csv", &report)
        let pcolAgeClass = pc["age_class"]!
        let pcolAmountYuan = pc["amount_yuan"]!
        let pcolCareLevel = pc["care_level"]!
        let pcolEffectiveFrom = pc["effective_from"]!
        let pcolEffectiveTo = pc["effective_to"]!
        let pcolInclusive = pc["inclusive"]!
        let pcolItem = pc["item"]!
        let pcolOutletId = pc["outlet_id"]!
        let pcolUnit = pc["unit"]!
        // Keys as bytes: hashing Chinese Strings normalises them first, which is slow at 4M rows.
        var districtCells: [[UInt8]: [(fen: Int, weight: Int, id: String)]] = [:]
        var cityCells: [[UInt8]: [(fen: Int, weight: Int, id: String)]] = [:]
        var inclusiveRows: [(outlet: Int, id: String, district: [UInt8], city: [UInt8], fen: Int)] = []
        var priceCount = 0
        var historyRows = 0
        var inclusiveRowCount = 0
        var keys = Set<[UInt8]>()
        while let f = try prices.next() {
            priceCount += 1
            let at = "prices.csv:\(prices.line)"
            guard f.count == priceHeader.count else {
                report.error("\(at): \(f.count) fields")
                continue
            }
            let id = f[pcolOutletId]
            guard let o = index[id] else {
                report.error("\(at): unknown outlet \(id)")
                continue
            }
            let item = f[pcolItem]
            let level = f[pcolCareLevel]
            let age = f[pcolAgeClass]
            let unit = f[pcolUnit]
            if item.isEmpty { report.error("\(at): column item: required") }
            if !level.isEmpty && CareLevel.parse(level) == nil {
                report.error("\(at): column care_level: \"\(level)\"")
            }
            if !age.isEmpty && ClassType.parse(age) == nil { report.error("\(at): column age_class: \"\(age)\"") }
            if !["month", "day", "hour", "meal"].contains(unit) { report.error("\(at): column unit: \"\(unit)\"") }
            guard let fen = Self.fen(f[pcolAmountYuan]) else {
                report.error("\(at): column amount_yuan: \"\(f[pcolAmountYuan])\": not yuan ≥ 0 with ≤ 2 decimals")
                continue
            }
            guard let from = Day.parse(f[pcolEffectiveFrom]) else {
                report.error("\(at): column effective_from")
                continue
            }
            let toText = f[pcolEffectiveTo]
            let to = toText.isEmpty ? nil : Day.parse(toText)
            if !toText.isEmpty && (to == nil || to! < from) {
                report.error("\(at): column effective_to: \"\(toText)\"")
            }
            let flag = f[pcolInclusive]
            guard flag == "yes" || flag == "no" else {
                report.error("\(at): column inclusive: \"\(flag)\"")
                continue
            }
            if !keys.insert(Array((id + "|" + item + "|" + level + "|" + age + "|" + unit + "|" + from.text).utf8))
                .inserted
            {
                report.error("\(at): duplicate price key")
            }
            if to != nil { historyRows += 1 }
            let inForce = from <= asOf && (to.map { $0 >= asOf } ?? true)
            let fact = facts[o]
            if flag == "yes" {
                inclusiveRowCount += 1
                if !fact.inclusive { report.error("\(at): inclusive price on a market outlet") }
            }
            // An inclusive outlet's market-rate (inclusive=no) line is allowed but never an observation.
            guard inForce else { continue }
            let city = Array((fact.kind.id + "|" + item + "|" + level + "|" + age + "|" + unit).utf8)
            let cell = Array(reference.districts[fact.district].code.utf8) + city
            if flag == "yes" {
                if unit == "month" { facts[o].monthlyInclusive = true }
                inclusiveRows.append((o, id, cell, city, fen))
            } else if !fact.inclusive && fact.operating {
                districtCells[cell, default: []].append((fen, fact.weight, id))
                cityCells[city, default: []].append((fen, fact.weight, id))
            }
        }
        var ids = [String](repeating: "", count: facts.count)
        for (id, i) in index { ids[i] = id }
        for (i, fact) in facts.enumerated() where fact.inclusive && fact.operating && !fact.monthlyInclusive {
            report.found[.noInclusivePrice, default: []].append(ids[i])
        }
        // Market benchmark (DOMAIN.md): weighted nearest-rank P50 per district cell, pooled to the
        // city when the district has fewer than 5 market outlets in the cell.
        var medianCache: [[UInt8]: Int] = [:]
        var above = Set<Int>()
        var worstCleanRatio = 0.0
        var pooledCells = Set<[UInt8]>()
        for row in inclusiveRows {
            let local = districtCells[row.district] ?? []
            let key = local.count >= 5 ? row.district : row.city
            if local.count < 5 { pooledCells.insert(row.district) }
            let p50: Int?
            if let cached = medianCache[key] {
                p50 = cached
            } else {
                p50 = median(local.count >= 5 ? local : (cityCells[row.city] ?? []), weighted: true)
                if let p50 { medianCache[key] = p50 }
            }
            guard let p50 else { continue }
            if row.fen > p50 {
                above.insert(row.outlet)
            } else {
                worstCleanRatio = max(worstCleanRatio, Double(row.fen) / Double(p50))
            }
        }
        for i in above.sorted() { report.found[.inclusivePriceAboveMarketMedian, default: []].append(ids[i]) }

        // Summary.
        report.say(
            "outlets: \(facts.count) — inclusive \(inclusiveCount) (\(percent(inclusiveCount, facts.count))), market \(facts.count - inclusiveCount); status: "
                + outletStatus.keys.sorted().map { "\($0) \(outletStatus[$0]!)" }.joined(separator: ", "))
        let header = "  district  " + Kind.allCases.map { String($0.rawValue + 1).padding(7) }.joined() + "total"
        report.say(
            "outlets per district and kind (1 elder_institution … 4 elder_home_care_station, 5 childcare_institution … 8 childcare_family):"
        )
        report.say(header)
        for (d, district) in reference.districts.enumerated() {
            let counts = perDistrictKind[d]
            report.say(
                "  " + district.code + "    " + counts.map { String($0).padding(7) }.joined()
                    + String(counts.reduce(0, +)))
        }
        let kindTotals = Kind.allCases.map { k in perDistrictKind.reduce(0) { $0 + $1[k.rawValue] } }
        report.say("  all       " + kindTotals.map { String($0).padding(7) }.joined() + String(facts.count))
        report.say(
            "recognition: "
                + CertStatus.allCases.map { "\($0.id) \(statusCounts[$0.rawValue])" }.joined(separator: ", ")
                + ", inclusive never applied \(statusCounts[CertStatus.allCases.count])")
        report.say(
            "levels (badge holders): "
                + CertLevel.allCases.map { "\($0.id) \(levelCounts[$0.rawValue])" }.joined(separator: ", ")
                + "; certified expiring within 60 days of \(asOf.text): \(expiringSoon); badges \(badges.count), check characters verified"
        )
        report.say("prices: \(priceCount) rows (\(inclusiveRowCount) inclusive, \(historyRows) with effective_to)")
        let marketCells = districtCells.values.map(\.count)
        report.say(
            "market benchmark cells (district × kind × item × level/class × unit): \(marketCells.count), with ≥ 5 outlets: \(marketCells.filter { $0 >= 5 }.count); inclusive cells pooled to the city: \(pooledCells.count)"
        )
        report.say(
            String(format: "inclusive prices below their cell's P50: highest ratio %.3f (cap 0.800)", worstCleanRatio))
        report.say(
            String(format: "outlets within %.2f km of their 街道/镇 centre (farthest)", farthestFromSubdistrict / 1000))
        nearSearch.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.id < $1.id }
        report.say(
            "childcare within 3 km of 32.0100,120.8600: \(childcareWithin3km), of which certified on \(asOf.text): \(nearSearch.count)"
                + (listIds
                    ? " — nearest: "
                        + nearSearch.prefix(6).map { "\($0.id) \(Int($0.distance.rounded())) m" }.joined(
                            separator: ", ") : ""))
        return report
    }

    /// Column indices by name; unknown or missing columns are errors.
    private func columns(_ header: [String], known: [String], file: String, _ report: inout Report) throws -> [String:
        Int]
    {
        var result: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            if !known.contains(name) { report.error("\(file): unknown column \(name)") }
            result[name] = i
        }
        for name in known where result[name] == nil { throw DataGenError("\(file): missing column \(name)") }
        return result
    }

    /// Yuan text (≤ 2 decimals, ≥ 0) as fen.
    static func fen(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int(parts[0]), whole >= 0, !parts[0].isEmpty,
            parts[0].allSatisfy(\.isNumber)
        else { return nil }
        if parts.count == 1 { return whole * 100 }
        let decimals = parts[1]
        guard (1...2).contains(decimals.count), decimals.allSatisfy(\.isNumber), let d = Int(decimals) else {
            return nil
        }
        return whole * 100 + (decimals.count == 1 ? d * 10 : d)
    }

    private func checkReference(_ report: inout Report) {
        var worst = 0.0
        for s in reference.subdistricts {
            if !reference.inBox(lat: s.lat, lon: s.lon) { report.error("reference: \(s.name) outside the city box") }
            let d = reference.districts[s.district]
            let km = distanceMetres(s.lat, s.lon, d.centreLat, d.centreLon) / 1000
            worst = max(worst, km)
            if km > 25 { report.error("reference: \(s.name) is \(Int(km)) km from \(d.name)'s centre") }
            if s.isTown != s.name.hasSuffix("镇") { report.error("reference: \(s.name) kind does not match its name") }
        }
        for d in reference.districts where !reference.inBox(lat: d.centreLat, lon: d.centreLon) {
            report.error("reference: \(d.name) centre outside the city box")
        }
        report.say(
            String(
                format:
                    "reference: %d districts, %d 街道/镇, all centres in the city box, farthest 街道/镇 %.1f km from its district centre",
                reference.districts.count, reference.subdistricts.count, worst))
    }
}

func percent(_ part: Int, _ whole: Int) -> String {
    whole == 0 ? "0%" : String(Int((Double(part) * 100 / Double(whole)).rounded())) + "%"
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
