#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What to make: the decisions taken before an outlet's details are drawn.
struct OutletPlan: Sendable {
    var kind: Kind
    var district: Int
    var inclusive: Bool
    var operatorIndex = 0
    /// A fixed place (subdistrict index and micro-degrees), else drawn around a subdistrict.
    var place: (subdistrict: Int, latE6: Int, lonE6: Int)?
    /// A 托育机构 with ≥ 150 places.
    var large = false
    var certStatus: CertStatus?
    var certLevel: CertLevel = .municipal
    /// Certified with validity ending within 60 days of the as-of date.
    var expiringSoon = false
    var defect: Defect?
    /// Closed on this day (its prices end then, its filing is cancelled).
    var closedOn: Day?
    var predecessorId: String?
    /// Opened on or after this day (a successor opens after its predecessor closes).
    var openAfter: Day?
}

/// An outlet with what its price list needs.
struct BuiltOutlet: Sendable {
    var record: OutletRecord
    var plan: OutletPlan
    var careLevels: [CareLevel]
    var starFactor: Double
    var halfDay: Bool
}

/// Draws clean, consistent outlets from plans, then breaks one rule if the plan says so.
struct OutletFactory {
    let reference: Reference
    let asOf: Day
    /// Next filing number per prefix, district and year.
    private var filingCounters: [String: Int] = [:]
    /// Last badge serial per family and year.
    private var badgeSerials: [Int: Int] = [:]
    /// Largest gap between consecutive badge serials (1 in bulk mode: no gaps).
    let badgeGap: Int
    /// Badges that could not be numbered (serials exhausted for a year).
    private(set) var badgeOverflows = 0
    /// Names given so far, when names must be unique (the sample; not worth it in bulk).
    private var usedNames: Set<String>?

    init(reference: Reference, asOf: Day, badgeGap: Int, uniqueNames: Bool = false) {
        self.reference = reference
        self.asOf = asOf
        self.badgeGap = badgeGap
        self.usedNames = uniqueNames ? [] : nil
    }

    // MARK: - Places

    /// A point uniformly inside a disc of `radiusKm` around (lat, lon), in micro-degrees,
    /// kept inside the city box.
    func jitter(lat: Double, lon: Double, radiusKm: Double, _ rng: inout Xoshiro256) -> (Int, Int) {
        while true {
            let x = rng.double(-1, 1)
            let y = rng.double(-1, 1)
            if x * x + y * y > 1 { continue }
            let dLat = y * radiusKm / 111.195
            let dLon = x * radiusKm / (111.195 * cos(lat * .pi / 180))
            let la = lat + dLat
            let lo = lon + dLon
            if reference.inBox(lat: la, lon: lo) {
                return (Int((la * 1e6).rounded()), Int((lo * 1e6).rounded()))
            }
        }
    }

    // MARK: - Building

    mutating func build(
        plan: OutletPlan, id: String, operatorRecord: OperatorRecord, brand: String, _ rng: inout Xoshiro256
    ) -> BuiltOutlet {
        let district = reference.districts[plan.district]
        let subdistrict: Int
        let latE6: Int
        let lonE6: Int
        if let place = plan.place {
            (subdistrict, latE6, lonE6) = place
        } else {
            subdistrict = rng.pick(district.subdistricts)
            let s = reference.subdistricts[subdistrict]
            (latE6, lonE6) = jitter(lat: s.lat, lon: s.lon, radiusKm: 2.4, &rng)
        }
        let road = rng.pick(Names.roads)
        let subName = reference.subdistricts[subdistrict].name
        let address =
            Names.addressPrefix(districtCode: district.code, districtName: district.name)
            + reference.addressName(subdistrict) + road + String(rng.int(1...399)) + "号"
        var community = rng.pick(Names.communities)
        var name = outletName(kind: plan.kind, brand: brand, subName: subName, community: community, &rng)
        if usedNames != nil {
            var attempt = 0
            while usedNames!.contains(name) {
                attempt += 1
                community = rng.pick(Names.communities)
                name = outletName(kind: plan.kind, brand: brand, subName: subName, community: community, &rng)
                if attempt > 8 { name += "（" + String(attempt) + "）" }
            }
            usedNames!.insert(name)
        }
        var o = OutletRecord(
            id: id, operatorUSCC: operatorRecord.uscc, name: name, kind: plan.kind, inclusive: plan.inclusive,
            districtCode: district.code, subdistrict: subName, address: address, latE6: latE6, lonE6: lonE6,
            phone: Names.phone(&rng))

        // Recognition first: an outlet applies only after it has run for a while.
        var certification = plan.certStatus.map {
            makeCertification(status: $0, level: plan.certLevel, expiringSoon: plan.expiringSoon, &rng)
        }
        var latestOpen = (plan.closedOn ?? asOf) - 30
        if let applied = certification?.appliedOn { latestOpen = min(latestOpen, applied - 60) }
        var earliestOpen = earliestOpening(plan.kind)
        if let after = plan.openAfter { earliestOpen = after }
        if earliestOpen > latestOpen - 30 { earliestOpen = latestOpen - 400 }
        let opened = Day(number: rng.int(earliestOpen.number...(latestOpen.number)))
        o.openedOn = opened
        if let closed = plan.closedOn {
            o.status = "closed"
            o.filingCancelledOn = closed
        }
        o.predecessorId = plan.predecessorId

        let publicOperator = operatorRecord.legalForm == "public_institution"
        var careLevels: [CareLevel] = []
        var starFactor = 1.0
        switch plan.kind {
        case .elderInstitution:
            let bucket = rng.weighted([0.40, 0.35, 0.18, 0.07])
            var beds = [rng.int(30...80), rng.int(81...150), rng.int(151...250), rng.int(251...400)][bucket]
            if publicOperator { beds = max(beds, rng.int(100...300)) }
            o.beds = beds
            o.nursingBeds = min(beds, Int((Double(beds) * rng.double(0.76, 0.97)).rounded(.up)))
            let carers = Int((Double(beds) * rng.double(0.20, 0.32)).rounded(.up))
            let health = 1 + beds / 120 + rng.int(0...1)
            o.staffCarers = carers
            o.staffHealthFulltime = health
            o.staffTotal = carers + health + 3 + beds / 25
            o.floorArea = Int(Double(beds) * rng.double(30, 45))
            o.outdoorArea = Int(Double(beds) * rng.double(2, 6))
            o.cctvDays = rng.pick([90, 180, 365])
            if rng.chance(0.7) {
                let star = 1 + rng.weighted([0.05, 0.20, 0.40, 0.25, 0.10])
                o.starRating = star
                starFactor = 1 + 0.06 * Double(star - 3)
            }
            careLevels = CareLevel.allCases
        case .elderCommunityCenter:
            if rng.chance(0.5) {
                let beds = rng.int(6...20)
                o.beds = beds
                o.nursingBeds = min(beds, Int((Double(beds) * rng.double(0.76, 1.0)).rounded(.up)))
            }
            let carers = rng.int(3...8) + (o.beds ?? 0) / 5
            let health = rng.int(0...1)
            o.staffCarers = carers
            o.staffHealthFulltime = health
            o.staffTotal = carers + health + rng.int(2...4)
            o.floorArea = rng.int(500...1500)
            o.outdoorArea = rng.int(0...300)
            o.cctvDays = rng.pick([90, 90, 180])
            careLevels = rng.chance(0.6) ? CareLevel.allCases : [.selfCare, .partlyDisabled]
        case .elderDayCare:
            if rng.chance(0.3) {
                let beds = rng.int(4...10)
                o.beds = beds
                o.nursingBeds = min(beds, Int((Double(beds) * rng.double(0.76, 1.0)).rounded(.up)))
            }
            let carers = rng.int(2...5)
            let health = rng.int(0...1)
            o.staffCarers = carers
            o.staffHealthFulltime = health
            o.staffTotal = carers + health + rng.int(1...2)
            o.floorArea = rng.int(200...600)
            o.outdoorArea = rng.int(0...150)
            o.cctvDays = 90
            careLevels = rng.chance(0.3) ? CareLevel.allCases : [.selfCare, .partlyDisabled]
        case .elderHomeCareStation:
            let carers = rng.int(3...15)
            o.staffCarers = carers
            o.staffHealthFulltime = 0
            o.staffTotal = carers + rng.int(1...3)
            o.floorArea = rng.int(60...250)
            o.cctvDays = rng.chance(0.4) ? 90 : nil
            careLevels = rng.chance(0.4) ? CareLevel.allCases : [.partlyDisabled, .disabled]
        case .childcareInstitution, .childcareCommunity, .childcareKindergartenClass, .childcareFamily:
            o.classes = makeClasses(kind: plan.kind, large: plan.large, &rng)
            let capacity = o.classes.reduce(0) { $0 + $1.capacity }
            let health: Int
            switch plan.kind {
            case .childcareInstitution: health = capacity >= 150 ? 1 + rng.int(0...1) : (rng.chance(0.6) ? 1 : 0)
            case .childcareCommunity, .childcareKindergartenClass: health = rng.chance(0.3) ? 1 : 0
            default: health = 0
            }
            let carers = o.classes.reduce(0) { $0 + $1.carers } + (rng.chance(0.3) ? 1 : 0)
            let admin: Int
            switch plan.kind {
            case .childcareInstitution: admin = rng.int(2...5)
            case .childcareCommunity: admin = rng.int(1...2)
            case .childcareKindergartenClass: admin = 1
            default: admin = 0
            }
            o.staffCarers = carers
            o.staffHealthFulltime = health
            o.staffTotal = carers + health + admin
            switch plan.kind {
            case .childcareInstitution:
                o.floorArea = Int(Double(capacity) * rng.double(7, 10)) + 100
                o.outdoorArea = Int(Double(capacity) * rng.double(2, 3.5))
            case .childcareCommunity:
                o.floorArea = capacity * 7 + rng.int(30...80)
                o.outdoorArea = capacity * 2
            case .childcareKindergartenClass:
                o.floorArea = capacity * 6 + rng.int(20...60)
                o.outdoorArea = capacity * 3
            default:
                o.floorArea = rng.int(90...160)
                o.outdoorArea = rng.int(0...30)
            }
            o.cctvDays = rng.pick([90, 90, 90, 120, 180, 365])
            // Health evaluation before opening; re-evaluated within two years for older ones.
            var evaluation = opened - rng.int(10...60)
            if opened < asOf - 1095 { evaluation = asOf - rng.int(30...700) }
            o.healthEvaluationOn = evaluation
        }

        // Premises: owned, or leased for ≥ 4 years and renewed while it has run out.
        let ownedShare: Double
        switch plan.kind {
        case .elderInstitution: ownedShare = publicOperator ? 1 : 0.55
        case .elderCommunityCenter: ownedShare = 0.65
        case .elderDayCare: ownedShare = 0.5
        case .elderHomeCareStation: ownedShare = 0.3
        case .childcareInstitution: ownedShare = publicOperator ? 1 : 0.2
        case .childcareCommunity: ownedShare = 0.5
        case .childcareKindergartenClass: ownedShare = 0.9
        case .childcareFamily: ownedShare = 0.75
        }
        if rng.chance(ownedShare) {
            o.tenure = "owned"
        } else {
            o.tenure = "leased"
            var start = opened - rng.int(10...120)
            var years = rng.pick([4, 5, 5, 6, 8, 10, 10, 15, 20])
            while start.adding(years: years) <= asOf {
                start = start.adding(years: years)
                years = rng.pick([4, 5, 5, 6, 8, 10])
            }
            o.leaseFrom = start
            o.leaseTo = start.adding(years: years)
        }

        // 备案 (the filing system began in 2019) and the fire-safety approval before opening.
        let filingStart = Day(2019, 6, 1)
        let filed = opened < filingStart ? filingStart + rng.int(0...240) : opened + rng.int(0...30)
        o.filingOn = min(filed, (plan.closedOn ?? asOf) - 1)
        let prefix = plan.kind.family == .elder ? "YL" : "TY"
        let filingKey = prefix + district.code + String(o.filingOn!.year)
        let serial = (filingCounters[filingKey] ?? 0) + 1
        filingCounters[filingKey] = serial
        o.filingNo = prefix + "-" + district.code + "-" + String(o.filingOn!.year) + "-" + pad(serial, 4)
        let fire = opened - rng.int(15...120)
        o.fireApprovedOn = fire
        o.fireApprovalNo = "XF-" + district.code + "-" + String(fire.year) + "-" + pad(rng.int(1...9999), 4)

        // Badge numbers once the dates are settled.
        if var c = certification, c.status.hasBadge, let from = c.validFrom {
            if let badge = nextBadge(family: plan.kind.family, year: from.year, &rng) {
                c.badge = badge
            } else {
                badgeOverflows += 1
                c = Certification(level: c.level, status: .applied, appliedOn: asOf - 10, statusOn: asOf - 10)
            }
            certification = c
        }
        o.certification = certification

        var built = BuiltOutlet(
            record: o, plan: plan, careLevels: careLevels, starFactor: starFactor, halfDay: rng.chance(0.35))
        if let defect = plan.defect { apply(defect, to: &built, &rng) }
        return built
    }

    private func earliestOpening(_ kind: Kind) -> Day {
        switch kind {
        case .elderInstitution: Day(2005, 1, 1)
        case .elderCommunityCenter: Day(2016, 1, 1)
        case .elderDayCare: Day(2012, 1, 1)
        case .elderHomeCareStation: Day(2015, 1, 1)
        case .childcareInstitution: Day(2019, 6, 1)
        case .childcareCommunity: Day(2020, 1, 1)
        case .childcareKindergartenClass: Day(2019, 9, 1)
        case .childcareFamily: Day(2021, 1, 1)
        }
    }

    private func outletName(kind: Kind, brand: String, subName: String, community: String, _ rng: inout Xoshiro256)
        -> String
    {
        // Community names are only unique within a 街道/镇: the 街道/镇 comes first.
        let place =
            reference.subdistricts.first { $0.name == subName }.map { $0.isTown ? $0.name : $0.name + "街道" } ?? subName
        switch kind {
        case .elderInstitution:
            return brand + rng.pick(Names.elderInstitutionSuffixes) + (rng.chance(0.5) ? "（" + subName + "院区）" : "")
        case .elderCommunityCenter: return place + community + "社区综合养老服务中心"
        case .elderDayCare: return place + community + "社区日间照料中心"
        case .elderHomeCareStation: return brand + "居家养老服务站（" + community + "社区）"
        case .childcareInstitution:
            return brand + rng.pick(["托育中心", "托育园", "婴幼儿照护中心"]) + "（" + subName + "店）"
        case .childcareCommunity: return place + community + "社区" + brand + "托育点"
        case .childcareKindergartenClass: return subName + community + "幼儿园托班"
        case .childcareFamily: return Names.person(&rng) + "家庭托育点（" + community + "社区）"
        }
    }

    private func makeClasses(kind: Kind, large: Bool, _ rng: inout Xoshiro256) -> [ChildcareClass] {
        var types: [ClassType] = []
        switch kind {
        case .childcareInstitution:
            if large {
                types = [
                    .infant, .infant, .toddler, .toddler, .toddler, .toddler, .preschool, .preschool, .preschool,
                    .preschool,
                ]
            } else {
                types += Array(repeating: .infant, count: rng.weighted([0.4, 0.4, 0.2]))
                types += Array(repeating: .toddler, count: rng.int(1...2))
                types += Array(repeating: .preschool, count: rng.int(1...2))
                if rng.chance(0.25) { types.append(.mixed) }
            }
        case .childcareCommunity:
            types = rng.chance(0.5) ? [.toddler, .mixed] : [.mixed]
        case .childcareKindergartenClass:
            types = Array(repeating: .preschool, count: rng.int(1...3))
            if rng.chance(0.2) { types.append(.mixed) }
        default:
            types = [.mixed]
        }
        return types.map { type in
            let capacity: Int
            if large {
                capacity = type.maxSize
            } else if kind == .childcareFamily {
                capacity = rng.int(4...8)
            } else {
                switch type {
                case .infant: capacity = rng.int(6...10)
                case .toddler: capacity = rng.int(10...15)
                case .preschool: capacity = rng.int(12...20)
                case .mixed: capacity = rng.int(8...18)
                }
            }
            let enrolled = large ? capacity - rng.int(0...1) : max(1, Int(Double(capacity) * rng.double(0.55, 1.0)))
            var carers = type.carersNeeded(capacity) + (rng.chance(0.2) ? 1 : 0)
            if kind == .childcareFamily { carers = max(carers, 2) }
            return ChildcareClass(type: type, capacity: capacity, enrolled: enrolled, carers: carers)
        }
    }

    // MARK: - Recognition

    private func makeCertification(status: CertStatus, level: CertLevel, expiringSoon: Bool, _ rng: inout Xoshiro256)
        -> Certification
    {
        var c = Certification(level: level, status: status)
        func validity(from: Day) {
            c.validFrom = from
            c.validTo = from.adding(years: 3) - 1
            c.decidedOn = from
            c.appliedOn = from - rng.int(30...75)
        }
        switch status {
        case .certified:
            if expiringSoon {
                let to = asOf + rng.int(3...58)
                validity(from: (to + 1).adding(years: -3))
            } else {
                validity(from: asOf - rng.int(10...(1095 - 75)))
            }
            c.statusOn = c.validFrom
        case .suspended:
            validity(from: asOf - rng.int(200...900))
            c.statusOn = c.validFrom! + rng.int(90...(asOf - c.validFrom! - 3))
        case .revoked:
            validity(from: asOf - rng.int(200...1000))
            c.statusOn = c.validFrom! + rng.int(60...(asOf - c.validFrom! - 3))
        case .expired:
            validity(from: asOf - 1095 - rng.int(5...500))
            c.statusOn = c.validTo! + 1
        case .applied:
            c.appliedOn = asOf - rng.int(2...40)
            c.statusOn = c.appliedOn
        case .underReview:
            c.appliedOn = asOf - rng.int(20...80)
            c.statusOn = c.appliedOn! + rng.int(3...15)
        case .inNotice:
            c.appliedOn = asOf - rng.int(30...90)
            c.statusOn = asOf - rng.int(1...4)
        case .rejected:
            c.appliedOn = asOf - rng.int(60...400)
            c.decidedOn = c.appliedOn! + rng.int(30...58)
            c.statusOn = c.decidedOn
        }
        return c
    }

    private mutating func nextBadge(family: Family, year: Int, _ rng: inout Xoshiro256) -> String? {
        let key = (family == .elder ? 0 : 1) * 10_000 + year
        let serial = (badgeSerials[key] ?? 0) + (badgeGap > 1 ? rng.int(1...badgeGap) : 1)
        guard serial <= 99_999 else { return nil }
        badgeSerials[key] = serial
        return Badge.make(family: family, year: year, serial: serial)
    }

    // MARK: - Defects

    /// Breaks one rule; price defects are made by the price writer.
    private func apply(_ defect: Defect, to built: inout BuiltOutlet, _ rng: inout Xoshiro256) {
        var o = built.record
        let classCarers = o.classes.reduce(0) { $0 + $1.carers }
        let extraCarers = (o.staffCarers ?? classCarers) - classCarers
        let admin = (o.staffTotal ?? 0) - (o.staffCarers ?? 0) - (o.staffHealthFulltime ?? 0)
        var health = o.staffHealthFulltime ?? 0
        var extra = extraCarers
        switch defect {
        case .classOverMaxSize:
            let i = o.classes.firstIndex { $0.type != .infant } ?? 0
            let type = o.classes[i].type
            let capacity = type.maxSize + rng.int(2...5)
            o.classes[i] = ChildcareClass(
                type: type, capacity: capacity, enrolled: capacity - rng.int(0...1), carers: type.carersNeeded(capacity)
            )
        case .carerRatioBelowMinimum:
            let i = o.classes.indices.max { o.classes[$0].capacity < o.classes[$1].capacity } ?? 0
            var c = o.classes[i]
            c.enrolled = max(c.enrolled, min(c.capacity, c.type.childrenPerCarer + 1 + rng.int(0...2)))
            c.capacity = max(c.capacity, c.enrolled)
            c.carers = c.type.carersNeeded(c.enrolled) - 1
            o.classes[i] = c
            extra = 0
        case .noHealthWorkerAt150:
            health = 0
        case .fireApprovalMissingOrFuture:
            if rng.chance(0.6) {
                o.fireApprovalNo = nil
                o.fireApprovedOn = nil
            } else {
                o.fireApprovedOn = asOf + rng.int(10...60)
                o.fireApprovalNo =
                    "XF-" + o.districtCode + "-" + String(o.fireApprovedOn!.year) + "-" + pad(rng.int(1...9999), 4)
            }
        case .healthEvaluationMissing:
            o.healthEvaluationOn = nil
        case .leaseShorterThan3Years:
            o.tenure = "leased"
            let start = asOf - rng.int(60...300)
            o.leaseFrom = start
            o.leaseTo = start.adding(months: rng.pick([12, 18, 24, 30]))
        case .cctvUnder90Days:
            o.cctvDays = rng.pick([7, 15, 30, 45, 60])
        case .nursingBedShareLow:
            let beds = o.beds ?? 60
            o.beds = beds
            o.nursingBeds = Int(Double(beds) * rng.double(0.20, 0.45))
        case .noInclusivePrice, .inclusivePriceAboveMarketMedian:
            break
        }
        if o.kind.family == .childcare {
            let capacity = o.classes.reduce(0) { $0 + $1.capacity }
            if capacity >= 150 && defect != .noHealthWorkerAt150 { health = max(health, 1) }
            o.staffHealthFulltime = health
            o.staffCarers = o.classes.reduce(0) { $0 + $1.carers } + extra
            o.staffTotal = (o.staffCarers ?? 0) + health + admin
        }
        built.record = o
    }
}
