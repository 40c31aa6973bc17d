import ArgumentParser
import PuhuiOutput
import Registry

/// `puhui credit list [--blacklist] [--as-of DATE]`.
struct CreditListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List breaches, or publish the blacklist on a day (失信记录 / 失信名单).",
        discussion: """
            With --blacklist: the public list on the day — operator, grounds, listed from, public \
            until (the maximum end; a repair ends it earlier). Without: every breach recorded on \
            or before the day, with its blacklisting's state.

            Examples:
              puhui credit list --blacklist
              puhui credit list --blacklist --as-of 2027-06-01 --format csv
              puhui credit list --format json
            """)

    @Flag(help: "The public blacklist instead of the breaches.")
    var blacklist = false

    @OptionGroup var list: ListingOptions

    func run() async throws {
        let lang = list.lang
        try await list.run { registry, date in
            if blacklist {
                try publish(try await registry.credit.publicBlacklist(on: date), date, lang)
            } else {
                let listings = Dictionary(
                    uniqueKeysWithValues: try await registry.credit.blacklistings(operatorUSCC: nil).map {
                        ($0.breachID, $0)
                    })
                try breaches(
                    try await registry.credit.breaches(operatorUSCC: nil).filter { $0.occurredOn <= date }, listings,
                    try await registry.outlets.operatorNames(), date, lang)
            }
        }
    }

    func publish(_ entries: [BlacklistEntry], _ date: LocalDate, _ lang: Language) throws {
        switch list.format {
        case .json:
            Console.out(try JSONOutput.encode(entries.map(BlacklistEntryJSON.init), snakeCase: true))
        case .csv:
            Console.out(
                CSVText.render(
                    header: [
                        "id", "operator_uscc", "operator_name", "category", "listed_on", "minimum_end", "public_until",
                        "outlet_id",
                    ],
                    rows: entries.map { e in
                        [
                            String(e.blacklisting.id), e.blacklisting.operatorUSCC, e.operatorName,
                            e.breach.category.rawValue,
                            e.blacklisting.listedOn.description, e.blacklisting.minimumEnd.description,
                            e.publicUntil.description, e.breach.outletID,
                        ]
                    }))
        case .table:
            guard !entries.isEmpty else {
                Console.out(lang.t("\(date) 失信名单为空。", "The blacklist is empty on \(date)."))
                return
            }
            Console.out(lang.t("失信名单（\(date)）", "Blacklist on \(date)"))
            var table = TextTable([
                .init(title: lang.t("编号", "id"), rightAligned: true), .init(title: lang.t("运营主体", "operator")),
                .init(title: lang.t("统一社会信用代码", "credit code")), .init(title: lang.t("事由", "grounds")),
                .init(title: lang.t("列入日", "from")), .init(title: lang.t("公开至", "until")),
            ])
            for e in entries {
                table.append([
                    String(e.blacklisting.id), e.operatorName, e.blacklisting.operatorUSCC,
                    e.breach.category.name(lang),
                    e.blacklisting.listedOn.description, e.publicUntil.description,
                ])
            }
            Console.out(table.render())
        }
    }

    func breaches(
        _ all: [CreditBreach], _ listings: [Int64: Blacklisting], _ names: [String: String], _ date: LocalDate,
        _ lang: Language
    ) throws {
        switch list.format {
        case .json:
            Console.out(
                try JSONOutput.encode(
                    all.map {
                        BreachEntry(breach: $0, blacklisting: listings[$0.id], state: listings[$0.id]?.state(on: date))
                    }, snakeCase: true))
        case .csv:
            Console.out(
                CSVText.render(
                    header: [
                        "id", "operator_uscc", "outlet_id", "category", "occurred_on", "pledge_id", "evidence",
                        "blacklisting_id", "blacklisting_state",
                    ],
                    rows: all.map { b in
                        let listing = listings[b.id]
                        return [
                            String(b.id), b.operatorUSCC, b.outletID, b.category.rawValue, b.occurredOn.description,
                            b.pledgeID.map(String.init) ?? "", b.evidence, listing.map { String($0.id) } ?? "",
                            listing?.state(on: date).rawValue ?? "",
                        ]
                    }))
        case .table:
            guard !all.isEmpty else {
                Console.out(lang.t("截至 \(date) 无失信记录。", "No breaches recorded by \(date)."))
                return
            }
            var table = TextTable([
                .init(title: lang.t("编号", "id"), rightAligned: true), .init(title: lang.t("日期", "on")),
                .init(title: lang.t("网点", "outlet")), .init(title: lang.t("运营主体", "operator"), maxWidth: 24),
                .init(title: lang.t("类别", "category")), .init(title: lang.t("失信名单", "blacklist")),
                .init(title: lang.t("证据", "evidence"), maxWidth: 30),
            ])
            for b in all {
                let state = listings[b.id].map { "#\($0.id) " + $0.state(on: date).name(lang) } ?? "—"
                table.append([
                    String(b.id), b.occurredOn.description, b.outletID, names[b.operatorUSCC] ?? b.operatorUSCC,
                    b.category.name(lang), state, b.evidence,
                ])
            }
            Console.out(table.render())
        }
    }

    /// One line of the public list in JSON.
    struct BreachEntry: Encodable {
        let breach: CreditBreach
        let blacklisting: Blacklisting?
        let state: BlacklistingState?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(breach, forKey: .breach)
            try container.encode(blacklisting, forKey: .blacklisting)
            try container.encode(state, forKey: .blacklistingState)
        }

        enum Keys: String, CodingKey { case breach, blacklisting, blacklistingState }
    }
}
