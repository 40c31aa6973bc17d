import CEL
import Rules

/// The credit and review parameters of the default rule set (Seed/rules/nantong-inclusive.yaml)
/// as in force on one day — the breach's day for a blacklisting's periods, the review's day for
/// its follow-up deadline. DOMAIN.md marks them [M]: dated values with a basis, never constants.
public struct CreditParameters: Sendable {
    public let ruleSet: CompiledRuleSet
    public let day: LocalDate

    public init(ruleSet: CompiledRuleSet, on day: LocalDate) {
        self.ruleSet = ruleSet
        self.day = day
    }

    /// The blacklist's terms for a breach of `category`: nil when the category does not
    /// blacklist; else the minimum and maximum public periods in months and their basis.
    public func blacklistTerms(for category: BreachCategory) throws -> (
        minimumMonths: Int, maximumMonths: Int, basis: String
    )? {
        let (categories, categoriesBasis) = try value("credit_blacklist_categories")
        guard let list = categories.listValue else {
            throw wrong("credit_blacklist_categories", "a list of categories")
        }
        guard list.contains(where: { $0.stringValue == category.rawValue }) else { return nil }
        let (minimum, minimumBasis) = try value("credit_blacklist_min_months")
        guard let map = minimum.mapValue else {
            throw wrong("credit_blacklist_min_months", "a map of months by category with a default")
        }
        guard let months = (map[.string(category.rawValue)] ?? map[.string("default")])?.intValue, months >= 1 else {
            throw wrong("credit_blacklist_min_months", "whole months ≥ 1 for \(category.rawValue) or a default")
        }
        let maximum = try wholeNumber("credit_blacklist_max_months")
        guard maximum.months >= months else {
            throw wrong("credit_blacklist_max_months", "at least the minimum (\(months) months)")
        }
        let basis = [categoriesBasis, minimumBasis, maximum.basis].reduce(into: [String]()) { out, text in
            if !out.contains(text) { out.append(text) }
        }.joined(separator: "；")
        return (Int(months), maximum.months, basis)
    }

    /// The bad-review follow-up period in working days, and its basis.
    public func followUpWorkingDays() throws -> (days: Int, basis: String) {
        let (days, basis) = try wholeNumber("review_follow_up_working_days")
        return (days, basis)
    }

    // MARK: - Reading values

    func value(_ name: String) throws -> (CELValue, String) {
        guard let parameter = ruleSet.parameter(name) else {
            throw CreditError.parameter(
                name: name, on: day, reason: LocalizedText(zh: "规则集中没有此参数", en: "the rule set has no such parameter"))
        }
        guard let value = parameter.value(on: day)
        else {
            let first = parameter.values.first.map { "\($0.from)" } ?? "—"
            throw CreditError.parameter(
                name: name, on: day,
                reason: LocalizedText(zh: "其第一个取值自 \(first) 起施行", en: "its first value takes effect on \(first)"))
        }
        return (value.value, value.basis)
    }

    /// A whole-number parameter ≥ 1 (months, working days).
    func wholeNumber(_ name: String) throws -> (months: Int, basis: String) {
        let (value, basis) = try value(name)
        guard let number = value.intValue, number >= 1 else { throw wrong(name, "a whole number ≥ 1") }
        return (Int(number), basis)
    }

    func wrong(_ name: String, _ expected: String) -> CreditError {
        .parameter(
            name: name, on: day, reason: LocalizedText(zh: "取值应为 \(expected)", en: "the value should be \(expected)"))
    }
}
