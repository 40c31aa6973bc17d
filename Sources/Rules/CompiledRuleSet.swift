import CEL
import Crypto
import Foundation

/// A rule file compiled once: its parameters, rules (one CEL program per `when`, `check` and
/// `message`) and tests. Immutable and `Sendable`: one instance serves every outlet of a batch
/// on every core. Identified by its **content hash**, the SHA-256 of the file's bytes, which every
/// stored verification run cites so that a decision can be traced to the exact rules applied.
public struct CompiledRuleSet: Sendable {
    /// `ruleset:` — e.g. `nantong-inclusive`.
    public let id: String
    /// `version:` — e.g. `2025.1`.
    public let version: String
    public let title: RuleText
    /// SHA-256 of the file's bytes, lower-case hex.
    public let hash: String
    /// The file name used in diagnostics.
    public let fileName: String
    /// Parameters in file order.
    public let parameters: [RuleParameter]
    public let rules: [Rule]
    public let tests: [RuleSetTest]
    let vocabulary: RuleVocabulary

    /// Parses and compiles a rule file. Throws a `RuleSetError` listing every problem found, each
    /// at its file:line:column.
    public static func compile(
        text: String, fileName: String, vocabulary: RuleVocabulary = .puhui
    ) throws(RuleSetError) -> CompiledRuleSet {
        var loader = RuleSetLoader(text: text, fileName: fileName, vocabulary: vocabulary)
        let parts = loader.load()
        guard loader.diagnostics.isEmpty, let parts else {
            throw RuleSetError(diagnostics: loader.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
        return CompiledRuleSet(
            id: parts.id, version: parts.version, title: parts.title, hash: contentHash(of: Data(text.utf8)),
            fileName: fileName, parameters: parts.parameters, rules: parts.rules, tests: parts.tests,
            vocabulary: vocabulary)
    }

    /// Compiles the bytes of a rule file (UTF-8, an optional byte-order mark); the hash is over
    /// exactly these bytes.
    public static func compile(
        data: Data, fileName: String, vocabulary: RuleVocabulary = .puhui
    ) throws(RuleSetError) -> CompiledRuleSet {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw RuleSetError(diagnostics: [
                RuleDiagnostic(file: fileName, line: 1, column: 1, message: RuleSetLoader.notUTF8, sourceLine: "")
            ])
        }
        let compiled = try compile(text: text, fileName: fileName, vocabulary: vocabulary)
        return compiled.withHash(contentHash(of: data))
    }

    /// SHA-256 of bytes as lower-case hex.
    public static func contentHash(of data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// The first 12 hex digits of the hash, for tables and messages.
    public var shortHash: String { String(hash.prefix(12)) }

    /// A parameter by name.
    public func parameter(_ name: String) -> RuleParameter? {
        parameters.first { $0.name == name }
    }

    /// A rule by id.
    public func rule(_ id: String) -> Rule? {
        rules.first { $0.id == id }
    }

    func withHash(_ hash: String) -> CompiledRuleSet {
        CompiledRuleSet(
            id: id, version: version, title: title, hash: hash, fileName: fileName, parameters: parameters,
            rules: rules, tests: tests, vocabulary: vocabulary)
    }
}
