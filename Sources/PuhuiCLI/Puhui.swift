import ArgumentParser

/// The `puhui` command tree: the registry of inclusive (普惠) elder-care and childcare outlets.
package struct Puhui: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
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
              puhui badge verify NTE-2024-00006-6
              puhui certify apply NT-0057 --level municipal --officer wang.li
              puhui stats --district 320613

            Shell completion: puhui --generate-completion-script bash|zsh|fish (README, "Install").
            """,
        version: PuhuiVersion.text,
        subcommands: [
            // Residents.
            SearchCommand.self, ShowCommand.self, BadgeCommand.self,
            // The registry's records.
            InitCommand.self, ImportCommand.self, ExportCommand.self, TemplateCommand.self,
            // Recognition and supervision.
            CertifyCommand.self, VerifyCommand.self, RulesCommand.self,
            PledgeCommand.self, CreditCommand.self, ReviewCommand.self, InspectionCommand.self,
            // Prices and the plan's targets.
            BenchmarkCommand.self, StatsCommand.self, ReportCommand.self,
            // Who changes the registry, and the record of every change.
            OfficerCommand.self, AuditCommand.self,
            // The registry as an HTTP service.
            ServeCommand.self,
        ]
    )

    package init() {}
}
