import Foundation
import Registry

/// A small JSON tree for outputs whose shape is fixed by the issue (`{"badge", "status", …}`)
/// or that embed stored JSON (a recognition step's details) as JSON rather than as a string.
package indirect enum JSONField: Encodable, Sendable, Equatable {
    case text(String)
    case number(Int64)
    /// A measurement (coordinates, yuan): a JSON number with a fraction.
    case double(Double)
    case bool(Bool)
    case array([JSONField])
    case object([String: JSONField])
    case null

    package static func date(_ date: LocalDate?) -> JSONField { date.map { .text($0.description) } ?? .null }

    /// Stored JSON text as a tree (nil when it is not JSON).
    package static func parse(_ text: String) -> JSONField? {
        guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            return nil
        }
        return JSONField(value)
    }

    package init(_ value: Any) {
        switch value {
        case let text as String: self = .text(text)
        case let number as NSNumber:
            // JSON true/false arrive as NSNumbers made from a Bool (objCType "c").
            if String(cString: number.objCType) == "c" {
                self = .bool(number.boolValue)
            } else {
                self = .number(number.int64Value)
            }
        case let list as [Any]: self = .array(list.map(JSONField.init))
        case let object as [String: Any]: self = .object(object.mapValues(JSONField.init))
        default: self = .null
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .double(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        case .null: try container.encodeNil()
        }
    }
}
