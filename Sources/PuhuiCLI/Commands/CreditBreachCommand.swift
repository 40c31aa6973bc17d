import ArgumentParser
import Foundation
import PuhuiOutput
import Registry

/// `puhui credit breach OUTLET --category C --evidence TEXT --on DATE`.
struct CreditBreachCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breach",
        abstract: "Record a breach; blacklist the operator where the rules say so (登记失信行为).",
        discussion: """
            The breach is linked to the outlet's pledge current on --on (if any). When the \
            category is one of the blacklist grounds in force that day, the operator is listed \
            from --on, public at least until --on + the minimum months and at most until --on + \
            the maximum months; the operator's recognitions are suspended in the same transaction.

            Examples:
              puhui credit breach NT-0057 --category fire_hazard --evidence 重大火灾隐患拒不整改
              puhui credit breach NT-0103 --category price_overcharge --evidence 收取公示外伙食费
            """)

    @Argument(help: ArgumentHelp("The outlet where the breach was found, e.g. NT-0001.", valueName: "outlet"))
    var outlet: String

    @Option(help: "The breach's category.")
    var category: BreachCategory

    @Option(help: ArgumentHelp("What shows it (document, inspection record).", valueName: "text"))
    var evidence: String

    @OptionGroup var recording: RecordingOptions

    func run() async throws {
        let lang = recording.lang
        try await recording.run { registry, who, date in
            let outcome = try await registry.credit.recordBreach(
                outletID: outlet.trimmingCharacters(in: .whitespaces), category: category, evidence: evidence, on: date,
                ruleSet: try DefaultRuleSet.load(), templates: try PledgeTemplates.embedded(), officer: who,
                reason: recording.officer.reason)
            try recording.output(BreachRecordedJSON(outcome)) { Self.text(outcome, lang) }
        }
    }

    /// What `credit breach` prints for people.
    static func text(_ outcome: BreachOutcome, _ lang: Language) -> String {
        let breach = outcome.breach
        let pledge =
            breach.pledgeID.map { lang.t("，违反承诺 #\($0)", ", breaking pledge #\($0)") }
            ?? lang.t("（当日无现行承诺）", " (no current pledge that day)")
        var lines = [
            lang.t(
                "已登记失信行为 #\(breach.id)：\(breach.outletID) · \(breach.category.nameZH) · \(breach.occurredOn)\(pledge)",
                "Recorded breach #\(breach.id): \(breach.outletID) · \(breach.category.nameEN) · \(breach.occurredOn)\(pledge)"
            )
        ]
        if let listing = outcome.blacklisting {
            lines.append(
                lang.t(
                    "运营主体 \(listing.operatorUSCC) 列入失信名单 #\(listing.id)：",
                    "Operator \(listing.operatorUSCC) blacklisted (#\(listing.id)): ")
                    + CreditText.periods(listing, lang))
            lines.append(lang.t("依据：", "basis: ") + listing.basis)
            lines.append(lang.t("涉及网点：", "Outlets of the operator: ") + outcome.operatorOutlets.joined(separator: ", "))
            if !outcome.suspendedOutlets.isEmpty {
                lines.append(
                    lang.t("已暂停认定：", "Recognition suspended: ") + outcome.suspendedOutlets.joined(separator: ", "))
            }
        } else {
            lines.append(
                lang.t(
                    "该类别不列入失信名单（参数 credit_blacklist_categories）。",
                    "This category does not blacklist (parameter credit_blacklist_categories)."))
        }
        return lines.joined(separator: "\n")
    }

}
