/// List, map and message literals.

final class ListNode: Node, @unchecked Sendable {
    let elements: [Node]
    let optional: [Bool]
    init(_ e: [Node], optional: [Bool]) {
        elements = e
        self.optional = optional
    }
    override func eval(_ f: inout Frame) -> CELValue {
        var out: [CELValue] = []
        out.reserveCapacity(elements.count)
        // One unit per element: a literal `[a, a]` doubles a shared value's logical size, and
        // a comprehension can evaluate it a million times.
        if !f.charge(elements.count) { return Frame.budgetExceeded }
        for (i, e) in elements.enumerated() {
            let v = e.eval(&f)
            if case .error = v { return v }
            if optional[i] {
                guard case .optional(let o) = v else { return Library.noOverload("optional list element", [v]) }
                if let inner = o { out.append(inner) }
            } else {
                out.append(v)
            }
        }
        return .list(out)
    }
}

final class MapNode: Node, @unchecked Sendable {
    let keys: [Node]
    let values: [Node]
    let optional: [Bool]
    init(keys: [Node], values: [Node], optional: [Bool]) {
        self.keys = keys
        self.values = values
        self.optional = optional
    }
    override func eval(_ f: inout Frame) -> CELValue {
        var b = MapBuilder(capacity: keys.count)
        for i in 0..<keys.count {
            let k = keys[i].eval(&f)
            if case .error = k { return k }
            if !f.charge(1 + Cost.shallow(k)) { return Frame.budgetExceeded }  // hashing the key
            var v = values[i].eval(&f)
            if case .error = v { return v }
            if optional[i] {
                guard case .optional(let o) = v else { return Library.noOverload("optional map entry", [v]) }
                guard let inner = o else { continue }
                v = inner
            }
            if let e = b.add(k, v) { return .error(e) }
        }
        return .map(b.build())
    }
}

final class MessageNode: Node, @unchecked Sendable {
    let typeName: String
    let names: [String]
    let values: [Node]
    let optional: [Bool]
    init(_ t: String, names: [String], values: [Node], optional: [Bool]) {
        typeName = t
        self.names = names
        self.values = values
        self.optional = optional
    }
    override func eval(_ f: inout Frame) -> CELValue {
        var fields: [String: CELValue] = [:]
        for i in 0..<names.count {
            var v = values[i].eval(&f)
            if case .error = v { return v }
            if optional[i] {
                guard case .optional(let o) = v else { return Library.noOverload("optional field", [v]) }
                guard let inner = o else { continue }
                v = inner
            }
            fields[names[i]] = v
        }
        return MessageNode.wellKnown(typeName, fields) ?? .object(CELObject(typeName: typeName, fields: fields))
    }

    /// Protobuf well-known types become CEL values: `google.protobuf.Timestamp{seconds: s}`
    /// is a timestamp, `...Duration{...}` a duration, and the wrappers
    /// (`google.protobuf.Int64Value{value: 1}`) their plain value.
    static func wellKnown(_ name: String, _ fields: [String: CELValue]) -> CELValue? {
        guard name.hasPrefix("google.protobuf.") else { return nil }
        let short = name.dropFirst("google.protobuf.".count)
        func int(_ key: String) -> Int64? {
            guard let v = fields[key] else { return 0 }
            return v.intValue
        }
        switch short {
        case "Timestamp", "Duration":
            guard let s = int("seconds"), let n = int("nanos") else {
                return Library.noOverload(name, Array(fields.values))
            }
            if short == "Duration" {
                guard let d = CELDuration(seconds: s, nanos: n) else { return Ops.rangeError }
                return .duration(d)
            }
            guard n >= 0, n < 1_000_000_000, let t = CELTimestamp(seconds: s, nanos: Int32(n)) else {
                return Ops.rangeError
            }
            return .timestamp(t)
        case "BoolValue": return fields["value"] ?? .bool(false)
        case "BytesValue": return fields["value"] ?? .bytes([])
        case "DoubleValue", "FloatValue": return fields["value"] ?? .double(0)
        case "Int32Value", "Int64Value": return fields["value"] ?? .int(0)
        case "UInt32Value", "UInt64Value": return fields["value"] ?? .uint(0)
        case "StringValue": return fields["value"] ?? .string("")
        default: return nil
        }
    }
}
