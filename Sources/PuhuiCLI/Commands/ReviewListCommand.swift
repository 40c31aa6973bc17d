import ArgumentParser
import PuhuiOutput
import Registry

/// `puhui review list [OUTLET] [--open] [--overdue] [--as-of DATE]`.
struct ReviewListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List reviews with counts, average and open bad reviews (评价列表).",
        discussion: """
            Counts and the average (to one decimal) are over the reviews made on or before the day. \
            --open keeps bad reviews not rectified by the day; --overdue those also past their \
            deadline.

            Examples:
              puhui review list NT-0001
              puhui review list --open
              puhui review list --overdue --as-of 2026-11-29 --format csv
            """)

    @Argument(help: ArgumentHelp("Only this outlet's reviews.", valueName: "outlet"))
    var outlet: String?

    @Flag(help: "Only bad reviews not yet rectified.")
    var open = false

    @Flag(help: "Only open bad reviews past their deadline.")
    var overdue = false

    @OptionGroup var list: ListingOptions

    func run() async throws {
        let lang = list.lang
        try await list.run { registry, date in
            let wanted = try await ListingOptions.outlet(outlet, in: registry)
            let all = try await registry.reviews.reviews(outletID: wanted).filter { $0.reviewedOn <= date }
            let summary = ReviewSummary(all, asOf: date)
            let shown = all.filter { review in
                if overdue { return review.isOverdue(on: date) }
                if open { return review.isOpen(on: date) }
                return true
            }
            switch list.format {
            case .json:
                Console.out(
                    try JSONOutput.encode(Listed(asOf: date, summary: summary, reviews: shown), snakeCase: true))
            case .csv:
                Console.out(
                    CSVText.render(
                        header: [
                            "id", "outlet_id", "score", "reviewed_on", "text", "follow_up_due", "follow_up_on",
                            "follow_up_text", "rectified_on", "open", "overdue",
                        ],
                        rows: shown.map { r in
                            [
                                String(r.id), r.outletID, String(r.score.rawValue), r.reviewedOn.description,
                                r.text ?? "",
                                r.followUpDue?.description ?? "", r.followUpOn?.description ?? "", r.followUpText ?? "",
                                r.rectifiedOn?.description ?? "", String(r.isOpen(on: date)),
                                String(r.isOverdue(on: date)),
                            ]
                        }))
            case .table:
                Console.out(
                    lang.t("评价（截至 \(date)）：", "Reviews (as of \(date)): ") + CreditText.reviewSummary(summary, lang))
                guard !shown.isEmpty else { return }
                var table = TextTable([
                    .init(title: lang.t("编号", "id"), rightAligned: true), .init(title: lang.t("网点", "outlet")),
                    .init(title: lang.t("日期", "on")), .init(title: lang.t("评分", "score")),
                    .init(title: lang.t("差评处理", "follow-up")), .init(title: lang.t("内容", "text"), maxWidth: 30),
                ])
                for r in shown {
                    table.append([
                        String(r.id), r.outletID, r.reviewedOn.description, "\(r.score.rawValue) \(r.score.name(lang))",
                        CreditText.reviewState(r, on: date, lang), r.text ?? "",
                    ])
                }
                Console.out(table.render())
            }
        }
    }

    struct Listed: Encodable {
        let asOf: LocalDate
        let summary: ReviewSummary
        let reviews: [Review]
    }
}
