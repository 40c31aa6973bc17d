import ArgumentParser
import Foundation
import PuhuiOutput
import Registry

/// `puhui certify list [--state S] [--expiring DAYS] [--district CODE]`.
struct CertifyListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "The officer's worklist: current recognitions by status or expiring soon (认定工作清单).",
        discussion: """
            Each outlet's current recognition with its live status as of --as-of (a certified one \
            past its validity shows as expired before the expiry is recorded). --expiring DAYS: \
            certified recognitions whose validity ends within DAYS days, soonest first.

            Examples:
              puhui certify list --state in_notice
              puhui certify list --expiring 30 --district 320613
              puhui certify list --state certified --format csv
            """)

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case table, json, csv
    }

    @Option(help: ArgumentHelp("Only this live status.", valueName: "state"))
    var state: CertificationStatus?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Only certified recognitions ending within this many days.", valueName: "days"))
    var expiring: Int?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Only outlets of this district, by code (320613) or name (崇川区); city: the whole city.",
            valueName: "district"), completion: DistrictSelector.completion, transform: DistrictSelector.transform)
    var district: DistrictSelector?

    @Option(help: ArgumentHelp("Output: table, json or csv.", valueName: "format"))
    var format: Format = .table

    @OptionGroup var common: CommonOptions
    @OptionGroup var asOf: AsOfOption

    func validate() throws {
        if let expiring, expiring < 0 {
            throw CLIError.usage("--expiring \(expiring)：请给 0 或更多天", "--expiring \(expiring): give 0 or more days")
        }
    }

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let day = asOf.resolve()
            let registry = try RegistrySession(common).openForReading()
            let listings = try await registry.recognition.recognitions(
                status: state, expiringWithin: expiring, district: district?.code,
                asOf: day)
            let header = [
                "outlet_id", "name", "district_code", "level", "status", "live_status", "status_on", "valid_to",
                "days_left", "badge_no",
            ]
            func fields(_ l: RecognitionListing) -> [String] {
                [
                    l.outletID, l.outletName, l.districtCode, l.level.rawValue, l.status.rawValue,
                    l.liveStatus.rawValue,
                    l.statusOn?.description ?? "", l.validTo?.description ?? "", l.daysLeft.map(String.init) ?? "",
                    l.badgeNo ?? "",
                ]
            }
            switch format {
            case .json:
                Console.out(try JSONOutput.encode(listings, snakeCase: true))
            case .csv:
                Console.out(CSVText.render(header: header, rows: listings.map(fields)))
            case .table:
                var table = TextTable([
                    .init(title: lang.t("网点", "outlet")), .init(title: lang.t("名称", "name"), maxWidth: 24),
                    .init(title: lang.t("区县", "district")), .init(title: lang.t("等级", "level")),
                    .init(title: lang.t("状态", "status")), .init(title: lang.t("有效期至", "valid to")),
                    .init(title: lang.t("剩余天数", "days left"), rightAligned: true),
                    .init(title: lang.t("统一标识", "badge")),
                ])
                for l in listings {
                    let live =
                        l.liveStatus == l.status
                        ? l.liveStatus.name(lang)
                        : "\(l.liveStatus.name(lang)) (\(lang.t("记录为", "recorded")) \(l.status.rawValue))"
                    table.append([
                        l.outletID, l.outletName, l.districtCode, l.level.name(lang), live,
                        l.validTo?.description ?? "",
                        l.daysLeft.map(String.init) ?? "", l.badgeNo ?? "",
                    ])
                }
                Console.out(table.render())
                Console.out(
                    lang.t("共 \(listings.count) 个（截至 \(day)）。", "\(listings.count) recognitions (as of \(day))."))
            }
        }
    }
}
