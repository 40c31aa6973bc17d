import Foundation
import PuhuiResources
import Rules

/// The default rule set, `Seed/rules/nantong-inclusive.yaml`, embedded in the binary.
public enum DefaultRuleSet {
    /// Its path among the embedded files (and in the repository).
    public static let path = "Seed/rules/nantong-inclusive.yaml"

    /// Compiles the embedded file. Throws `RegistryError.missingResource` when the binary lacks
    /// it, or the `RuleSetError` of a broken file (which the rule set's own tests prevent).
    public static func load() throws -> CompiledRuleSet {
        guard let data = Resources.data(path) else { throw RegistryError.missingResource(path) }
        return try CompiledRuleSet.compile(data: data, fileName: path)
    }
}
