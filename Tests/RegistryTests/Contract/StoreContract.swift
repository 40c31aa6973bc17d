import Foundation
import Registry
import Rules

/// What the contract tests share: loading the fixture registry through the boundary, and the
/// days they act on.
enum StoreContract {
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    /// Noon UTC of a day (China time the same day).
    static func noon(_ day: LocalDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch) * 86_400 + 43_200)
    }

    /// A fresh store with the fixture operators, outlets and prices (`Fixtures`), a city
    /// officer `wang.li` and a Tongzhou officer `zhao.min` — all written through the boundary.
    /// Its clock reads noon of `today`, or `clock` when given.
    static func load(_ store: StoreUnderTest, today: String, clock: RegistryClock? = nil) async throws
        -> any RegistryStore
    {
        let registry = try await store.make(clock ?? .fixed(noon(day(today))))
        let options = ImportOptions(officer: "测试员", reason: "fixture")
        for (table, name, text) in [
            (RegistryTable.operators, "operators.csv", Fixtures.operatorsCSV),
            (.outlets, "outlets.csv", Fixtures.outletsCSV), (.prices, "prices.csv", Fixtures.pricesCSV),
        ] {
            _ = try await registry.imports.importCSV(table, bytes: Array(text.utf8), fileName: name, options: options)
        }
        _ = try await registry.officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil, reason: "")
        _ = try await registry.officers.addOfficer(
            id: "zhao.min", name: "赵敏", districtCode: "320612", by: "wang.li", reason: "")
        return registry
    }

    static func ruleSet() throws -> CompiledRuleSet { try DefaultRuleSet.load() }
}
