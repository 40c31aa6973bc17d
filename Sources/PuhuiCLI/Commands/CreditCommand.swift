import ArgumentParser

/// `puhui credit`: breaches, the blacklist (黑名单) and credit repair (信用修复).
struct CreditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credit",
        abstract: "Record breaches, publish the blacklist, repair credit (信用记录与失信名单).",
        discussion: """
            A breach is recorded against an outlet and its operator, linked to the outlet's \
            current pledge. Whether its category blacklists the operator, and for how long, are \
            the rule set's parameters on the breach day (credit_blacklist_categories, \
            credit_blacklist_min_months: 3 months, 12 for safety and fire; \
            credit_blacklist_max_months: 36). A blacklisting lapses by itself after its maximum; \
            `credit repair` ends it earlier, only from its minimum end and with a repair pledge. \
            See docs/CREDIT.md.

            Examples:
              puhui credit breach NT-0057 --category fire_hazard --evidence 重大隐患未整改
              puhui credit list --blacklist --as-of 2027-01-01
              puhui credit show 52320602524883975L
              puhui credit repair 1 --signatory 蒋静 --officer wang.li
            """,
        subcommands: [
            CreditBreachCommand.self, CreditRepairCommand.self, CreditListCommand.self, CreditShowCommand.self,
        ])
}
