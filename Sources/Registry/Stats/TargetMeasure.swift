/// One measurable target of the plan (通政办发〔2022〕112号 二(一)2–3) that the registry can
/// compute. Its threshold is a dated parameter of `Seed/targets/nantong-plan-2025.yaml`; what it
/// counts is defined in docs/STATS.md.
public enum TargetMeasure: String, CaseIterable, Sendable, Codable {
    /// 普惠护理型床位占养老机构床位比例.
    case inclusiveNursingBedShare = "inclusive_nursing_bed_share"
    /// 每千人托位数.
    case childcareSlotsPer1000 = "childcare_slots_per_1000"
    /// 省级普惠性婴幼儿照护服务机构.
    case provincialInclusiveChildcare = "provincial_inclusive_childcare"
    /// 省级示范性婴幼儿照护服务机构.
    case provincialDemonstrationChildcare = "provincial_demonstration_childcare"
    /// 建有社区综合性养老服务中心的街道.
    case streetsWithElderCentre = "streets_with_elder_centre"
    /// 社区婴幼儿照护服务机构覆盖率.
    case communityChildcareCoverage = "community_childcare_coverage"

    /// The parameter holding the threshold.
    public var parameter: String {
        switch self {
        case .inclusiveNursingBedShare: "inclusive_nursing_bed_share_min_percent"
        case .childcareSlotsPer1000: "childcare_slots_per_1000_more_than_hundredths"
        case .provincialInclusiveChildcare: "provincial_inclusive_childcare_min"
        case .provincialDemonstrationChildcare: "provincial_demonstration_childcare_min"
        case .streetsWithElderCentre: "street_elder_center_min_percent"
        case .communityChildcareCoverage: "community_childcare_coverage_more_than_percent"
        }
    }

    /// 不低于 / 以上 (at least) or 超过 (more than), as the plan words it.
    public var comparison: TargetComparison {
        switch self {
        case .childcareSlotsPer1000, .communityChildcareCoverage: .moreThan
        default: .atLeast
        }
    }

    /// Whether the plan sets the target for the city only (全市…, a count of institutions) or
    /// for every district too (每个街道).
    public var scope: TargetScope {
        switch self {
        case .streetsWithElderCentre: .everyDistrict
        default: .city
        }
    }

    public var unit: FigureUnit {
        switch self {
        case .inclusiveNursingBedShare, .streetsWithElderCentre, .communityChildcareCoverage: .percent
        case .childcareSlotsPer1000: .perThousand
        case .provincialInclusiveChildcare, .provincialDemonstrationChildcare: .count
        }
    }

    public var nameZH: String {
        switch self {
        case .inclusiveNursingBedShare: "普惠护理型床位占养老机构床位比例"
        case .childcareSlotsPer1000: "每千人托位数"
        case .provincialInclusiveChildcare: "省级普惠性托育机构"
        case .provincialDemonstrationChildcare: "省级示范性托育机构"
        case .streetsWithElderCentre: "建有社区综合性养老服务中心的街道"
        case .communityChildcareCoverage: "社区托育服务覆盖率（街道/镇近似）"
        }
    }

    public var nameEN: String {
        switch self {
        case .inclusiveNursingBedShare: "Inclusive nursing-type beds / institution beds"
        case .childcareSlotsPer1000: "Childcare slots per 1,000 residents"
        case .provincialInclusiveChildcare: "Provincial inclusive childcare institutions"
        case .provincialDemonstrationChildcare: "Provincial demonstration childcare institutions"
        case .streetsWithElderCentre: "Streets with a community elder-care centre"
        case .communityChildcareCoverage: "Community childcare coverage (by 街道/镇)"
        }
    }
}

/// How a value is compared with its target.
public enum TargetComparison: String, Sendable, Codable {
    /// ≥ (不低于, …以上).
    case atLeast = "at_least"
    /// > (超过).
    case moreThan = "more_than"

    public var symbol: String { self == .atLeast ? "≥" : ">" }
}

/// Where a target applies.
public enum TargetScope: String, Sendable, Codable {
    /// Set for the city as a whole: a district's value is shown, not judged.
    case city
    /// Every district must meet it too.
    case everyDistrict = "every_district"
}

/// The unit of a figure's value and target, as scaled integers (never floating point).
public enum FigureUnit: String, Sendable, Codable {
    /// Tenths of a percent (‰): 753 is 75.3%.
    case percent
    /// Hundredths per 1,000 residents: 423 is 4.23 per 1,000.
    case perThousand = "per_1000"
    /// A whole number.
    case count

    /// Digits after the decimal point of the displayed value.
    public var decimals: Int {
        switch self {
        case .percent: 1
        case .perThousand: 2
        case .count: 0
        }
    }

    /// value = numerator × scale / denominator (rounded down).
    var scale: Int64 {
        switch self {
        case .percent: 1_000
        case .perThousand: 100_000
        case .count: 1
        }
    }

    /// A threshold as the parameter file writes it (whole percent, hundredths, a count) in
    /// this unit's scaled integers.
    func scaledTarget(_ parameterValue: Int64) -> Int64 {
        self == .percent ? parameterValue * 10 : parameterValue
    }

    /// A scaled integer as text: 753 → "75.3%", 423 → "4.23", 12 → "12".
    public func text(_ scaled: Int64) -> String {
        let sign = scaled < 0 ? "-" : ""
        let magnitude = scaled.magnitude
        var body = String(magnitude)
        if decimals > 0 {
            let divisor = UInt64(decimals == 1 ? 10 : 100)
            var fraction = String(magnitude % divisor)
            while fraction.count < decimals { fraction = "0" + fraction }
            body = "\(magnitude / divisor).\(fraction)"
        }
        return sign + body + (self == .percent ? "%" : "")
    }
}
