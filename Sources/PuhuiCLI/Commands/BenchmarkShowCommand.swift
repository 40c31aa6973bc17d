import ArgumentParser
import PuhuiOutput
import Registry

/// `puhui benchmark show [--run ID] [--district CODE] [--kind KIND|group] [--format table|json|csv]`.
struct BenchmarkShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the cells of a benchmark run (查看市场价格基准).",
        discussion: """
            Without --run, the latest run. Each cell: district (or 全市 / city for the pooled \
            city cell), kind, item, care level or class, unit, market outlets, total weight, P25, \
            P50, P75 and status (ok; pooled: use the city cell; insufficient: no percentiles). \
            --district CODE shows that district's cells and the city cells; --district city only \
            the city cells.

            Examples:
              puhui benchmark show
              puhui benchmark show --run 2 --district 320613 --kind elder_institution
              puhui benchmark show --kind childcare --format csv
            """)

    @Option(
        name: .customLong("run"), parsing: .unconditional,
        help: ArgumentHelp("The run (default: the latest).", valueName: "id"))
    var runID: Int64?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "A district by code (320613) or name (崇川区): its cells and the city's; city: the city's cells only.",
            valueName: "district"), completion: DistrictSelector.completion, transform: DistrictSelector.transform)
    var district: DistrictSelector?

    @Option(
        help: ArgumentHelp("A kind or a group: \(KindSelector.validValues.joined(separator: ", ")).", valueName: "kind")
    )
    var kind: String?

    @Option(help: "Output format.")
    var format: BenchmarkOutputFormat = .table

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let registry = try RegistrySession(common).openForReading()
            let (found, cells) = try await BenchmarkShowRequest.cells(
                registry, runID: runID, district: district?.description, kind: kind, .option)
            let names = Dictionary(
                try await registry.outlets.divisions().map { ($0.code, lang.t($0.name, $0.nameEN)) },
                uniquingKeysWith: { a, _ in a })
            switch format {
            case .json:
                Console.out(
                    try JSONOutput.encode(
                        JSONBenchmarkShow(run: found, cells: cells.map(JSONBenchmarkCell.init)), snakeCase: true))
            case .csv:
                var lines = [
                    "run_id,district_code,family,kind,item,level,unit,n_outlets,total_weight,p25_fen,p50_fen,p75_fen,status"
                ]
                for cell in cells {
                    let money = [cell.p25Fen, cell.p50Fen, cell.p75Fen].map { $0.map(String.init) ?? "" }
                    var fields = [
                        String(cell.runID), cell.districtCode ?? "", cell.key.family.rawValue, cell.key.kind.rawValue,
                    ]
                    fields += [cell.key.item, cell.key.level ?? "", cell.key.unit.rawValue, String(cell.outlets)]
                    fields += [String(cell.totalWeight)] + money + [cell.status.rawValue]
                    lines.append(CSVText.line(fields))
                }
                Console.out(lines.joined(separator: "\n"))
            case .table:
                Console.out(
                    lang.t(
                        "基准第 \(found.id) 次：截止 \(found.asOf)，每格至少 \(found.minOutlets) 家市场化网点，计算于 \(found.computedAt)（\(found.officer)）。",
                        "Benchmark run \(found.id): cut-off \(found.asOf), at least \(found.minOutlets) market outlets a cell, computed \(found.computedAt) by \(found.officer)."
                    ))
                var table = TextTable([
                    .init(title: lang.t("区县", "district")), .init(title: lang.t("类型", "kind")),
                    .init(title: lang.t("项目", "item")), .init(title: lang.t("等级/班型", "level/class")),
                    .init(title: lang.t("单位", "unit")), .init(title: lang.t("网点", "outlets"), rightAligned: true),
                    .init(title: lang.t("权重", "weight"), rightAligned: true), .init(title: "P25", rightAligned: true),
                    .init(title: "P50", rightAligned: true), .init(title: "P75", rightAligned: true),
                    .init(title: lang.t("状态", "status")),
                ])
                for cell in cells {
                    let place = cell.districtCode.map { names[$0] ?? $0 } ?? lang.t("全市", "city")
                    let level =
                        cell.key.level.map { raw in
                            CareLevel(rawValue: raw)?.name(lang) ?? ClassType(rawValue: raw)?.name(lang) ?? raw
                        } ?? "—"
                    func money(_ fen: Int64?) -> String { fen.map { Formatting.yuan($0, lang) } ?? "—" }
                    table.append([
                        place, cell.key.kind.name(lang), cell.key.item, level, cell.key.unit.name(lang),
                        String(cell.outlets),
                        String(cell.totalWeight), money(cell.p25Fen), money(cell.p50Fen), money(cell.p75Fen),
                        lang.t(cell.status.nameZH, cell.status.rawValue),
                    ])
                }
                Console.out(table.render())
            }
        }
    }
}
