import ArgumentParser
import Foundation

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
