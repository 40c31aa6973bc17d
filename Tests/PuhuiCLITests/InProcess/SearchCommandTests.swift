import Foundation
import Testing

/// `puhui search` and `show` in-process on the sample registry: filters, the Chinese table,
/// and each kind of bad input with its status (the nearest-first walk of the README's main job
/// stays end to end, `SearchEndToEndTests`).
@Suite("puhui search, in-process")
struct SearchCommandTests {
    struct Page: Decodable {
        var total: Int
    }

    @Test func allStatusesFindsMoreThanCertifiedOnly() async throws {
        let db = try await SampleRegistry.path()
        let arguments = [
            "search", "--near", "32.0100,120.8600", "--radius", "3000", "--as-of", SampleRegistry.asOf, "--format",
            "json",
            "--limit", "1", "--db", db,
        ]
        let certified = await InProcessPuhui.run(arguments)
        let all = await InProcessPuhui.run(arguments + ["--all-statuses"])
        #expect(certified.status == 0 && all.status == 0, "\(certified.stderr)\(all.stderr)")
        let certifiedPage = try JSONDecoder().decode(Page.self, from: Data(certified.stdout.utf8))
        let allPage = try JSONDecoder().decode(Page.self, from: Data(all.stdout.utf8))
        #expect(allPage.total > certifiedPage.total)
    }

    @Test func typedValuesReachTheQuery() async throws {
        let db = try await SampleRegistry.path()
        let base = [
            "search", "--place", "城东", "--radius", "5000", "--kind", "childcare", "--as-of", SampleRegistry.asOf,
            "--db", db,
        ]
        let all = await InProcessPuhui.run(base + ["--format", "json", "--limit", "1000"])
        let cheap = await InProcessPuhui.run(base + ["--format", "json", "--limit", "1000", "--max-price", "２０００"])
        #expect(all.status == 0 && cheap.status == 0, "\(all.stderr)\(cheap.stderr)")
        let allPage = try JSONDecoder().decode(Page.self, from: Data(all.stdout.utf8))
        let cheapPage = try JSONDecoder().decode(Page.self, from: Data(cheap.stdout.utf8))
        #expect(cheapPage.total < allPage.total, "a price ceiling in full-width digits filters")
        let wide = await InProcessPuhui.run(
            base.map { $0 == "5000" ? "50000" : $0 } + ["--format", "json", "--limit", "1"])
        let widePage = try JSONDecoder().decode(Page.self, from: Data(wide.stdout.utf8))
        #expect(widePage.total >= allPage.total)
    }

    @Test func chineseTableIsAlignedAndLabelled() async throws {
        let db = try await SampleRegistry.path()
        let result = await InProcessPuhui.run([
            "search", "--place", "和平桥", "--radius", "2000", "--as-of", SampleRegistry.asOf, "--db", db, "--lang", "zh",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("距离"))
        #expect(result.stdout.contains("和平桥"))
    }

    @Test(arguments: [
        (["search", "--near", "32.01"], Int32(64)),
        (["search", "--near", "32.01,120.86", "--radius", "10"], Int32(64)),
        (["search", "--near", "32.01,120.86", "--kind", "baby"], Int32(64)),
        (["search", "--near", "32.01,120.86", "--as-of", "2026-02-30"], Int32(64)),
        (["search", "--place", "不存在的地方"], Int32(69)),
        (["show", "NT-NOPE"], Int32(69)),
    ])
    func badInputGetsAClearErrorAndStatus(arguments: [String], status: Int32) async throws {
        let db = try await SampleRegistry.path()
        let result = await InProcessPuhui.run(arguments + ["--db", db, "--lang", "en"])
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)")
    }

    @Test func aMissingRegistryIsNeverCreated() async throws {
        let scratch = try ScratchFolder()
        let result = await InProcessPuhui.run([
            "search", "--db", scratch.path("missing.sqlite"), "--near", "32.01,120.86",
        ])
        #expect(result.status == 66, "\(result.stderr)")
        #expect(
            !FileManager.default.fileExists(atPath: scratch.path("missing.sqlite")), "a typo never creates a registry")
    }
}
