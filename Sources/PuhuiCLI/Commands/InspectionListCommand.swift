import ArgumentParser
import PuhuiOutput
import Registry

/// `puhui inspection list [OUTLET]`.
struct InspectionListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List on-site inspections (现场检查记录).",
        discussion: """
            Examples:
              puhui inspection list
              puhui inspection list NT-0001 --format csv
            """)

    @Argument(help: ArgumentHelp("Only this outlet's inspections.", valueName: "outlet"))
    var outlet: String?

    @OptionGroup var list: ListingOptions

    func run() async throws {
        let lang = list.lang
        try await list.run { registry, date in
            let wanted = try await ListingOptions.outlet(outlet, in: registry)
            let all = try await registry.inspections.inspections(outletID: wanted).filter { $0.inspectedOn <= date }
            switch list.format {
            case .json:
                Console.out(try JSONOutput.encode(all, snakeCase: true))
            case .csv:
                Console.out(
                    CSVText.render(
                        header: ["id", "outlet_id", "inspected_on", "result", "notes", "recorded_by", "recorded_at"],
                        rows: all.map { i in
                            [
                                String(i.id), i.outletID, i.inspectedOn.description, i.result.rawValue, i.notes ?? "",
                                i.recordedBy,
                                i.recordedAt,
                            ]
                        }))
            case .table:
                guard !all.isEmpty else {
                    Console.out(
                        lang.t(
                            "尚无现场检查记录。用 puhui inspection add 登记。",
                            "No inspections recorded. Record one with puhui inspection add."))
                    return
                }
                var table = TextTable([
                    .init(title: lang.t("编号", "id"), rightAligned: true), .init(title: lang.t("网点", "outlet")),
                    .init(title: lang.t("日期", "on")), .init(title: lang.t("结果", "result")),
                    .init(title: lang.t("经办人", "officer")), .init(title: lang.t("情况", "notes"), maxWidth: 40),
                ])
                for i in all {
                    table.append([
                        String(i.id), i.outletID, i.inspectedOn.description, i.result.name(lang), i.recordedBy,
                        i.notes ?? "",
                    ])
                }
                Console.out(table.render())
            }
        }
    }
}
