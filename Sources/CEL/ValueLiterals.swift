/// Swift literal conformances so activations read naturally:
/// `["price": 1200, "name": "x", "tags": ["a"], "ok": true]`.
extension CELValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: CELValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (CELValue, CELValue)...) { self = .map(CELMap(pairs: elements)) }
}

extension CELValue {
    public init(_ v: Int) { self = .int(Int64(v)) }
    public init(_ v: Int64) { self = .int(v) }
    public init(_ v: UInt64) { self = .uint(v) }
    public init(_ v: Double) { self = .double(v) }
    public init(_ v: Bool) { self = .bool(v) }
    public init(_ v: String) { self = .string(v) }
    public init(_ v: [CELValue]) { self = .list(v) }
    public init(_ v: [String: CELValue]) { self = .map(CELMap(v)) }

    /// Swift accessors, nil when the value is of another kind.
    public var intValue: Int64? {
        if case .int(let v) = self { return v }
        return nil
    }
    public var uintValue: UInt64? {
        if case .uint(let v) = self { return v }
        return nil
    }
    public var doubleValue: Double? {
        if case .double(let v) = self { return v }
        return nil
    }
    public var boolValue: Bool? {
        if case .bool(let v) = self { return v }
        return nil
    }
    public var stringValue: String? {
        if case .string(let v) = self { return v }
        return nil
    }
    public var listValue: [CELValue]? {
        if case .list(let v) = self { return v }
        return nil
    }
    public var mapValue: CELMap? {
        if case .map(let v) = self { return v }
        return nil
    }
    public var errorValue: CELError? {
        if case .error(let v) = self { return v }
        return nil
    }
}
