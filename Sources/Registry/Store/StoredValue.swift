import GRDB

/// Decoding helpers for values read back from the registry: enums and dates were validated on
/// the way in, so a bad stored value means someone edited the file by hand — reported, not crashed on.
enum StoredValue {
    static func enumValue<E: RegistryEnum>(_ text: String, _ column: String) throws -> E {
        guard let value = E(rawValue: text) else {
            throw RegistryError.database("column \(column) holds an unknown \(E.valueDescription) \"\(text)\"")
        }
        return value
    }

    static func optionalEnum<E: RegistryEnum>(_ text: String?, _ column: String) throws -> E? {
        try text.map { try enumValue($0, column) }
    }

    static func date(_ text: String, _ column: String) throws -> LocalDate {
        do {
            return try LocalDate(parsing: text)
        } catch {
            throw RegistryError.database("column \(column) holds an impossible date \"\(text)\"")
        }
    }

    static func optionalDate(_ text: String?, _ column: String) throws -> LocalDate? {
        try text.map { try date($0, column) }
    }
}

/// How values are written in CSV fields (docs/CSV.md): empty for NULL, dates `YYYY-MM-DD`,
/// money with two decimals, booleans `yes`/`no`, decimals in the shortest form that reads back.
enum CSVField {
    static func text(_ value: String?) -> String { value ?? "" }
    static func int(_ value: Int?) -> String { value.map(String.init) ?? "" }
    static func double(_ value: Double) -> String { value.description }
    static func date(_ value: LocalDate?) -> String { value?.description ?? "" }
    static func enumValue<E: RegistryEnum>(_ value: E?) -> String { value?.rawValue ?? "" }
    static func bool(_ value: Bool) -> String { value ? "yes" : "no" }
}
