import ArgumentParser
import Registry

/// `puhui init`: creates (or upgrades) a registry.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a registry, or bring an existing one up to date (新建或升级登记库).",
        discussion: """
            Creates the registry file with the city's reference data (districts, 街道/镇, \
            populations). An existing registry is upgraded in place and keeps all its data.

            Examples:
              puhui init --db ./nantong.sqlite
              puhui init --db ./demo.sqlite --sample
            """)

    @OptionGroup var common: CommonOptions

    @Flag(help: "Also load the synthetic sample registry (invented operators and outlets).")
    var sample = false

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let location = common.location
            let existed = location.exists
            let registry = try RegistryDatabase.open(location)
            let summaries = try registry.initialise(sample: sample)
            let counts = try registry.outlets.counts()
            Console.out(
                existed
                    ? lang.t("登记库已是最新：\(location.path)", "The registry is up to date: \(location.path)")
                    : lang.t("已新建登记库：\(location.path)", "Created the registry: \(location.path)"))
            if !summaries.isEmpty {
                Console.out(lang.t("已载入合成示例数据（非真实机构）。", "Loaded the synthetic sample data (invented outlets)."))
            } else if sample {
                Console.out(lang.t("示例数据此前已载入。", "The sample data was already loaded."))
            }
            Console.out(
                lang.t(
                    "区县 \(counts.divisions - 1) 个，街道/镇 \(counts.subdistricts) 个；运营主体 \(counts.operators) 个，网点 \(counts.outlets) 个，价格 \(counts.prices) 条。",
                    "\(counts.divisions - 1) districts, \(counts.subdistricts) 街道/镇; \(counts.operators) operators, \(counts.outlets) outlets, \(counts.prices) prices."
                ))
        }
    }
}
