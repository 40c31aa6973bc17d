import ArgumentParser

/// `puhui inspection`: on-site inspections (现场检查).
struct InspectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspection",
        abstract: "Record and list on-site inspections (现场检查).",
        discussion: """
            DOMAIN: at least one on-site inspection a year. Where an outlet has inspections \
            recorded, rule CR-04 warns when the last is older than the parameter \
            inspection_interval_months (12).

            Examples:
              puhui inspection add NT-0001 --on 2026-11-20 --result pass --officer wang.li
              puhui inspection add NT-0057 --result rectify --notes 通道堆物 --officer wang.li
              puhui inspection list NT-0001
            """,
        subcommands: [InspectionAddCommand.self, InspectionListCommand.self])
}
