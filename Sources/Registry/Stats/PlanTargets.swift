import CEL
import Foundation
import PuhuiResources
import Rules

/// The plan's targets in force on a day, read from `Seed/targets/nantong-plan-2025.yaml` (a
/// parameters-only file in the rule set's style, so every threshold is dated and has a basis).
public struct PlanTargets: Sendable {
    /// Its path among the embedded files (and in the repository).
    public static let path = "Seed/targets/nantong-plan-2025.yaml"
    /// The parameter holding the coverage distance (docs/STATS.md, "Community coverage").
    static let coverageDistanceParameter = "community_childcare_coverage_distance_m"

    /// One threshold in force: its value as the file writes it, since when, and why.
    public struct Threshold: Sendable, Equatable, Encodable {
        public var parameter: String
        public var value: Int64
        public var from: String
        public var basis: String
        public var titleZH: String
        public var titleEN: String
    }

    public let fileID: String
    public let version: String
    public let hash: String
    /// Day the thresholds are taken on.
    public let asOf: LocalDate
    /// One per measure, in `TargetMeasure.allCases` order.
    public let thresholds: [Threshold]
    public let coverageDistance: Threshold

    /// Reads the embedded file and takes each target's value in force on `day`.
    public static func load(on day: LocalDate) throws -> PlanTargets {
        guard let data = Resources.data(path) else { throw RegistryError.missingResource(path) }
        return try PlanTargets(file: try ParameterFile.load(data: data, fileName: path), on: day)
    }

    /// Takes each target's value in force on `day` from a parameter file; a missing parameter,
    /// no value yet on that day, or a value that is not a whole number is an error naming it.
    public init(file: ParameterFile, on day: LocalDate) throws {
        fileID = file.id
        version = file.version
        hash = file.hash
        asOf = day
        func threshold(_ name: String) throws -> Threshold {
            guard let parameter = file.parameter(name) else {
                throw RegistryError.invalidValue(
                    what: LocalizedText(zh: "目标参数", en: "target parameter"), value: name,
                    reason: LocalizedText(zh: "\(file.fileName) 中没有此参数", en: "missing from \(file.fileName)"))
            }
            guard let dated = parameter.value(on: day) else {
                let first = parameter.values.first.map(\.from.description) ?? "—"
                throw RegistryError.invalidValue(
                    what: LocalizedText(zh: "目标参数 \(name)", en: "target parameter \(name)"), value: day.description,
                    reason: LocalizedText(
                        zh: "当日无有效取值（其第一个取值自 \(first) 起施行）",
                        en: "has no value in force on that day (its first value is from \(first))"))
            }
            guard case .int(let value) = dated.value, value >= 0 else {
                throw RegistryError.invalidValue(
                    what: LocalizedText(zh: "目标参数 \(name)", en: "target parameter \(name)"), value: "\(dated.value)",
                    reason: LocalizedText(zh: "应为不小于 0 的整数", en: "must be a whole number ≥ 0"))
            }
            return Threshold(
                parameter: name, value: value, from: dated.from.description, basis: dated.basis,
                titleZH: parameter.title?.zh ?? name, titleEN: parameter.title?.en ?? name)
        }
        thresholds = try TargetMeasure.allCases.map { try threshold($0.parameter) }
        coverageDistance = try threshold(Self.coverageDistanceParameter)
    }

    /// The threshold of a measure: `init` read one for every measure, in `allCases` order.
    public func threshold(_ measure: TargetMeasure) -> Threshold {
        thresholds[TargetMeasure.allCases.firstIndex(of: measure) ?? 0]
    }
}
