import ArgumentParser
import Registry

/// `puhui officer deactivate ID --officer WHO`.
struct OfficerDeactivateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deactivate",
        abstract: "Deactivate an officer: they can no longer change the registry (停用经办人).",
        discussion: """
            The officer stays in the list (and in the audit log's entries) as inactive. Needs an \
            active city-level --officer; the last active city-level officer cannot be deactivated.

            Examples:
              puhui officer deactivate zhao.min --officer wang.li --reason "调离"
            """)

    @Argument(help: ArgumentHelp("The officer to deactivate.", valueName: "id"))
    var id: String

    @OptionGroup var common: CommonOptions
    @OptionGroup var officer: OfficerOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            guard let who = officer.resolvedOfficer() else { throw OfficerError.officerRequired }
            let registry = try RegistrySession(common).openForWriting()
            let done = try await registry.officers.deactivateOfficer(id: id, by: who, reason: officer.reason)
            Console.out(
                lang.t(
                    "已停用经办人 \(done.id)（\(done.name)），经办人 \(who)。",
                    "Deactivated officer \(done.id) (\(done.name)), by \(who)."))
        }
    }
}
