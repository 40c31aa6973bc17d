import PuhuiCore

/// Why a rule file could not be used: every problem found in it (not only the first), in
/// source order, or a file that is not readable at all.
public struct RuleSetError: UserFacingError, CustomStringConvertible {
    public let diagnostics: [RuleDiagnostic]

    public init(diagnostics: [RuleDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// A headline in each language, then every diagnostic (`FILE:LINE:COLUMN: error: …` with the
    /// source line and a caret). The diagnostics' own words are English: they name YAML and CEL
    /// constructs, which are written in English in the rule file itself.
    public var message: LocalizedText {
        let count = diagnostics.count
        let list = diagnostics.map(\.description).joined(separator: "\n")
        return LocalizedText(
            zh: "规则文件有 \(count) 处错误，未能使用：\n\(list)",
            en: "\(count) error\(count == 1 ? "" : "s") in the rule file; it was not used:\n\(list)")
    }

    public var kind: FailureKind { .invalidData }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
