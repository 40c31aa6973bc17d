import Foundation

/// A file of dated parameters only, in the rule set's style (`parameters:` with `title` and
/// `values: [{from, value, basis}]`), without rules or tests: e.g. the plan's targets
/// (`Seed/targets/nantong-plan-2025.yaml`). Read by the same loader as rule files, so a value,
/// a date or a basis is checked and reported exactly as there (`file:line:column`).
public struct ParameterFile: Sendable {
    /// `parameter_set:` — e.g. `nantong-plan-2025`.
    public let id: String
    /// `version:` — e.g. `2025.1`.
    public let version: String
    public let title: RuleText
    /// SHA-256 of the file's bytes, lower-case hex.
    public let hash: String
    public let fileName: String
    /// Parameters in file order.
    public let parameters: [RuleParameter]

    /// Reads a parameter file's bytes (UTF-8, an optional byte-order mark). Throws a
    /// `RuleSetError` listing every problem found.
    public static func load(data: Data, fileName: String) throws(RuleSetError) -> ParameterFile {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw RuleSetError(diagnostics: [
                RuleDiagnostic(file: fileName, line: 1, column: 1, message: RuleSetLoader.notUTF8, sourceLine: "")
            ])
        }
        var loader = RuleSetLoader(text: text, fileName: fileName, vocabulary: .puhui)
        let parts = loader.loadParameterFile()
        guard loader.diagnostics.isEmpty, let parts else {
            throw RuleSetError(diagnostics: loader.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
        return ParameterFile(
            id: parts.id, version: parts.version, title: parts.title,
            hash: CompiledRuleSet.contentHash(of: data), fileName: fileName, parameters: parts.parameters)
    }

    /// A parameter by name.
    public func parameter(_ name: String) -> RuleParameter? {
        parameters.first { $0.name == name }
    }
}
