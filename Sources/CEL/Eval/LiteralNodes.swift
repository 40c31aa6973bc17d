/// List, map and message literals.

final class ListNode: Node, @unchecked Sendable {
    let elements: [Node]
    let optional: [Bool]
    init(_ e: [Node], optional: [Bool]) { elements = e; self.optional = optional }
    override func eval(_ f: inout Frame) -> CELValue {
        var out: [CELValue] = []
        out.reserveCapacity(elements.count)
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
    init(keys: [Node], values: [Node], optional: [Bool]) { self.keys = keys; self.values = values; self.optional = optional }
    override func eval(_ f: inout Frame) -> CELValue {
        var b = MapBuilder(capacity: keys.count)
        for i in 0..<keys.count {
            let k = keys[i].eval(&f)
            if case .error = k { return k }
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
        typeName = t; self.names = names; self.values = values; self.optional = optional
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
        return .object(CELObject(typeName: typeName, fields: fields))
    }
}
