import CEL
import PuhuiCore

/// The parameter values in force on one day, computed once per evaluation day and shared by
/// every outlet of a batch: what `params` holds in the facts.
public struct ParameterSnapshot: Sendable {
    public let asOf: LocalDate
    /// The value in force for each parameter that has one on `asOf`.
    public let values: [String: ParameterValue]
    /// `params` as a CEL map (only the parameters in force).
    let map: CELValue
    /// `as_of` as a CEL string.
    let asOfValue: CELValue

    init(parameters: [RuleParameter], asOf: LocalDate) {
        self.asOf = asOf
        var values: [String: ParameterValue] = [:]
        for parameter in parameters {
            if let value = parameter.value(on: asOf) { values[parameter.name] = value }
        }
        self.values = values
        map = .map(CELMap(values.mapValues(\.value)))
        asOfValue = .string(asOf.description)
    }
}

extension CompiledRuleSet {
    /// The parameter values in force on a day.
    public func parameters(on day: LocalDate) -> ParameterSnapshot {
        ParameterSnapshot(parameters: parameters, asOf: day)
    }
}
