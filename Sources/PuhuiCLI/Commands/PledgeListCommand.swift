import ArgumentParser
import PuhuiOutput
import Registry

/// `puhui pledge list [OUTLET] [--as-of DATE]`.
struct PledgeListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List signed pledges, and which are current (承诺列表).",
        discussion: """
            A pledge is current on a day when it is the outlet's latest signed on or before it, \
            not withdrawn, and its template version is still accepted.

            Examples:
              puhui pledge list
              puhui pledge list NT-0001 --as-of 2026-12-31 --format csv
            """)

    @Argument(help: ArgumentHelp("Only this outlet's pledges.", valueName: "outlet"))
    var outlet: String?

    @OptionGroup var list: ListingOptions

    func run() async throws {
        let lang = list.lang
        try await list.run { registry, date in
            let wanted = try await ListingOptions.outlet(outlet, in: registry)
            let pledges = try await registry.credit.pledges(outletID: wanted)
            let templates = try PledgeTemplates.embedded()
            var current: Set<Int64> = []
            for id in Set(pledges.compactMap(\.outletID)) {
                if let pledge = try await registry.credit.currentPledge(outletID: id, on: date, templates: templates) {
                    current.insert(pledge.id)
                }
            }
            switch list.format {
            case .json:
                Console.out(
                    try JSONOutput.encode(
                        pledges.map { Listed(pledge: $0, current: current.contains($0.id)) }, snakeCase: true))
            case .csv:
                Console.out(
                    CSVText.render(
                        header: [
                            "id", "kind", "outlet_id", "operator_uscc", "signatory", "signatory_role", "signed_on",
                            "withdrawn_on", "template_id", "template_version", "text_sha256", "current",
                        ],
                        rows: pledges.map { p in
                            [
                                String(p.id), p.kind.rawValue, p.outletID ?? "", p.operatorUSCC, p.signatory,
                                p.signatoryRole.rawValue,
                                p.signedOn.description, p.withdrawnOn?.description ?? "", p.templateID,
                                String(p.templateVersion),
                                p.textSHA256, current.contains(p.id) ? "true" : "false",
                            ]
                        }))
            case .table:
                guard !pledges.isEmpty else {
                    Console.out(
                        lang.t("尚无信用承诺。用 puhui pledge sign 登记。", "No pledges yet. Record one with puhui pledge sign."))
                    return
                }
                var table = TextTable([
                    .init(title: lang.t("编号", "id"), rightAligned: true), .init(title: lang.t("类型", "kind")),
                    .init(title: lang.t("网点", "outlet")), .init(title: lang.t("签署人", "signatory")),
                    .init(title: lang.t("签署日", "signed")), .init(title: lang.t("文本", "text")),
                    .init(title: lang.t("截至 \(date)", "as of \(date)")),
                ])
                for p in pledges {
                    let state =
                        current.contains(p.id)
                        ? lang.t("现行", "current")
                        : p.withdrawnOn.map { lang.t("\($0) 撤回", "withdrawn \($0)") }
                            ?? (p.kind == .repair ? lang.t("修复承诺", "repair") : lang.t("非现行", "not current"))
                    table.append([
                        String(p.id), p.kind.name(lang), p.outletID ?? p.operatorUSCC,
                        "\(p.signatory)（\(p.signatoryRole.name(lang))）", p.signedOn.description,
                        "\(p.templateID) v\(p.templateVersion)", state,
                    ])
                }
                Console.out(table.render())
            }
        }
    }

    /// A pledge in `--format json`, with whether it is current on the day.
    struct Listed: Encodable {
        let pledge: CreditPledge
        let current: Bool

        func encode(to encoder: any Encoder) throws {
            try pledge.encode(to: encoder)
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(current, forKey: .current)
        }

        enum Keys: String, CodingKey { case current }
    }
}
