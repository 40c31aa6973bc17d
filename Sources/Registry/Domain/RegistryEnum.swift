/// A closed set of values stored by a stable English identifier (its raw value), shown in
/// Chinese or English. Parsing an unknown identifier lists the valid ones.
public protocol RegistryEnum: RawRepresentable, CaseIterable, Localized, Sendable, Codable, Hashable
where RawValue == String {
    /// What the value is called in messages, e.g. "kind" or "legal form".
    static var valueDescription: String { get }
}

extension RegistryEnum {
    /// The valid identifiers, comma-separated, in declaration order.
    public static var validValues: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// Parses a stored identifier; throws `RegistryError.invalidValue` listing the valid ones.
    public static func parse(_ text: String) throws(RegistryError) -> Self {
        guard let value = Self(rawValue: text) else {
            throw RegistryError.invalidValue(
                what: valueDescription, value: text, reason: "unknown \(valueDescription) (valid: \(validValues))")
        }
        return value
    }
}
