import ArgumentParser
import Foundation
import PuhuiOutput
import Registry

/// `puhui credit show OPERATOR [--as-of DATE]`: one operator's credit record.
struct CreditShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an operator's credit record (运营主体信用记录).",
        discussion: """
            The operator's breaches, blacklistings with their state on the day, and pledges.

            Examples:
              puhui credit show 52320602524883975L
              puhui credit show 52320602524883975L --as-of 2027-06-01 --format json
            """)

    @Argument(help: ArgumentHelp("The operator's credit code (统一社会信用代码).", valueName: "uscc"))
    var uscc: String

    @OptionGroup var asOf: AsOfOption

    @Option(help: "Output format.")
    var format: RecordFormat = .table

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let date = asOf.resolve()
            let registry = try RegistrySession(common).openForReading()
            let code = uscc.trimmingCharacters(in: .whitespaces).uppercased()
            guard let name = try await registry.outlets.operatorNames()[code] else {
                throw CreditError.operatorNotFound(code)
            }
            let breaches = try await registry.credit.breaches(operatorUSCC: code).filter { $0.occurredOn <= date }
            let listings = try await registry.credit.blacklistings(operatorUSCC: code).filter { $0.listedOn <= date }
            let pledges = try await registry.credit.pledges(outletID: nil).filter {
                $0.operatorUSCC == code && $0.signedOn <= date
            }
            switch format {
            case .json:
                Console.out(
                    try JSONOutput.encode(
                        Record(
                            uscc: code, name: name, asOf: date,
                            blacklisted: listings.contains { $0.isActive(on: date) },
                            breaches: breaches, blacklistings: listings, pledges: pledges), snakeCase: true))
            case .table:
                let active = listings.filter { $0.isActive(on: date) }
                Console.out("\(name)  \(code)")
                Console.out(
                    active.isEmpty
                        ? lang.t("\(date) 未列入失信名单", "not on the blacklist on \(date)")
                        : lang.t("\(date) 在失信名单上，公开至 ", "on the blacklist on \(date), public until ")
                            + (active.map { $0.publicUntil(asOf: date) }.max()?.description ?? ""))
                Console.out("")
                Console.out(lang.t("失信记录（\(breaches.count)）", "Breaches (\(breaches.count))"))
                for b in breaches {
                    Console.out("  #\(b.id) \(b.occurredOn) \(b.outletID) \(b.category.name(lang))：\(b.evidence)")
                }
                Console.out(lang.t("失信名单（\(listings.count)）", "Blacklistings (\(listings.count))"))
                for l in listings {
                    Console.out("  #\(l.id) " + l.state(on: date).name(lang) + " · " + CreditText.periods(l, lang))
                }
                Console.out(lang.t("承诺（\(pledges.count)）", "Pledges (\(pledges.count))"))
                for p in pledges {
                    Console.out("  " + CreditText.pledge(p, lang) + (p.outletID.map { " · \($0)" } ?? ""))
                }
            }
        }
    }

    struct Record: Encodable {
        let uscc: String
        let name: String
        let asOf: LocalDate
        let blacklisted: Bool
        let breaches: [CreditBreach]
        let blacklistings: [Blacklisting]
        let pledges: [CreditPledge]
    }
}
