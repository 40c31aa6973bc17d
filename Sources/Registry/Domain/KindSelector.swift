import Foundation

/// A kind filter as typed by a user: one kind (`childcare_family`) or a family group (`elder`,
/// `childcare`) that selects every kind of that family.
public struct KindSelector: Sendable, Equatable, Hashable {
    /// The kinds selected.
    public let kinds: Set<OutletKind>

    public init(kinds: Set<OutletKind>) {
        self.kinds = kinds
    }

    /// The values `parse` accepts: the two groups, then every kind.
    public static var validValues: [String] {
        CareFamily.allCases.map(\.rawValue) + OutletKind.allCases.map(\.rawValue)
    }

    /// Parses a kind or group; the error lists every valid value.
    public static func parse(_ text: String) throws(RegistryError) -> KindSelector {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let family = CareFamily(rawValue: trimmed) {
            return KindSelector(kinds: Set(OutletKind.allCases.filter { $0.family == family }))
        }
        if let kind = OutletKind(rawValue: trimmed) {
            return KindSelector(kinds: [kind])
        }
        throw RegistryError.invalidValue(
            what: OutletKind.valueName, value: text,
            reason: LocalizedText(
                zh: "没有这种类型或类别（可用：\(validValues.joined(separator: ", "))）",
                en: "unknown kind or group (valid: \(validValues.joined(separator: ", ")))"))
    }

    /// The union of several selectors (a repeated `--kind` option); empty means every kind.
    public static func union(_ selectors: [KindSelector]) -> Set<OutletKind> {
        selectors.reduce(into: Set<OutletKind>()) { $0.formUnion($1.kinds) }
    }
}
