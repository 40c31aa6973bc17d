import ArgumentParser

/// The `puhui` command tree: the registry of inclusive (普惠) elder-care and childcare outlets.
public struct Puhui: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "puhui",
        abstract: "The registry of inclusive (普惠) elder-care and childcare outlets.",
        discussion: """
            Residents find certified outlets near home and read their records; officers import, \
            export and supervise the registry. The registry is --db PATH, else $PUHUI_DB, else \
            ~/.local/share/puhui/registry.sqlite (created with the sample data on first use).

            Examples:
              puhui search --near 32.0100,120.8600 --radius 3000 --kind childcare
              puhui show NT-0001
              puhui import outlets outlets.csv --officer wang.li --dry-run
              puhui certify apply NT-0001 --level provincial --officer wang.li
              puhui badge verify NTE-2024-00006-6
            """,
        subcommands: [
            InitCommand.self,
            SearchCommand.self,
            ShowCommand.self,
            ImportCommand.self,
            ExportCommand.self,
            RulesCommand.self, VerifyCommand.self,
            OfficerCommand.self, AuditCommand.self,
            BenchmarkCommand.self,
            StatsCommand.self, ReportCommand.self,
            PledgeCommand.self, CreditCommand.self, ReviewCommand.self, InspectionCommand.self,
            CertifyCommand.self, BadgeCommand.self,
        ]
    )

    public init() {}
}
