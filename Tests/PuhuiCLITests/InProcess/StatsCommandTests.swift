import Foundation
import Testing

/// `puhui stats` through the built binary on the sample registry: the hand-computed figures of
/// docs/STATS.md in table, JSON and CSV, and a bad district refused.
@Suite("puhui stats, in-process")
struct StatsCommandTests {
    struct Stats: Decodable {
        struct Area: Decodable {
            struct Figure: Decodable {
                var measure: String
                var numerator: Int
                var denominator: Int
                var value: Int?
                var target: Int
                var gap: Int?
                var status: String
            }
            var code: String
            var population: Int?
            var figures: [Figure]
            func figure(_ measure: String) -> Figure? { figures.first { $0.measure == measure } }
        }
        var asOf: String
        var city: Area?
        var districts: [Area]
    }

    @Test func cityAndDistrictInEveryFormat() async throws {
        let puhui = try ScratchFolder()
        #expect(await puhui.run(["init", "--sample"] + ["--db", puhui.path("r.sqlite")]).status == 0)

        let json = await puhui.run(
            ["stats", "--as-of", "2026-11-29", "--format", "json"] + ["--db", puhui.path("r.sqlite")])
        #expect(json.status == 0, "\(json.stderr)")
        let stats = try JSONDecoder.fromSnakeCase.decode(Stats.self, from: Data(json.stdout.utf8))
        #expect(stats.asOf == "2026-11-29")
        let city = try #require(stats.city)
        #expect(city.code == "320600")
        #expect(
            city.figure("inclusive_nursing_bed_share").map { [$0.numerator, $0.denominator, $0.value, $0.gap] } == [
                2707, 7469, 362, 388,
            ])
        #expect(
            city.figure("childcare_slots_per_1000").map { [$0.numerator, $0.denominator, $0.value] } == [
                7397, 7_726_635, 95,
            ])
        #expect(city.figure("provincial_inclusive_childcare")?.value == 8)
        #expect(city.figure("provincial_demonstration_childcare")?.value == 4)
        #expect(city.figure("streets_with_elder_centre").map { [$0.numerator, $0.denominator] } == [18, 27])
        #expect(
            city.figure("community_childcare_coverage").map { [$0.numerator, $0.denominator, $0.value] } == [
                19, 50, 380,
            ])
        #expect(city.figures.allSatisfy { $0.status == "not_met" })

        let district = await puhui.run(
            ["stats", "--as-of", "2026-11-29", "--district", "320613", "--format", "json"] + [
                "--db", puhui.path("r.sqlite"),
            ])
        let one = try JSONDecoder.fromSnakeCase.decode(Stats.self, from: Data(district.stdout.utf8))
        #expect(one.city == nil)
        let chongchuan = try #require(one.districts.first)
        #expect(
            chongchuan.figure("inclusive_nursing_bed_share").map { [$0.numerator, $0.denominator, $0.value] } == [
                405, 1271, 318,
            ])
        #expect(chongchuan.figure("inclusive_nursing_bed_share")?.status == "city_target")
        #expect(
            chongchuan.figure("streets_with_elder_centre").map { [$0.numerator, $0.denominator, $0.value] } == [
                9, 13, 692,
            ])
        #expect(chongchuan.figure("streets_with_elder_centre")?.status == "not_met")

        let csv = await puhui.run(
            ["stats", "--as-of", "2026-11-29", "--format", "csv"] + ["--db", puhui.path("r.sqlite")])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "as_of,area_code,area_name,measure,kind,numerator,denominator,value,target,gap,unit,decimals,comparison,scope,status"
        )
        #expect(
            lines.contains(
                "2026-11-29,320600,南通市,inclusive_nursing_bed_share,,2707,7469,362,750,388,percent,1,at_least,city,not_met"
            ))
        #expect(
            lines.contains(
                "2026-11-29,320613,崇川区,childcare_slots_per_1000,,2151,1183740,181,450,269,per_1000,2,more_than,city,city_target"
            ))
        #expect(
            lines.contains(
                "2026-11-29,320613,崇川区,streets_with_elder_centre,,9,13,692,1000,308,percent,1,at_least,every_district,not_met"
            ))
        #expect(lines.contains("2026-11-29,320600,南通市,certified_outlets,childcare_institution,33,,33,,,count,0,,,"))
        // 6 measures and 8 kinds for the city and 8 districts.
        let expectedLines: Int = 1 + 9 * 6 + 9 * 8
        #expect(lines.count == expectedLines)

        let table = await puhui.run(
            ["stats", "--as-of", "2026-11-29", "--district", "320613", "--lang", "zh"] + [
                "--db", puhui.path("r.sqlite"),
            ])
        #expect(table.status == 0)
        let rows = table.stdout.split(separator: "\n").map(String.init)
        let beds = try #require(rows.first { $0.contains("普惠护理型床位占养老机构床位比例") })
        #expect(beds.contains("405 / 1,271 床"))
        #expect(beds.contains("31.8%"))
        #expect(beds.contains("≥ 75.0%"))
        #expect(beds.contains("全市目标"))
        let streets = try #require(rows.first { $0.contains("建有社区综合性养老服务中心的街道") && $0.contains("崇川区") })
        #expect(streets.contains("9 / 13 个街道"))
        #expect(streets.contains("69.2%"))
        #expect(streets.contains("未达标"))
        #expect(table.stdout.contains("任港、城东、学田、幸福"))
        let english = await puhui.run(
            ["stats", "--as-of", "2026-11-29", "--lang", "en"] + ["--db", puhui.path("r.sqlite")])
        #expect(english.stdout.contains("2,707 / 7,469 beds"))
        #expect(english.stdout.contains("0.95"))
    }

    @Test func badInputIsRefusedClearly() async throws {
        let puhui = try ScratchFolder()
        #expect(await puhui.run(["init", "--sample"] + ["--db", puhui.path("r.sqlite")]).status == 0)
        let bad = await puhui.run(
            ["stats", "--district", "999999", "--lang", "en"] + ["--db", puhui.path("r.sqlite")])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--district 999999"))
        #expect(bad.stderr.contains("320613"))
        let badDay = await puhui.run(
            ["stats", "--as-of", "2026-02-30", "--lang", "zh"] + ["--db", puhui.path("r.sqlite")])
        #expect(badDay.status == 64)
        #expect(badDay.stderr.contains("--as-of 2026-02-30"))
        let early = await puhui.run(
            ["stats", "--as-of", "2021-01-01", "--lang", "en"] + ["--db", puhui.path("r.sqlite")])
        #expect(early.status != 0)
        #expect(early.stderr.contains("inclusive_nursing_bed_share_min_percent"))
    }
}
