/// The large synthetic registry for benchmarks (`--outlets N`): the same kinds of records as the
/// sample, drawn independently per outlet and written as they are made, so memory stays flat
/// and a million outlets take seconds. About 10% of outlets break one rule, as in real data.
struct BulkGenerator {
    let reference: Reference
    let asOf: Day
    let seed: UInt64
    let outletCount: Int
    let operatorCount: Int

    struct Stats {
        var operators = 0
        var outlets = 0
        var prices = 0
        var badgeOverflows = 0
    }

    /// Kind shares (order of `Kind.allCases`), close to the sample's.
    static let kindShares = [0.11, 0.12, 0.09, 0.20, 0.20, 0.11, 0.10, 0.07]

    func write(to directory: String) throws -> Stats {
        var root = Xoshiro256(seed: seed)
        var operatorRng = root.fork(1)
        var rng = root.fork(2)
        var stats = Stats()
        let districtWeights = reference.districts.map { Double($0.population) * ($0.code == "320613" ? 1.3 : 1.0) }

        // Operators: families by index (5 elder : 4 childcare : 1 both), codes unique by construction.
        var operatorsFile = try CSVWriter(path: directory + "/operators.csv", header: Columns.operators)
        var records: [OperatorRecord] = []
        var brands: [String] = []
        var local: [[[Int]]] = Array(repeating: [[], []], count: reference.districts.count)
        var anyOf: [[Int]] = [[], []]
        records.reserveCapacity(operatorCount)
        for i in 0..<operatorCount {
            let familySlot = i % 10
            let family: Family? = familySlot < 5 ? .elder : familySlot < 9 ? .childcare : nil
            let d = operatorRng.weighted(districtWeights)
            let district = reference.districts[d]
            let form = ["52", "91", "12"][operatorRng.weighted([0.65, 0.25, 0.10])]
            let brand: String
            switch family {
            case .elder: brand = operatorRng.pick(Names.elderBrands)
            case .childcare: brand = operatorRng.pick(Names.childcareBrands)
            case nil: brand = operatorRng.pick(Names.bothBrands)
            }
            var division = district.code
            let retired = reference.retiredCodes.filter { $0.new == district.code }.map(\.old)
            if !retired.isEmpty && operatorRng.chance(0.3) { division = operatorRng.pick(retired) }
            // (i × 7919 + 104729) mod 10⁶ is a bijection on 0..<10⁶: distinct bodies per form.
            let serial = pad((i &* 7919 &+ 104_729) % 1_000_000, 6)
            let body = (form == "52" ? "MJ" : form == "91" ? "MA" : "MB") + serial
            guard let uscc = USCC.make(prefix: form, division: division, body8: body) else {
                throw DataGenError("cannot make a USCC for operator \(i)")
            }
            let prefix = Names.namePrefix(districtCode: district.code, districtName: district.name)
            let suffix: String
            switch (form, family) {
            case ("91", _): suffix = family == .childcare ? "托育服务有限公司" : "养老服务有限公司"
            case ("12", _): suffix = "社会福利服务中心"
            case (_, .childcare): suffix = "托育服务中心"
            default: suffix = "养老服务中心"
            }
            let sub = operatorRng.pick(district.subdistricts)
            let record = OperatorRecord(
                uscc: uscc, name: prefix + brand + suffix + "第" + String(i + 1) + "号",
                legalForm: form == "52" ? "private_non_enterprise" : form == "91" ? "enterprise" : "public_institution",
                legalRepresentative: Names.person(&operatorRng), phone: Names.phone(&operatorRng),
                address: Names.addressPrefix(districtCode: district.code, districtName: district.name)
                    + reference.addressName(sub) + operatorRng.pick(Names.roads) + String(operatorRng.int(1...399))
                    + "号",
                overrideReason: "")
            records.append(record)
            brands.append(brand)
            for f in 0..<2 where family == nil || (family == .elder) == (f == 0) {
                local[d][f].append(i)
                anyOf[f].append(i)
            }
        }
        // Export order: by USCC.
        var order = Array(records.indices)
        order.sort { Array(records[$0].uscc.utf8).lexicographicallyPrecedes(Array(records[$1].uscc.utf8)) }
        for i in order { operatorsFile.write(records[i]) }
        try operatorsFile.close()
        stats.operators = operatorCount

        // Outlets and their prices, streamed.
        let writer = try ChunkWriter(directory: directory)
        let chunkSize = 4096
        var chunk: [(outlet: OutletRecord, prices: [PriceRecord])] = []
        chunk.reserveCapacity(chunkSize)
        var factory = OutletFactory(reference: reference, asOf: asOf, badgeGap: 1)
        let width = max(4, String(outletCount).count)
        let statuses: [CertStatus?] = [
            .certified, .suspended, .revoked, .expired, .applied, .underReview, .inNotice, .rejected, nil,
        ]
        let statusWeights = [0.62, 0.03, 0.02, 0.04, 0.04, 0.04, 0.02, 0.03, 0.16]
        for n in 0..<outletCount {
            let kind = Kind(rawValue: rng.weighted(Self.kindShares))!
            let d = rng.weighted(districtWeights)
            var plan = OutletPlan(kind: kind, district: d, inclusive: rng.chance(0.6))
            // Places: most around a 街道/镇 centre, the rest spread over the district.
            var sub = rng.pick(reference.districts[d].subdistricts)
            let s = reference.subdistricts[sub]
            let (la, lo): (Int, Int)
            if rng.chance(0.7) {
                (la, lo) = factory.jitter(lat: s.lat, lon: s.lon, radiusKm: 6, &rng)
            } else {
                (la, lo) = factory.jitter(
                    lat: reference.districts[d].centreLat, lon: reference.districts[d].centreLon, radiusKm: 18, &rng)
                // Spread over the district: the 街道/镇 is the one whose centre is nearest.
                let lat = Double(la) / 1e6
                let lon = Double(lo) / 1e6
                var best = Double.infinity
                for candidate in reference.districts[d].subdistricts {
                    let c = reference.subdistricts[candidate]
                    let dy = c.lat - lat
                    let dx = (c.lon - lon) * 0.85
                    if dx * dx + dy * dy < best {
                        best = dx * dx + dy * dy
                        sub = candidate
                    }
                }
            }
            plan.place = (sub, la, lo)
            plan.large = kind == .childcareInstitution && rng.chance(0.05)
            if plan.inclusive {
                plan.certStatus = statuses[rng.weighted(statusWeights)]
                plan.expiringSoon = rng.chance(0.03)
                if kind == .childcareInstitution || kind == .elderInstitution {
                    plan.certLevel =
                        [.municipal, .provincial, .provincialDemonstration][rng.weighted([0.7, 0.25, 0.05])]
                }
            } else if rng.chance(0.01) {
                plan.closedOn = asOf - rng.int(30...700)
            }
            if rng.chance(0.10) { plan.defect = Self.defect(for: plan, &rng) }
            let family = kind.family == .elder ? 0 : 1
            let pool = (!local[d][family].isEmpty && rng.chance(0.8)) ? local[d][family] : anyOf[family]
            guard !pool.isEmpty else { throw DataGenError("no operator for \(kind.id); give more operators") }
            plan.operatorIndex = rng.pick(pool)
            let id = "NT-" + pad(n + 1, width)
            let built = factory.build(
                plan: plan, id: id, operatorRecord: records[plan.operatorIndex], brand: brands[plan.operatorIndex], &rng
            )

            var drafts = PriceDrafter.drafts(for: built, asOf: asOf, &rng)
            var inclusive = plan.inclusive
            if plan.defect == .noInclusivePrice {
                if rng.chance(0.5) { drafts = [] } else { inclusive = false }
            }
            var rows: [PriceRecord] = []
            for draft in drafts {
                let fen: Int
                if !inclusive {
                    fen = PriceCatalog.round(draft.localFen * draft.spread)
                } else if plan.defect == .inclusivePriceAboveMarketMedian {
                    fen = PriceCatalog.round(draft.localFen * rng.double(1.25, 1.40))
                } else {
                    fen = PriceCatalog.roundDown(draft.localFen * rng.double(0.62, 0.72))
                }
                rows += PriceDrafter.rows(outletId: id, draft: draft, amountFen: fen, inclusive: inclusive)
            }
            chunk.append((built.record, rows))
            if chunk.count == chunkSize {
                writer.submit(chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        writer.submit(chunk)
        stats.prices = try writer.finish()
        stats.outlets = outletCount
        stats.badgeOverflows = factory.badgeOverflows
        return stats
    }

    /// One rule break that fits the plan, or nil.
    static func defect(for plan: OutletPlan, _ rng: inout Xoshiro256) -> Defect? {
        var options: [Defect] = [.fireApprovalMissingOrFuture, .leaseShorterThan3Years]
        switch plan.kind {
        case .childcareInstitution, .childcareCommunity, .childcareKindergartenClass:
            options += [.healthEvaluationMissing, .cctvUnder90Days]
            options += plan.large ? [.noHealthWorkerAt150] : [.classOverMaxSize, .carerRatioBelowMinimum]
        case .childcareFamily: options.append(.healthEvaluationMissing)
        case .elderInstitution: options += [.nursingBedShareLow, .cctvUnder90Days]
        default: break
        }
        if plan.inclusive { options += [.noInclusivePrice, .inclusivePriceAboveMarketMedian] }
        return rng.pick(options)
    }
}
