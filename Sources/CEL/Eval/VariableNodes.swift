/// Leaf nodes: constants, declared variables (slots), comprehension locals, and
/// names resolved against the dynamic bindings.

final class ConstNode: Node, @unchecked Sendable {
    let value: CELValue
    init(_ v: CELValue) { value = v }
    override func eval(_ f: inout Frame) -> CELValue { value }
}

/// A declared variable, read by slot index (no name lookup at runtime). When the
/// program is evaluated with a dictionary there are no slots, and the name is looked
/// up only if this node is actually reached (short-circuited reads cost nothing).
final class SlotNode: Node, @unchecked Sendable {
    let index: Int
    let name: String
    init(_ i: Int, name: String) {
        index = i
        self.name = name
    }
    override func eval(_ f: inout Frame) -> CELValue {
        if index < f.slots.count { return f.slots[index] }
        return f.bindings?[name] ?? .error(CELError(.unknownVariable, "undeclared reference to '\(name)'"))
    }
}

/// A comprehension or `cel.bind` variable.
final class LocalNode: Node, @unchecked Sendable {
    let index: Int
    init(_ i: Int) { index = i }
    override func eval(_ f: inout Frame) -> CELValue { f.locals[index] }
}

/// An undeclared name looked up in the dynamic bindings. For a qualified name
/// `a.b.c` the candidates are tried longest first (`a.b.c`, `a.b`, `a`), each also
/// qualified by the enclosing container scopes, and the remaining components are
/// selected as fields (spec "Name Resolution").
final class DynamicIdentNode: Node, @unchecked Sendable {
    /// Candidate binding names with the number of name components each one consumed.
    let candidates: [(name: String, used: Int)]
    let fields: [String]
    let fallback: CELValue?
    init(components: [String], scopes: [String], fallback: CELValue?) {
        var c: [(name: String, used: Int)] = []
        for n in stride(from: components.count, through: 1, by: -1) {
            let name = components[0..<n].joined(separator: ".")
            for scope in scopes { c.append((scope + name, n)) }
        }
        candidates = c
        fields = components
        self.fallback = fallback
    }
    override func eval(_ f: inout Frame) -> CELValue {
        if let bindings = f.bindings {
            for (name, used) in candidates {
                guard var v = bindings[name] else { continue }
                for field in fields[used...] {
                    if case .error = v { return v }
                    v = Ops.select(v, field)
                }
                return v
            }
        }
        if let fallback { return fallback }
        return .error(CELError(.unknownVariable, "undeclared reference to '\(fields.first ?? "")'"))
    }
}
