import Foundation
import Testing

/// `puhui benchmark compute/list/show` and PR-01 through the built binary on the sample registry.
@Suite("puhui benchmark, in-process")
struct BenchmarkCommandTests {
    struct Run: Decodable {
        var id: Int
        var asOf: String
        var minOutlets: Int
        var cells: Int
        var officer: String
    }

    @Test func computeListShowAndVerify() async throws {
        let puhui = try ScratchFolder()
        let db = ["--db", puhui.path("r.sqlite")]
        #expect(await puhui.run(["init", "--sample"] + db).status == 0)
        // `init --sample` computed the sample's run (1, as of 2026-11-29, by puhui-init); an empty
        // registry has none.
        #expect(await puhui.run(["init", "--db", puhui.path("empty.sqlite")]).status == 0)
        let none = await puhui.run(["benchmark", "list", "--lang", "en", "--db", puhui.path("empty.sqlite")])
        #expect(none.status == 0)
        #expect(none.stdout.contains("No benchmark runs yet"))
        // A write names its officer.
        #expect(await puhui.run(["benchmark", "compute", "--as-of", "2026-11-29"] + db).status != 0)
        let computed = await puhui.run(
            [
                "benchmark", "compute", "--as-of", "2026-11-29", "--officer", "wang.li", "--reason", "季度基准", "--lang",
                "en",
            ] + db)
        #expect(computed.status == 0, "\(computed.stderr)")
        #expect(computed.stdout.contains("Computed benchmark run 2"))

        let list = await puhui.run(["benchmark", "list", "--format", "json"] + db)
        let runs = try JSONDecoder.fromSnakeCase.decode([Run].self, from: Data(list.stdout.utf8))
        #expect(runs.count == 2)
        #expect(runs.allSatisfy { $0.asOf == "2026-11-29" && $0.minOutlets == 5 })
        #expect(Set(runs.map(\.officer)) == ["puhui-init", "wang.li"])

        let csv = await puhui.run(
            ["benchmark", "show", "--district", "320613", "--kind", "childcare", "--format", "csv"] + db)
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\n").dropFirst()
        #expect(!lines.isEmpty)
        for line in lines {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            #expect(fields[1] == "" || fields[1] == "320613", "\(line)")
            #expect(fields[2] == "childcare", "\(line)")
        }
        #expect(await puhui.run(["benchmark", "show", "--run", "9"] + db).status != 0)

        // show: each inclusive price against the run's cells, in text and JSON.
        struct Shown: Decodable {
            struct Comparison: Decodable {
                var item: String
                var benchmarkRun: Int?
                var ratioToP50Permille: Int?
                var percentileRank: Int?
            }
            var benchmarkRun: Int?
            var benchmarks: [Comparison]
        }
        let json = await puhui.run(["show", "NT-0021", "--as-of", "2026-11-29", "--format", "json"] + db)
        let shown = try JSONDecoder.fromSnakeCase.decode(Shown.self, from: Data(json.stdout.utf8))
        #expect(shown.benchmarkRun == 2)
        #expect(!shown.benchmarks.isEmpty)
        #expect(shown.benchmarks.allSatisfy { ($0.ratioToP50Permille ?? 0) > 1000 && $0.benchmarkRun == 2 })
        let text = await puhui.run(["show", "NT-0002", "--as-of", "2026-11-29", "--lang", "zh"] + db)
        #expect(text.stdout.contains("与市场价格比较（基准第 2 次，截止 2026-11-29）"))
        #expect(text.stdout.contains("低于市场中位"))
        let before = await puhui.run(["show", "NT-0002", "--as-of", "2026-11-28", "--format", "json"] + db)
        #expect(try JSONDecoder.fromSnakeCase.decode(Shown.self, from: Data(before.stdout.utf8)).benchmarkRun == nil)

        let verified = await puhui.run(
            ["verify", "--all", "--as-of", "2026-11-29", "--officer", "wang.li", "--format", "csv"] + db)
        #expect(verified.status == 0, "\(verified.stderr)")
        let failing = verified.stdout.split(separator: "\n").filter { $0.contains(",PR-01,fail,") }
            .map { String($0.prefix { $0 != "," }) }.sorted()
        #expect(failing == ["NT-0021", "NT-0026", "NT-0242", "NT-0309"])
    }
}
