/// What an outlet of each kind publishes and the typical market price in 崇川 (the dearest
/// district); other districts scale by `districtFactor`. Each (kind, care level or class, unit)
/// has exactly one item, so a benchmark cell never mixes two services.
struct PriceKey: Sendable {
    var item: String
    var careLevel: CareLevel?
    var ageClass: ClassType?
    var unit: String
    /// Typical market price in 崇川, in fen.
    var baseFen: Int
}

enum PriceCatalog {
    /// Market price level of a district relative to 崇川 (invented, plausible ordering).
    static func districtFactor(_ code: String) -> Double {
        switch code {
        case "320613": 1.00
        case "320671": 0.95
        case "320612": 0.86
        case "320614": 0.86
        case "320681": 0.82
        case "320682": 0.82
        case "320685": 0.80
        case "320623": 0.78
        default: 0.85
        }
    }

    /// Monthly 全日托 in a 崇川 托育机构, by class, in yuan.
    static func fullDayYuan(_ type: ClassType) -> Double {
        switch type {
        case .infant: 4000
        case .toddler: 3600
        case .preschool: 3200
        case .mixed: 3400
        }
    }

    static func childcareKindFactor(_ kind: Kind) -> Double {
        switch kind {
        case .childcareCommunity: 0.88
        case .childcareKindergartenClass: 0.72
        case .childcareFamily: 0.82
        default: 1.0
        }
    }

    /// The price list of an outlet (before district factor and spread).
    static func keys(for outlet: OutletRecord, careLevels: [CareLevel], starFactor: Double, halfDay: Bool) -> [PriceKey]
    {
        var keys: [PriceKey] = []
        func add(_ item: String, _ level: CareLevel?, _ age: ClassType?, _ unit: String, _ yuan: Double) {
            keys.append(PriceKey(item: item, careLevel: level, ageClass: age, unit: unit, baseFen: Int(yuan * 100)))
        }
        switch outlet.kind {
        case .elderInstitution:
            add("床位费", nil, nil, "month", 1700 * starFactor)
            for level in careLevels {
                add("护理费", level, nil, "month", [700.0, 1600, 2800][level.rawValue] * starFactor)
            }
        case .elderCommunityCenter:
            for level in careLevels { add("日间照料费", level, nil, "month", [900.0, 1500, 2200][level.rawValue]) }
            add("餐费", nil, nil, "meal", 15)
            if (outlet.beds ?? 0) > 0 { add("短期托养", nil, nil, "day", 160) }
        case .elderDayCare:
            for level in careLevels { add("日间照料费", level, nil, "month", [800.0, 1400, 2000][level.rawValue]) }
            add("餐费", nil, nil, "meal", 14)
        case .elderHomeCareStation:
            for level in careLevels { add("上门服务包", level, nil, "month", [300.0, 600, 1000][level.rawValue]) }
            add("上门服务", nil, nil, "hour", 50)
            add("助餐", nil, nil, "meal", 12)
        case .childcareInstitution, .childcareCommunity, .childcareKindergartenClass, .childcareFamily:
            let factor = childcareKindFactor(outlet.kind)
            var types: [ClassType] = []
            for c in outlet.classes where !types.contains(where: { $0 == c.type }) { types.append(c.type) }
            types.sort { $0.rawValue < $1.rawValue }
            for t in types { add("全日托", nil, t, "month", fullDayYuan(t) * factor) }
            if outlet.kind == .childcareInstitution || outlet.kind == .childcareCommunity {
                if halfDay, let half = types.first(where: { $0 != .infant }) {
                    add("半日托", nil, half, "day", 130 * factor)
                }
            }
            if outlet.kind != .childcareFamily { add("餐费", nil, nil, "day", 25) }
        }
        return keys
    }

    /// Rounds a price as a price list would: to 10 yuan from 500, 5 yuan from 100, else 0.5 yuan.
    static func round(_ fen: Double) -> Int {
        let step = fen >= 50_000 ? 1000.0 : fen >= 10_000 ? 500.0 : 50.0
        return max(Int(step), Int((fen / step).rounded()) * Int(step))
    }

    /// Rounds down to the same steps (for inclusive prices that must stay under a bound).
    static func roundDown(_ fen: Double) -> Int {
        let step = fen >= 50_000 ? 1000.0 : fen >= 10_000 ? 500.0 : 50.0
        return max(Int(step), Int((fen / step).rounded(.down)) * Int(step))
    }
}
