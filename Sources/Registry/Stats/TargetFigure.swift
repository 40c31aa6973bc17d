/// One target's figure for one area: the counts it comes from, its value and the target as
/// scaled integers (`FigureUnit`), the gap and the status. The status is decided exactly, by
/// `numerator × scale` against `denominator × target`, never from the rounded value.
public struct TargetFigure: Sendable, Equatable, Encodable {
    public var measure: TargetMeasure
    /// Beds, slots, institutions or 街道/镇 counted.
    public var numerator: Int64
    /// Beds, residents or 街道/镇 in all; 1 for a count.
    public var denominator: Int64
    /// numerator × scale / denominator, rounded down; nil when the denominator is 0.
    public var value: Int64?
    public var target: Int64
    /// target − value: positive, what is still missing; nil without a value.
    public var gap: Int64?
    public var status: TargetStatus

    public init(measure: TargetMeasure, numerator: Int64, denominator: Int64, targetParameter: Int64, judged: Bool) {
        self.measure = measure
        self.numerator = numerator
        self.denominator = denominator
        let unit = measure.unit
        target = unit.scaledTarget(targetParameter)
        guard denominator > 0 else {
            value = nil
            gap = nil
            status = .noData
            return
        }
        let value = numerator * unit.scale / denominator
        self.value = value
        gap = target - value
        guard judged else {
            status = .cityTarget
            return
        }
        let achieved = numerator * unit.scale
        let required = denominator * target
        let met = measure.comparison == .atLeast ? achieved >= required : achieved > required
        status = met ? .met : .notMet
    }

    enum CodingKeys: String, CodingKey {
        case measure, numerator, denominator, value, target, gap, status, unit, decimals, comparison, scope
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(measure, forKey: .measure)
        try container.encode(numerator, forKey: .numerator)
        try container.encode(denominator, forKey: .denominator)
        try container.encode(value, forKey: .value)
        try container.encode(target, forKey: .target)
        try container.encode(gap, forKey: .gap)
        try container.encode(status, forKey: .status)
        try container.encode(measure.unit, forKey: .unit)
        try container.encode(measure.unit.decimals, forKey: .decimals)
        try container.encode(measure.comparison, forKey: .comparison)
        try container.encode(measure.scope, forKey: .scope)
    }
}
