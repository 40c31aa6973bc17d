import ArgumentParser
import Registry

/// `puhui credit repair BLACKLIST_ID --signatory NAME --on DATE`.
struct CreditRepairCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repair",
        abstract: "End a blacklisting by credit repair, with a repair pledge (信用修复).",
        discussion: """
            Only while the blacklisting is listed and on or after its minimum end (else refused, \
            naming the earliest day). Records the repair pledge (puhui pledge template --kind \
            repair) signed on --on by the operator's legal representative, and ends the listing \
            that day, in one transaction.

            Examples:
              puhui credit repair 1 --signatory 蒋静 --officer wang.li --reason 整改验收合格
            """)

    @Argument(help: ArgumentHelp("The blacklisting's id (puhui credit list --blacklist).", valueName: "id"))
    var id: Int64

    @OptionGroup var signed: SignatoryOptions

    @OptionGroup var recording: RecordingOptions

    func run() async throws {
        let lang = recording.lang
        try await recording.run { registry, who, date in
            let listing = try await registry.credit.repairBlacklisting(
                id: id, on: date, signatory: signed.signatory, role: signed.role,
                templates: try PledgeTemplates.embedded(),
                officer: who, reason: recording.officer.reason)
            try recording.output(listing) {
                lang.t(
                    "失信名单 #\(listing.id) 已于 \(date) 经信用修复移出（修复承诺 #\(listing.repairPledgeID ?? 0)）。",
                    "Blacklisting #\(listing.id) ended by credit repair on \(date) (repair pledge #\(listing.repairPledgeID ?? 0))."
                )
            }
        }
    }
}
