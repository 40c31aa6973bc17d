/// A closed set of values stored by a stable English identifier (its raw value), shown in
/// Chinese or English. Parsing an unknown identifier lists the valid ones.
public protocol RegistryEnum: RawRepresentable, CaseIterable, Localized, Sendable, Codable, Hashable
where RawValue == String {
    /// What the value is called in messages, e.g. 类型 / "kind" or 法人类型 / "legal form".
    static var valueName: LocalizedText { get }
}

extension RegistryEnum {
    /// The value's English name, for messages about stored data.
    public static var valueDescription: String { valueName.en }

    /// The valid identifiers, comma-separated, in declaration order.
    public static var validValues: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }

    /// Parses a stored identifier; throws `RegistryError.invalidValue` listing the valid ones.
    public static func parse(_ text: String) throws(RegistryError) -> Self {
        guard let value = Self(rawValue: text) else {
            throw RegistryError.invalidValue(
                what: valueName, value: text,
                reason: LocalizedText(zh: "可用取值：\(validValues)", en: "unknown \(valueName.en) (valid: \(validValues))"))
        }
        return value
    }
}
