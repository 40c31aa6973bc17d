import ArgumentParser

/// `puhui rules`: work on rule files — check, test, show.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check, test and read verification rule files (核验规则文件).",
        discussion: """
            A rule file is YAML: dated parameters, rules with CEL conditions, and tests. The format \
            and the facts every rule may read are in docs/RULES.md. The default rule set is \
            Seed/rules/nantong-inclusive.yaml, built into puhui.

            Examples:
              puhui rules check Seed/rules/nantong-inclusive.yaml
              puhui rules test Seed/rules/nantong-inclusive.yaml
              puhui rules show Seed/rules/nantong-inclusive.yaml --as-of 2024-12-31
            """,
        subcommands: [RulesCheckCommand.self, RulesTestCommand.self, RulesShowCommand.self])
}
