import PuhuiCore

/// Why a rule file could not be used: every problem found in it (not only the first), in
/// source order, or a file that is not readable at all.
public struct RuleSetError: UserFacingError, CustomStringConvertible {
    public let diagnostics: [RuleDiagnostic]

    public init(diagnostics: [RuleDiagnostic]) {
        self.diagnostics = diagnostics
    }

    /// A headline in each language, then every diagnostic (`FILE:LINE:COLUMN: error: …` with the
    /// source line and a caret), each in the language of the message.
    public var message: LocalizedText {
        let count = diagnostics.count
        return LocalizedText(
            zh: "规则文件有 \(count) 处错误，未能使用：\n\(rendered(.zh))",
            en: "\(count) error\(count == 1 ? "" : "s") in the rule file; it was not used:\n\(rendered(.en))")
    }

    public var kind: FailureKind { .invalidData }

    /// Every diagnostic in `language`, one after another.
    public func rendered(_ language: Language) -> String {
        diagnostics.map { $0.rendered(language) }.joined(separator: "\n")
    }

    public var description: String { rendered(.en) }
}
