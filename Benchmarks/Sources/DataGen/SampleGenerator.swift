/// A whole synthetic registry held in memory.
struct GeneratedRegistry: Sendable {
    var operators: [OperatorRecord]
    var outlets: [OutletRecord]
    var prices: [PriceRecord]
    /// The rule breaks put in on purpose, by defect, with outlet ids.
    var defects: [(defect: Defect, ids: [String])]
}

/// The sample registry (`--sample`): ~430 outlets and ~49 operators shaped to exercise the
/// resident's search, the verification rules and the market benchmark. Every choice is drawn
/// from one seeded generator, so the files are the same on every run.
struct SampleGenerator {
    let reference: Reference
    let asOf: Day
    let seed: UInt64

    /// The resident's test point in 崇川 (issue 2: a 3 km childcare search there).
    static let searchPoint = (lat: 32.0100, lon: 120.8600)

    /// Outlets per district and kind (order of `Kind.allCases`): 崇川 dense, counties by size.
    static let kindCounts: [(code: String, counts: [Int])] = [
        ("320613", [10, 14, 10, 22, 30, 12, 10, 6]),
        ("320612", [7, 8, 6, 12, 9, 6, 5, 3]),
        ("320614", [6, 7, 5, 10, 8, 5, 4, 2]),
        ("320623", [6, 6, 4, 9, 8, 4, 4, 2]),
        ("320681", [6, 6, 5, 10, 8, 5, 4, 2]),
        ("320682", [7, 8, 6, 12, 9, 6, 5, 3]),
        ("320685", [6, 6, 5, 9, 8, 5, 4, 2]),
        ("320671", [3, 4, 3, 6, 6, 3, 3, 2]),
    ]
    /// Operators per district (same order).
    static let operatorCounts: [(code: String, count: Int)] = [
        ("320613", 14), ("320612", 6), ("320614", 5), ("320623", 4), ("320681", 4), ("320682", 6), ("320685", 5),
        ("320671", 4),
    ]
    /// How many outlets break each rule.
    static let defectCounts: [(Defect, Int)] = [
        (.classOverMaxSize, 4), (.carerRatioBelowMinimum, 4), (.noHealthWorkerAt150, 3),
        (.fireApprovalMissingOrFuture, 5),
        (.healthEvaluationMissing, 4), (.leaseShorterThan3Years, 4), (.cctvUnder90Days, 4), (.nursingBedShareLow, 4),
        (.noInclusivePrice, 3), (.inclusivePriceAboveMarketMedian, 4),
    ]

    func generate() throws -> GeneratedRegistry {
        var root = Xoshiro256(seed: seed)
        var planRng = root.fork(1)
        var operatorRng = root.fork(2)
        var buildRng = root.fork(3)
        var priceRng = root.fork(4)
        var factory = OutletFactory(reference: reference, asOf: asOf, badgeGap: 6, uniqueNames: true)

        // 1. Plans: kinds per district, market outlets first in each cell, then shuffled.
        var plans: [OutletPlan] = []
        var marketCount: [String: Int] = [:]
        for (d, district) in reference.districts.enumerated() {
            guard let row = Self.kindCounts.first(where: { $0.code == district.code }) else {
                throw DataGenError("no sample counts for district \(district.code)")
            }
            var districtPlans: [OutletPlan] = []
            for kind in Kind.allCases {
                let n = row.counts[kind.rawValue]
                var m = Int((0.35 * Double(n)).rounded())
                let common =
                    (n >= 8 && (kind == .elderHomeCareStation || kind == .childcareInstitution))
                    || (district.code == "320613" && n >= 10)
                if common { m = max(m, min(5, n - 1)) }
                marketCount[district.code + "|" + kind.id] = m
                for i in 0..<n { districtPlans.append(OutletPlan(kind: kind, district: d, inclusive: i >= m)) }
            }
            planRng.shuffle(&districtPlans)
            plans += districtPlans
        }
        guard let chongchuan = reference.district(code: "320613") else { throw DataGenError("崇川 320613 missing") }

        // 2. The dense cluster: most of 崇川's inclusive childcare within 2.9 km of the search point.
        let ccChildcare = plans.indices.filter {
            plans[$0].district == chongchuan && plans[$0].kind.family == .childcare
        }
        let ccInclusive = ccChildcare.filter { plans[$0].inclusive }
        let ccMarket = ccChildcare.filter { !plans[$0].inclusive }
        let denseInclusive = Array(ccInclusive.dropLast(2))
        let dense = denseInclusive + Array(ccMarket.prefix(6))
        let ccSubs = reference.districts[chongchuan].subdistricts
        for i in dense {
            while true {
                let (la, lo) = factory.jitter(
                    lat: Self.searchPoint.lat, lon: Self.searchPoint.lon, radiusKm: 2.9, &planRng)
                let lat = Double(la) / 1e6
                let lon = Double(lo) / 1e6
                let nearest = ccSubs.min {
                    distanceMetres(lat, lon, reference.subdistricts[$0].lat, reference.subdistricts[$0].lon)
                        < distanceMetres(lat, lon, reference.subdistricts[$1].lat, reference.subdistricts[$1].lon)
                }!
                if distanceMetres(lat, lon, reference.subdistricts[nearest].lat, reference.subdistricts[nearest].lon)
                    <= 2450
                {
                    plans[i].place = (nearest, la, lo)
                    break
                }
            }
        }
        // Two pairs for tie-breaking: one at exactly the same point, one 1 m apart.
        let ties = Array(denseInclusive.prefix(4))
        plans[ties[1]].place = plans[ties[0]].place
        if let p = plans[ties[2]].place { plans[ties[3]].place = (p.subdistrict, p.latE6 + 9, p.lonE6) }
        let denseSet = Set(dense)
        let tieSet = Set(ties)

        // 3. Large 托育机构 (≥ 150 places): three with a health worker, three without (a defect).
        let largeCandidates = plans.indices.filter { plans[$0].kind == .childcareInstitution && !denseSet.contains($0) }
        var shuffledLarge = largeCandidates
        planRng.shuffle(&shuffledLarge)
        let large = Array(shuffledLarge.prefix(6))
        for i in large { plans[i].large = true }

        // 4. Defects.
        var taken = tieSet.union(large.suffix(3))
        var intended: [(Defect, [String])] = []
        var defectIndices: [(Defect, [Int])] = []
        for (defect, count) in Self.defectCounts {
            let eligible: (Int) -> Bool = { i in
                let p = plans[i]
                switch defect {
                case .classOverMaxSize, .carerRatioBelowMinimum:
                    return [.childcareInstitution, .childcareCommunity, .childcareKindergartenClass].contains(p.kind)
                        && !p.large
                case .noHealthWorkerAt150: return p.large
                case .fireApprovalMissingOrFuture: return true
                case .healthEvaluationMissing: return p.kind.family == .childcare
                case .leaseShorterThan3Years:
                    return [
                        .childcareInstitution, .childcareCommunity, .elderCommunityCenter, .elderDayCare,
                        .elderHomeCareStation,
                    ].contains(p.kind)
                case .cctvUnder90Days:
                    return [.childcareInstitution, .childcareCommunity, .childcareKindergartenClass, .elderInstitution]
                        .contains(p.kind)
                case .nursingBedShareLow: return p.kind == .elderInstitution
                case .noInclusivePrice: return p.inclusive
                case .inclusivePriceAboveMarketMedian:
                    return p.inclusive
                        && (marketCount[reference.districts[p.district].code + "|" + p.kind.id] ?? 0) >= 5
                }
            }
            var candidates = plans.indices.filter {
                (defect == .noHealthWorkerAt150 || !taken.contains($0)) && eligible($0)
            }
            if defect == .noHealthWorkerAt150 { candidates = Array(large.suffix(3)) }
            planRng.shuffle(&candidates)
            guard candidates.count >= count else { throw DataGenError("not enough outlets for defect \(defect.id)") }
            let chosen = Array(candidates.prefix(count)).sorted()
            for i in chosen {
                plans[i].defect = defect
                taken.insert(i)
            }
            defectIndices.append((defect, chosen))
        }

        // 5. Closures and re-registrations (market predecessors, closed before the successor opened).
        var pairs: [(Int, Int)] = []
        for (code, kind) in [("320612", Kind.elderCommunityCenter), ("320682", Kind.childcareCommunity)] {
            guard let d = reference.district(code: code) else { continue }
            let cell = plans.indices.filter {
                plans[$0].district == d && plans[$0].kind == kind && !taken.contains($0) && !denseSet.contains($0)
            }
            guard let j = cell.first(where: { !plans[$0].inclusive }), let i = cell.last(where: { $0 > j }) else {
                continue
            }
            pairs.append((j, i))
            taken.insert(j)
            taken.insert(i)
        }
        for (j, i) in pairs {
            let closed = asOf - planRng.int(500...800)
            plans[j].closedOn = closed
            let s = plans[j].district
            let sub = planRng.pick(reference.districts[s].subdistricts)
            let (la, lo) = factory.jitter(
                lat: reference.subdistricts[sub].lat, lon: reference.subdistricts[sub].lon, radiusKm: 2.4, &planRng)
            plans[j].place = (sub, la, lo)
            plans[i].place = (sub, la, lo)
            plans[i].openAfter = closed + planRng.int(5...30)
        }
        if let qidong = reference.district(code: "320681"),
            let k = plans.indices.first(where: {
                plans[$0].district == qidong && plans[$0].kind == .elderHomeCareStation && !plans[$0].inclusive
                    && !taken.contains($0)
            })
        {
            plans[k].closedOn = asOf - planRng.int(100...400)
            taken.insert(k)
        }

        // 6. Recognition of inclusive outlets.
        let inclusive = plans.indices.filter { plans[$0].inclusive }
        let successors = Set(pairs.map(\.1))
        var others = inclusive.filter { !denseSet.contains($0) && !successors.contains($0) }
        planRng.shuffle(&others)
        var denseOthers = inclusive.filter { denseSet.contains($0) && !tieSet.contains($0) }
        planRng.shuffle(&denseOthers)
        func bag(_ quotas: [(CertStatus?, Int)]) -> [CertStatus?] {
            quotas.flatMap { Array(repeating: $0.0, count: $0.1) }
        }
        let otherBag = bag([
            (.suspended, 5), (.revoked, 4), (.expired, 5), (.applied, 4), (.underReview, 5), (.inNotice, 4),
            (.rejected, 4), (nil, 20),
        ])
        let denseBag = bag([(.suspended, 1), (.revoked, 1), (.expired, 1), (.applied, 1), (nil, 2)])
        for i in inclusive { plans[i].certStatus = .certified }
        for (i, status) in zip(others, otherBag) { plans[i].certStatus = status }
        for (i, status) in zip(denseOthers, denseBag) { plans[i].certStatus = status }
        for (_, i) in pairs where plans[i].inclusive { plans[i].certStatus = .applied }
        var certified = inclusive.filter { plans[$0].certStatus == .certified && !tieSet.contains($0) }
        planRng.shuffle(&certified)
        for i in certified.prefix(8) { plans[i].expiringSoon = true }
        for i in inclusive {
            guard let status = plans[i].certStatus else { continue }
            let kind = plans[i].kind
            if (kind == .childcareInstitution || kind == .elderInstitution)
                && planRng.chance(status.hasBadge ? 0.3 : 0.15)
            {
                plans[i].certLevel = .provincial
            }
        }
        let demonstration = certified.filter { plans[$0].kind == .childcareInstitution && !plans[$0].expiringSoon }
            .prefix(4)
        for i in demonstration { plans[i].certLevel = .provincialDemonstration }

        // 7. Operators, and who runs what.
        var operators = try makeOperators(&operatorRng)
        assignOperators(&plans, operators: &operators, ties: ties, &operatorRng)

        // 8. Build the outlets.
        let ids = plans.indices.map { "NT-" + pad($0 + 1, 4) }
        for (j, i) in pairs { plans[i].predecessorId = ids[j] }
        var built: [BuiltOutlet] = []
        for (i, plan) in plans.enumerated() {
            let op = operators[plan.operatorIndex]
            built.append(factory.build(plan: plan, id: ids[i], operatorRecord: op.record, brand: op.brand, &buildRng))
        }

        // 9. Prices: market outlets first (they make the benchmark), then inclusive ones under it.
        let prices = priceLists(built, &priceRng)

        for (defect, indices) in defectIndices { intended.append((defect, indices.map { ids[$0] })) }
        var sortedOperators = operators.map(\.record)
        sortedOperators.sort { Array($0.uscc.utf8).lexicographicallyPrecedes(Array($1.uscc.utf8)) }
        return GeneratedRegistry(
            operators: sortedOperators, outlets: built.map(\.record), prices: prices, defects: intended)
    }

    // MARK: - Operators

    struct SampleOperator {
        var record: OperatorRecord
        var family: Family?
        var district: Int
        var brand: String
        var weight: Double
    }

    private func makeOperators(_ rng: inout Xoshiro256) throws -> [SampleOperator] {
        var families: [Family?] =
            Array(repeating: .elder, count: 22) + Array(repeating: .childcare, count: 20)
            + Array(repeating: nil, count: 6)
        rng.shuffle(&families)
        var forms =
            Array(repeating: "52", count: 32) + Array(repeating: "91", count: 11) + Array(repeating: "12", count: 5)
        rng.shuffle(&forms)
        var elderBrands = Names.elderBrands
        var childBrands = Names.childcareBrands
        var bothBrands = Names.bothBrands
        rng.shuffle(&elderBrands)
        rng.shuffle(&childBrands)
        rng.shuffle(&bothBrands)
        var districtOf: [Int] = []
        for (code, count) in Self.operatorCounts {
            guard let d = reference.district(code: code) else { throw DataGenError("unknown district \(code)") }
            districtOf += Array(repeating: d, count: count)
        }
        var result: [SampleOperator] = []
        var usedCodes = Set<String>()
        for i in 0..<48 {
            let family = families[i]
            let form = forms[i]
            let d = districtOf[i]
            let district = reference.districts[d]
            let brand: String
            switch family {
            case .elder: brand = elderBrands.removeFirst()
            case .childcare: brand = childBrands.removeFirst()
            case nil: brand = bothBrands.removeFirst()
            }
            let prefix = Names.namePrefix(districtCode: district.code, districtName: district.name)
            let name: String
            let legalForm: String
            switch (form, family) {
            case ("52", .elder): name = prefix + brand + rng.pick(["养老服务中心", "颐养服务中心", "居家养老服务中心"])
            case ("52", .childcare): name = prefix + brand + rng.pick(["托育服务中心", "婴幼儿照护服务中心"])
            case ("52", nil): name = prefix + brand + "社区服务中心"
            case ("91", .elder): name = "南通" + brand + rng.pick(["养老服务有限公司", "康养产业有限公司", "健康管理有限公司"])
            case ("91", .childcare): name = "南通" + brand + rng.pick(["托育服务有限公司", "教育咨询有限公司"])
            case ("91", nil): name = "江苏" + brand + "康养托育服务有限公司"
            case (_, .elder): name = prefix + brand + "社会福利服务中心"
            case (_, .childcare): name = prefix + brand + "婴幼儿发展指导中心"
            default: name = prefix + brand + "社区服务指导中心"
            }
            switch form {
            case "52": legalForm = "private_non_enterprise"
            case "91": legalForm = "enterprise"
            default: legalForm = "public_institution"
            }
            // Division digits: older registrations keep the codes retired in 2018–2020.
            var division = district.code
            let retired = reference.retiredCodes.filter { $0.new == district.code }.map(\.old)
            if !retired.isEmpty && rng.chance(0.4) { division = rng.pick(retired) }
            if form == "91" && rng.chance(0.25) { division = "320600" }
            var code: String?
            while code == nil || usedCodes.contains(code!) {
                code = USCC.make(
                    prefix: form, division: division,
                    body8: orgBody(form: form, retired: division != district.code, &rng))
            }
            usedCodes.insert(code!)
            let sub = rng.pick(district.subdistricts)
            let address =
                Names.addressPrefix(districtCode: district.code, districtName: district.name)
                + reference.addressName(sub) + rng.pick(Names.roads) + String(rng.int(1...399)) + "号"
            result.append(
                SampleOperator(
                    record: OperatorRecord(
                        uscc: code!, name: name, legalForm: legalForm, legalRepresentative: Names.person(&rng),
                        phone: Names.phone(&rng), address: address, overrideReason: ""),
                    family: family, district: d, brand: brand, weight: rng.double(0.4, 3.0)))
        }
        // An early pilot code whose check character fails, accepted with an audited reason.
        guard let cc = reference.district(code: "320613") else { throw DataGenError("崇川 320613 missing") }
        let valid = USCC.make(prefix: "52", division: "320602", body8: "5" + pad(rng.int(0...9_999_999), 7))!
        var bytes = Array(valid.utf8)
        let v = USCC.value(bytes[17])!
        bytes[17] = USCC.alphabet[(v + 7) % 31]
        let brand = elderBrands.removeFirst()
        result.append(
            SampleOperator(
                record: OperatorRecord(
                    uscc: String(decoding: bytes, as: UTF8.self), name: "南通市崇川区" + brand + "居家养老服务社",
                    legalForm: "private_non_enterprise", legalRepresentative: Names.person(&rng),
                    phone: Names.phone(&rng),
                    address: "崇川区" + reference.addressName(reference.districts[cc].subdistricts[0])
                        + rng.pick(Names.roads) + "88号",
                    overrideReason: "2015年试点期间赋码，校验码不符合GB 32100-2015；经登记管理机关核实为其登记证书所载代码（虚构示例）"),
                family: .elder, district: cc, brand: brand, weight: 0))
        return result
    }

    /// The 8 characters of the organisation code body before its check character.
    private func orgBody(form: String, retired: Bool, _ rng: inout Xoshiro256) -> String {
        let letters = Array("0123456789ABCDEFGHJKLMNPQRTUWXY").map(String.init)
        switch form {
        case "52": return retired ? "5" + pad(rng.int(0...9_999_999), 7) : "MJ" + pad(rng.int(0...999_999), 6)
        case "91": return "MA" + (0..<6).map { _ in rng.pick(letters) }.joined()
        default: return "4" + pad(rng.int(0...9_999_999), 7)
        }
    }

    /// Gives every plan an operator of its family, mostly from its district; every operator
    /// runs at least one outlet; the pilot-code operator runs three 崇川 elder outlets.
    private func assignOperators(
        _ plans: inout [OutletPlan], operators: inout [SampleOperator], ties: [Int], _ rng: inout Xoshiro256
    ) {
        let pilot = operators.count - 1
        for i in plans.indices {
            let p = plans[i]
            let family = p.kind.family
            let fits = operators.indices.filter {
                $0 != pilot && (operators[$0].family == nil || operators[$0].family == family)
            }
            let local = fits.filter { operators[$0].district == p.district }
            let pool = (!local.isEmpty && rng.chance(0.75)) ? local : fits
            plans[i].operatorIndex = pool[rng.weighted(pool.map { operators[$0].weight })]
        }
        // 一照多址: the exact-tie pair belongs to one operator.
        plans[ties[1]].operatorIndex = plans[ties[0]].operatorIndex
        let pilotPlans = plans.indices.filter {
            plans[$0].district == operators[pilot].district && plans[$0].kind.family == .elder
                && plans[$0].defect == nil
                && plans[$0].closedOn == nil && plans[$0].openAfter == nil
        }.prefix(3)
        for i in pilotPlans { plans[i].operatorIndex = pilot }
        for o in operators.indices where !plans.contains(where: { $0.operatorIndex == o }) {
            // Take one outlet of the right family from the operator that runs the most.
            var load = [Int](repeating: 0, count: operators.count)
            for p in plans { load[p.operatorIndex] += 1 }
            let family = operators[o].family
            if let i = plans.indices.filter({
                (family == nil || plans[$0].kind.family == family) && load[plans[$0].operatorIndex] > 2
                    && plans[$0].operatorIndex != pilot
                    && !ties.contains($0)
            }).max(by: { load[plans[$0].operatorIndex] < load[plans[$1].operatorIndex] }) {
                plans[i].operatorIndex = o
            }
        }
    }

    // MARK: - Prices

    private func priceLists(_ built: [BuiltOutlet], _ rng: inout Xoshiro256) -> [PriceRecord] {
        var drafts: [[PriceDraft]] = built.map { PriceDrafter.drafts(for: $0, asOf: asOf, &rng) }
        // Observations: current prices of operating market outlets, per district cell and city cell.
        var districtCells: [String: [(fen: Int, weight: Int, id: String)]] = [:]
        var cityCells: [String: [(fen: Int, weight: Int, id: String)]] = [:]
        var amounts: [[Int]] = drafts.map { Array(repeating: 0, count: $0.count) }
        for (i, b) in built.enumerated() where !b.record.inclusive {
            for (k, draft) in drafts[i].enumerated() {
                let fen = PriceCatalog.round(draft.localFen * draft.spread)
                amounts[i][k] = fen
                guard b.plan.closedOn == nil else { continue }
                let observation = (fen, weight(b.record), b.record.id)
                districtCells[draft.cell(district: b.record.districtCode, kind: b.record.kind), default: []].append(
                    observation)
                cityCells[draft.cityCell(kind: b.record.kind), default: []].append(observation)
            }
        }
        var noPriceCount = 0
        var rows: [PriceRecord] = []
        for (i, b) in built.enumerated() {
            var inclusive = b.record.inclusive
            if b.plan.defect == .noInclusivePrice {
                // Two publish nothing; one publishes only market-rate (non-inclusive) prices.
                noPriceCount += 1
                if noPriceCount <= 2 { drafts[i] = [] } else { inclusive = false }
                for (k, draft) in drafts[i].enumerated() {
                    amounts[i][k] = PriceCatalog.round(draft.localFen * draft.spread)
                }
            } else if inclusive {
                for (k, draft) in drafts[i].enumerated() {
                    let local = districtCells[draft.cell(district: b.record.districtCode, kind: b.record.kind)] ?? []
                    let city = cityCells[draft.cityCell(kind: b.record.kind)] ?? []
                    if b.plan.defect == .inclusivePriceAboveMarketMedian {
                        let medians = [
                            median(local, weighted: true), median(local, weighted: false), median(city, weighted: true),
                            median(city, weighted: false),
                        ]
                        let high = Double(medians.compactMap { $0 }.max() ?? Int(draft.localFen))
                        amounts[i][k] = PriceCatalog.round(high * rng.double(1.15, 1.30))
                    } else {
                        // Under every P50 the benchmark may take: the district's (weighted or not)
                        // with ≥ 5 market outlets, else the city's and the district's cheapest.
                        let bounds =
                            local.count >= 5
                            ? [median(local, weighted: true), median(local, weighted: false)]
                            : [local.map(\.fen).min(), median(city, weighted: true), median(city, weighted: false)]
                        let bound = bounds.compactMap { $0 }.min().map(Double.init) ?? draft.localFen * 0.94
                        amounts[i][k] = PriceCatalog.roundDown(bound * rng.double(0.72, 0.79))
                    }
                }
            }
            var outletRows: [PriceRecord] = []
            for (k, draft) in drafts[i].enumerated() {
                outletRows += PriceDrafter.rows(
                    outletId: b.record.id, draft: draft, amountFen: amounts[i][k], inclusive: inclusive)
            }
            sortForExport(&outletRows)
            rows += outletRows
        }
        return rows
    }
}

/// Benchmark weight of an outlet: beds, else childcare places, else 1.
func weight(_ o: OutletRecord) -> Int {
    if let beds = o.beds, beds > 0 { return beds }
    let places = o.classes.reduce(0) { $0 + $1.capacity }
    return places > 0 ? places : 1
}

/// Nearest-rank median (DOMAIN.md): sort by price then id; the first price whose cumulative
/// weight reaches half the total (every weight 1 when `weighted` is false).
func median(_ observations: [(fen: Int, weight: Int, id: String)], weighted: Bool) -> Int? {
    guard !observations.isEmpty else { return nil }
    let sorted = observations.sorted {
        $0.fen != $1.fen ? $0.fen < $1.fen : Array($0.id.utf8).lexicographicallyPrecedes(Array($1.id.utf8))
    }
    let total = sorted.reduce(0) { $0 + (weighted ? $1.weight : 1) }
    var cumulative = 0
    for o in sorted {
        cumulative += weighted ? o.weight : 1
        if cumulative * 2 >= total { return o.fen }
    }
    return sorted.last?.fen
}
