import ArgumentParser
import Foundation
import Registry

/// Who makes a change and why: every write names an officer (`--officer`, else `PUHUI_OFFICER`),
/// and the audit log keeps both.
struct OfficerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The officer making the change (else $PUHUI_OFFICER).", valueName: "id"))
    var officer: String?

    @Option(help: ArgumentHelp("Why the change is made; kept in the audit log.", valueName: "text"))
    var reason: String = ""

    /// The officer's id, or nil when neither the option nor the variable gives one.
    func resolvedOfficer(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let candidate = officer ?? environment["PUHUI_OFFICER"]
        guard let text = candidate?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text
    }
}

extension OfficerOptions {
    /// Before a write, and before any output: once the registry has officers, `who` must be an
    /// active registered one; while it has none, any name does, and one line on stderr
    /// recommends registering officers.
    static func checkWriter(_ who: String?, on registry: any RegistryStore, _ lang: Language) async throws {
        try await registry.officers.checkWriter(who)
        if try await !registry.officers.hasOfficers() {
            Console.err(
                lang.t(
                    "提示：本登记库尚未登记经办人，任何署名都可修改。建议用 puhui officer add 工号 --name 姓名 --district city 登记经办人。",
                    "note: this registry has no registered officers, so any name may change it; register them with puhui officer add ID --name NAME --district city."
                ))
        }
    }
}
