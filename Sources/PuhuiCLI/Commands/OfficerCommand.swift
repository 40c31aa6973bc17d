import ArgumentParser

/// `puhui officer`: the registered officers (经办人) and their scope.
struct OfficerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "officer",
        abstract: "Register, list and deactivate officers (经办人管理).",
        discussion: """
            An officer acts for one county-level district or for the whole city. While a registry \
            has no officers, changes only need a name (--officer); the first `officer add` \
            registers a city-level officer without --officer, and from then on every change — \
            imports, stored verification runs, officer changes — needs an active registered \
            officer, and a district officer may import only outlets (and their prices) of that \
            district. Registering or deactivating officers needs a city-level officer. Every \
            change is in the audit log (puhui audit log --entity-type officer).

            Examples:
              puhui officer add wang.li --name 王力 --district city
              puhui officer add zhao.min --name 赵敏 --district 320613 --officer wang.li
              puhui officer list
              puhui officer deactivate zhao.min --officer wang.li --reason "调离"
            """,
        subcommands: [
            OfficerAddCommand.self, OfficerListCommand.self, OfficerDeactivateCommand.self, OfficerTokenCommand.self,
        ])
}
