import CEL
import Foundation
import Registry
import Rules
import Testing

/// 月收费（起）: the same number from the Swift rule (`show`, facts) and the SQL rule (`search`).
@Suite("Monthly fee")
struct MonthlyFeeTests {
    @Test func partsAddUpToTheCheapestLevel() {
        let parts = [
            MonthlyFee.Part(amountFen: 118_000, levelled: false),  // 床位费
            MonthlyFee.Part(amountFen: 52_000, levelled: true),  // 护理费·自理
            MonthlyFee.Part(amountFen: 201_000, levelled: true),  // 护理费·失能
        ]
        #expect(MonthlyFee.fee(of: parts, family: .elder) == 170_000)
        #expect(MonthlyFee.fee(of: parts, family: .childcare) == 52_000, "childcare services are alternatives")
        #expect(MonthlyFee.fee(of: [MonthlyFee.Part(amountFen: 99_000, levelled: true)], family: .elder) == 99_000)
        let bedAndBoard = [
            MonthlyFee.Part(amountFen: 1_000, levelled: false), .init(amountFen: 2_000, levelled: false),
        ]
        #expect(MonthlyFee.fee(of: bedAndBoard, family: .elder) == 3_000)
        #expect(MonthlyFee.fee(of: [], family: .elder) == nil)
    }

    @Test func searchAndRecordAgree() throws {
        let registry = try RegistryDatabase.inMemory()
        let options = ImportOptions(officer: "test")
        _ = try registry.imports.importCSV(
            .operators,
            bytes: Array(
                """
                uscc,name,legal_form,legal_representative
                91310110666007217T,测试养老服务有限公司,enterprise,张三

                """.utf8), fileName: "operators.csv", options: options)
        _ = try registry.imports.importCSV(
            .outlets,
            bytes: Array(
                """
                id,operator_uscc,name,kind,pricing,district_code,address,lat,lon
                E-1,91310110666007217T,颐养院,elder_institution,inclusive,320613,崇川区某路1号,32.0100,120.8600
                E-2,91310110666007217T,托育园,childcare_institution,inclusive,320613,崇川区某路2号,32.0110,120.8600
                E-3,91310110666007217T,市场院,elder_institution,market,320613,崇川区某路3号,32.0120,120.8600

                """.utf8), fileName: "outlets.csv", options: options)
        _ = try registry.imports.importCSV(
            .prices,
            bytes: Array(
                """
                outlet_id,item,care_level,age_class,unit,amount_yuan,effective_from,effective_to,inclusive
                E-1,床位费,,,month,1100,2025-01-01,2026-06-30,yes
                E-1,床位费,,,month,1180,2026-07-01,,yes
                E-1,护理费,self_care,,month,520,2025-01-01,,yes
                E-1,护理费,disabled,,month,2010,2025-01-01,,yes
                E-1,餐费,,,day,25,2025-01-01,,yes
                E-2,全日托,,toddler,month,2300,2025-01-01,,yes
                E-2,半日托,,toddler,month,1500,2025-01-01,,yes
                E-2,全日托,,infant,month,2800,2025-01-01,,yes
                E-3,床位费,,,month,3000,2025-01-01,,no

                """.utf8), fileName: "prices.csv", options: options)
        let expected: [String: Int?] = ["E-1": 170_000, "E-2": 150_000, "E-3": nil]
        for date in ["2026-06-30", "2026-11-29"] {
            let asOf = try LocalDate(parsing: date)
            let result = try registry.directory.search(
                NearbyQuery(
                    centre: GeoPoint(lat: 32.01, lon: 120.86), radius: 1000, allStatuses: true, asOf: date))
            #expect(result.total == 3)
            for hit in result.results {
                let record = try #require(try registry.outlets.outletRecord(id: hit.id))
                #expect(
                    record.monthlyPrice(on: asOf).map { Int($0.value) } == hit.monthlyPriceFen, "\(hit.id) on \(date)")
            }
        }
        for (id, fee) in expected {
            let facts = try registry.verification.facts(outletID: id, asOf: try LocalDate(parsing: "2026-11-29"))
            let monthly = facts.roots["price"]?.mapValue?[.string("monthly_fen")]?.intValue
            #expect(monthly == fee.map(Int64.init), "the verification fact agrees for \(id)")
        }
        let now = try registry.directory.search(
            NearbyQuery(centre: GeoPoint(lat: 32.01, lon: 120.86), allStatuses: true, asOf: "2026-11-29"))
        #expect(Dictionary(uniqueKeysWithValues: now.results.map { ($0.id, $0.monthlyPriceFen) }) == expected)
        let cheap = try registry.directory.search(
            NearbyQuery(
                centre: GeoPoint(lat: 32.01, lon: 120.86), maxMonthlyPriceFen: 160_000, allStatuses: true,
                asOf: "2026-11-29"))
        #expect(cheap.results.map(\.id) == ["E-2"])
    }
}
