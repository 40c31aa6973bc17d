import Foundation
import Registry

/// `puhui stats` and `GET /v1/stats`: the plan's targets in force on the day, for the city or one
/// county-level division (a code that is not one is refused, naming the valid codes).
package enum PlanStatisticsRequest {
    package static func statistics(
        _ registry: any RegistryStore, asOf day: LocalDate, district: String?, _ spell: ParameterSpelling
    ) async throws -> PlanStatistics {
        let targets = try PlanTargets.load(on: day)
        let code = district?.trimmingCharacters(in: .whitespaces)
        if let code {
            let counties = try await registry.outlets.divisions().filter { $0.level == .county }
            if !counties.contains(where: { $0.code == code }) {
                let zh = counties.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
                let en = counties.map { "\($0.code) \($0.nameEN)" }.joined(separator: ", ")
                throw InputProblem(
                    parameter: spell("district"),
                    message: LocalizedText(
                        zh: "\(spell("district")) \(code)：不是本市的县级区划代码。可选：\(zh)",
                        en: "\(spell("district")) \(code): not a district code of the city. Valid: \(en)"))
            }
        }
        return try await registry.statistics.planStatistics(asOf: day, district: code, targets: targets)
    }
}
