import CEL
import Foundation
import Rules
import Testing

@testable import Registry

/// `puhui stats`' figures: the sample registry against the hand computation in docs/STATS.md,
/// the exact target comparison at its boundaries, and the target file's parameters.
@Suite("Plan statistics")
struct PlanStatisticsTests {
    static let day = LocalDate(year: 2026, month: 11, day: 29)!

    static func sampleStatistics(district: String? = nil) throws -> PlanStatistics {
        let db = try RegistryDatabase.inMemory(clock: Fixtures.clock)
        try db.initialise(sample: true)
        return try db.statistics.planStatistics(asOf: day, district: district, targets: try PlanTargets.load(on: day))
    }

    typealias Expected = (TargetMeasure, Int64, Int64, Int64?, TargetStatus)

    static func check(_ area: AreaStatistics?, _ expected: [Expected]) {
        for (measure, numerator, denominator, value, status) in expected {
            let figure = area?.figure(measure)
            #expect(figure?.numerator == numerator, "\(measure)")
            #expect(figure?.denominator == denominator, "\(measure)")
            #expect(figure?.value == value, "\(measure)")
            #expect(figure?.status == status, "\(measure)")
        }
    }

    /// The city on the sample, as computed by hand (docs/STATS.md, "Hand computation").
    @Test func cityMatchesHandComputation() throws {
        let stats = try Self.sampleStatistics()
        #expect(stats.districts.count == 8)
        #expect(stats.populationSource == "第七次全国人口普查 (2020)")
        let city = try #require(stats.city)
        #expect(city.population == 7_726_635)
        Self.check(
            city,
            [
                (.inclusiveNursingBedShare, 2_707, 7_469, 362, .notMet),
                (.childcareSlotsPer1000, 7_397, 7_726_635, 95, .notMet),
                (.provincialInclusiveChildcare, 8, 1, 8, .notMet),
                (.provincialDemonstrationChildcare, 4, 1, 4, .notMet),
                (.streetsWithElderCentre, 18, 27, 666, .notMet),
                (.communityChildcareCoverage, 19, 50, 380, .notMet),
            ])
        #expect(city.figure(.inclusiveNursingBedShare)?.gap == 388)
        #expect(city.figure(.provincialInclusiveChildcare)?.gap == 52)
        #expect(city.certifiedByKind.map(\.certified) == [24, 30, 19, 42, 33, 24, 18, 11])
        // The districts add up to the city.
        for measure in [TargetMeasure.inclusiveNursingBedShare, .childcareSlotsPer1000, .provincialInclusiveChildcare] {
            let sum = stats.districts.compactMap { $0.figure(measure)?.numerator }.reduce(0, +)
            #expect(sum == city.figure(measure)?.numerator, "\(measure)")
        }
    }

    /// 崇川区 (320613) alone: city-wide targets are shown, not judged; 每个街道 is judged.
    @Test func chongchuanMatchesHandComputation() throws {
        let stats = try Self.sampleStatistics(district: "320613")
        #expect(stats.city == nil)
        #expect(stats.districts.map(\.code) == ["320613"])
        let area = stats.districts.first
        Self.check(
            area,
            [
                (.inclusiveNursingBedShare, 405, 1_271, 318, .cityTarget),
                (.childcareSlotsPer1000, 2_151, 1_183_740, 181, .cityTarget),
                (.provincialInclusiveChildcare, 4, 1, 4, .cityTarget),
                (.provincialDemonstrationChildcare, 2, 1, 2, .cityTarget),
                (.streetsWithElderCentre, 9, 13, 692, .notMet),
                (.communityChildcareCoverage, 10, 16, 625, .cityTarget),
            ])
        #expect(area?.streetsWithoutElderCentre == ["任港", "城东", "学田", "幸福"])
        #expect(area?.subdistrictsNotCovered == ["任港", "天生港镇", "幸福", "文峰", "永兴", "狼山镇"])
        #expect(area?.certifiedByKind.map(\.certified) == [5, 7, 4, 9, 16, 6, 3, 4])
    }

    @Test func unknownDistrictIsRefused() throws {
        #expect(throws: RegistryError.self) { try Self.sampleStatistics(district: "320699") }
    }

    /// Before any outlet opened nothing is counted, and a share without beds has no data.
    @Test func anEarlyDayCountsNothing() throws {
        let db = try RegistryDatabase.inMemory(clock: Fixtures.clock)
        try db.initialise(sample: true)
        let early = LocalDate(year: 2000, month: 1, day: 1)!
        let later = Self.day
        let stats = try db.statistics.planStatistics(asOf: early, targets: try PlanTargets.load(on: later))
        #expect(stats.city?.figure(.inclusiveNursingBedShare)?.status == .noData)
        #expect(stats.city?.figure(.childcareSlotsPer1000)?.numerator == 0)
    }

    @Test(arguments: [
        // measure, numerator, denominator, target parameter, met
        (TargetMeasure.inclusiveNursingBedShare, Int64(75), Int64(100), Int64(75), true),  // ≥: equal meets
        (.inclusiveNursingBedShare, 7_499, 10_000, 75, false),  // 74.99% rounds to 74.9%, not met
        (.communityChildcareCoverage, 1, 2, 50, false),  // >: equal does not
        (.communityChildcareCoverage, 501, 1_000, 50, true),
        (.childcareSlotsPer1000, 450, 100_000, 450, false),  // exactly 4.50 per 1,000
        (.childcareSlotsPer1000, 451, 100_000, 450, true),
        (.provincialInclusiveChildcare, 60, 1, 60, true),
        (.provincialInclusiveChildcare, 59, 1, 60, false),
    ])
    func statusIsExact(measure: TargetMeasure, numerator: Int64, denominator: Int64, target: Int64, met: Bool) {
        let figure = TargetFigure(
            measure: measure, numerator: numerator, denominator: denominator, targetParameter: target, judged: true)
        #expect(figure.status == (met ? .met : .notMet))
    }

    @Test func unitsRenderScaledIntegers() {
        #expect(FigureUnit.percent.text(753) == "75.3%")
        #expect(FigureUnit.percent.text(-125) == "-12.5%")
        #expect(FigureUnit.perThousand.text(95) == "0.95")
        #expect(FigureUnit.perThousand.text(450) == "4.50")
        #expect(FigureUnit.count.text(12) == "12")
    }

    /// The embedded target file: every measure's parameter, dated, with a basis.
    @Test func targetFileHasEveryParameter() throws {
        let targets = try PlanTargets.load(on: Self.day)
        #expect(targets.threshold(.inclusiveNursingBedShare).value == 75)
        #expect(targets.threshold(.childcareSlotsPer1000).value == 450)
        #expect(targets.threshold(.provincialInclusiveChildcare).value == 60)
        #expect(targets.threshold(.provincialDemonstrationChildcare).value == 15)
        #expect(targets.threshold(.streetsWithElderCentre).value == 100)
        #expect(targets.threshold(.communityChildcareCoverage).value == 50)
        #expect(targets.coverageDistance.value == 1_500)
        for measure in TargetMeasure.allCases {
            #expect(targets.threshold(measure).basis.contains("通政办发〔2022〕112号"), "\(measure)")
        }
        // Before the plan there is no target: an error naming the parameter.
        #expect(throws: RegistryError.self) { try PlanTargets.load(on: LocalDate(year: 2022, month: 1, day: 1)!) }
    }

    /// A parameter file is read by the rule loader: problems come with their position.
    @Test func parameterFileProblemsArePositioned() throws {
        let text = """
            parameter_set: t
            version: "1"
            parameters:
              x:
                values:
                  - from: 2024-02-30
                    value: 1
                    basis: b
              y:
                values:
                  - from: 2024-01-01
                    value: 2
            rules: []
            """
        do {
            _ = try ParameterFile.load(data: Data(text.utf8), fileName: "t.yaml")
            Issue.record("a broken parameter file was accepted")
        } catch {
            let messages = error.diagnostics.map(\.description).joined(separator: "\n")
            #expect(messages.contains("t.yaml:6:"), "\(messages)")
            #expect(messages.contains("basis"), "\(messages)")
            #expect(messages.contains("unknown key 'rules'"), "\(messages)")
        }
        let good = try ParameterFile.load(
            data: Data(
                "parameter_set: t\nversion: \"1\"\nparameters:\n  x:\n    values:\n      - {from: 2024-01-01, value: 3, basis: b}\n"
                    .utf8),
            fileName: "t.yaml")
        #expect(good.parameter("x")?.values.first?.value == .int(3))
    }
}
