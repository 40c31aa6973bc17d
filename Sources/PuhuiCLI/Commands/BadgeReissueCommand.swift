import ArgumentParser
import Registry

/// `puhui badge reissue NUMBER --reason TEXT`.
struct BadgeReissueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reissue",
        abstract: "Re-issue a lost badge: the old number is voided, a new one issued (换发统一标识).",
        discussion: """
            For the outlet's current badge while certified or suspended: a new number (next serial \
            of the family and the year of --on) for the same recognition and validity; the old \
            number verifies as void from --on, naming its replacement. --reason is required.

            Examples:
              puhui badge reissue NTE-2024-00006-6 --officer wang.li --reason "标识牌遗失"
            """)

    @Argument(help: ArgumentHelp("The badge number to void.", valueName: "number"))
    var number: String

    @OptionGroup var step: RecognitionStepOptions

    func run() async throws {
        try await step.run { registry, officer, day in
            [
                try await registry.badges.reissueBadge(
                    number: number, on: day, officer: officer, reason: step.officer.reason)
            ]
        }
    }
}
