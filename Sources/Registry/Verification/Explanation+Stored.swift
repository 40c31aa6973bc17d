import CEL
import Rules

extension Explanation {
    /// The explanation as stored with a verdict: the same members as its JSON in `verify`
    /// output (docs/RULES.md), written canonically (sorted keys, no whitespace) by the audit
    /// log's serialiser — several times faster than `JSONEncoder` for a million verdicts.
    var storedJSON: JSONValue {
        var members: [String: JSONValue] = ["basis": .string(basis)]
        if let reason {
            members["reason"] = .object([
                "code": .string(reason.code), "zh": .string(reason.text(chinese: true)),
                "en": .string(reason.text(chinese: false)),
            ])
        }
        if !facts.isEmpty {
            var read: [String: JSONValue] = [:]
            for fact in facts { read[fact.path] = Self.json(fact.value) }
            members["facts"] = .object(read)
        }
        if !parameters.isEmpty {
            members["parameters"] = .array(
                parameters.map {
                    .object([
                        "name": .string($0.name), "value": Self.json($0.value), "from": .string($0.from.description),
                        "basis": .string($0.basis),
                    ])
                })
        }
        if !conditions.isEmpty {
            members["conditions"] = .array(
                conditions.map { part in
                    var item: [String: JSONValue] = [
                        "clause": .string(part.clause), "expression": .string(part.expression),
                        "failed": .bool(part.isCulprit),
                    ]
                    if let value = part.value { item["value"] = Self.json(value) }
                    return .object(item)
                })
        }
        if let messageError { members["message_error"] = .string(messageError.message) }
        return .object(members)
    }

    /// A CEL value as JSON (as `CELValueJSON` encodes it).
    static func json(_ value: CELValue) -> JSONValue {
        switch value {
        case .null: .null
        case .bool(let flag): .bool(flag)
        case .int(let number): .int(number)
        case .uint(let number): number <= UInt64(Int64.max) ? .int(Int64(number)) : .string(String(number))
        case .double(let number): number.isFinite ? .double(number) : .string(value.explanationText)
        case .string(let text): .string(text)
        case .list(let items): .array(items.map(json))
        case .map(let map):
            .object(
                Dictionary(
                    zip(map.keys, map.values).map { (key, item) in (key.stringValue ?? key.debugText, json(item)) },
                    uniquingKeysWith: { first, _ in first }))
        case .error(let error): .object(["error": .string("\(error.kind.rawValue): \(error.message)")])
        default: .string(value.explanationText)
        }
    }
}
