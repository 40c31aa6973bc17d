/// Why a rule file could not be used: every problem found in it (not only the first), in
/// source order, or a file that is not readable at all.
public struct RuleSetError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [RuleDiagnostic]

    public init(diagnostics: [RuleDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
