import CEL
import PuhuiCore

/// A CEL value as JSON: null, bool, numbers, strings, lists and maps as themselves; errors as
/// `{"error": "KIND: MESSAGE"}`; other kinds (timestamps, bytes, …) as their CEL text.
public struct CELValueJSON: Encodable, Sendable {
    public let value: CELValue

    public init(_ value: CELValue) {
        self.value = value
    }

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        switch value {
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .bool(let b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case .int(let i):
            var c = encoder.singleValueContainer()
            try c.encode(i)
        case .uint(let u):
            var c = encoder.singleValueContainer()
            try c.encode(u)
        case .double(let d) where d.isFinite:
            var c = encoder.singleValueContainer()
            try c.encode(d)
        case .string(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .list(let items):
            var c = encoder.unkeyedContainer()
            for item in items { try c.encode(CELValueJSON(item)) }
        case .map(let map):
            var c = encoder.container(keyedBy: Key.self)
            for (key, item) in zip(map.keys, map.values) {
                let name = key.stringValue ?? key.debugText
                try c.encode(CELValueJSON(item), forKey: Key(stringValue: name))
            }
        case .error(let error):
            var c = encoder.container(keyedBy: Key.self)
            try c.encode("\(error.kind.rawValue): \(error.message)", forKey: Key(stringValue: "error"))
        default:
            var c = encoder.singleValueContainer()
            try c.encode(value.debugText)
        }
    }
}

extension Explanation: Encodable {
    enum CodingKeys: String, CodingKey {
        case basis, reason, facts, parameters, conditions
        case messageError = "message_error"
    }

    struct ReasonJSON: Encodable {
        let code: String
        let zh: String
        let en: String
    }

    struct ParameterJSON: Encodable {
        let name: String
        let value: CELValueJSON
        let from: String
        let basis: String
    }

    struct ConditionJSON: Encodable {
        let clause: String
        let expression: String
        let value: CELValueJSON?
        let failed: Bool
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(basis, forKey: .basis)
        if let reason {
            try c.encode(
                ReasonJSON(code: reason.code, zh: reason.text(chinese: true), en: reason.text(chinese: false)),
                forKey: .reason)
        }
        if !facts.isEmpty {
            var f = c.nestedContainer(keyedBy: CELValueJSON.Key.self, forKey: .facts)
            for fact in facts { try f.encode(CELValueJSON(fact.value), forKey: .init(stringValue: fact.path)) }
        }
        if !parameters.isEmpty {
            try c.encode(
                parameters.map {
                    ParameterJSON(
                        name: $0.name, value: CELValueJSON($0.value), from: $0.from.description, basis: $0.basis)
                },
                forKey: .parameters)
        }
        if !conditions.isEmpty {
            try c.encode(
                conditions.map {
                    ConditionJSON(
                        clause: $0.clause, expression: $0.expression, value: $0.value.map(CELValueJSON.init),
                        failed: $0.isCulprit)
                }, forKey: .conditions)
        }
        if let messageError { try c.encode(messageError.message, forKey: .messageError) }
    }
}

extension Verdict: Encodable {
    enum CodingKeys: String, CodingKey {
        case rule, result, severity, message, explanation
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(result, forKey: .result)
        try c.encode(severity, forKey: .severity)
        try c.encode(message, forKey: .message)
        try c.encode(explanation, forKey: .explanation)
    }
}
