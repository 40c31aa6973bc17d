import Foundation

/// JSON for machines: sorted keys, pretty-printed, slashes and non-ASCII left as they are.
/// `snakeCase` turns Swift property names into the CLI's JSON keys (`entityID` → `entity_id`,
/// `asOf` → `as_of`), so domain types are encoded as they are, without hand-made twins.
package enum JSONOutput {
    package static func encode<T: Encodable>(_ value: T, snakeCase: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        if snakeCase { encoder.keyEncodingStrategy = .convertToSnakeCase }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

extension JSONOutput {
    /// One line of JSON (sorted keys), for logs.
    package static func compact<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
