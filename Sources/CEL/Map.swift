/// The hashable form of a CEL map key. Integer keys are normalised so that
/// `1`, `1u` and `1.0` find the same entry (the spec's numeric key equivalence).
enum CELMapKey: Hashable, Sendable {
    case int(Int64)
    case uint(UInt64)  // only for values above Int64.max
    case bool(Bool)
    case string(StringKey)

    /// Wraps a string so that hashing and equality use code points, not Swift's
    /// canonical equivalence ('é' precomposed and decomposed are different keys).
    struct StringKey: Hashable, Sendable {
        let value: String
        static func == (a: StringKey, b: StringKey) -> Bool { CELValue.utf8Equal(a.value, b.value) }
        func hash(into h: inout Hasher) {
            // The bytes in one call (not byte by byte): keys can be long, and hashing is on
            // every map build and lookup.
            var s = value
            s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// The key for a value usable as a map key in a literal or binding.
    init?(_ v: CELValue) {
        switch v {
        case .int(let i): self = .int(i)
        case .uint(let u): self = u <= UInt64(Int64.max) ? .int(Int64(u)) : .uint(u)
        case .bool(let b): self = .bool(b)
        case .string(let s): self = .string(StringKey(value: s))
        default: return nil
        }
    }

    /// The key for a lookup: like `init` but doubles with an integral value also match.
    init?(lookup v: CELValue) {
        if case .double(let d) = v {
            if d.rounded(.towardZero) != d { return nil }
            if d >= -9.223372036854775808e18 && d < 9.223372036854775808e18 {
                self = .int(Int64(d))
            } else if d >= 0 && d < 1.8446744073709551616e19 {
                self = .uint(UInt64(d))
            } else {
                return nil
            }
            return
        }
        self.init(v)
    }
}

/// An immutable CEL map preserving insertion order (used for iteration and output).
public final class CELMap: Sendable {
    public let keys: [CELValue]
    public let values: [CELValue]
    let index: [CELMapKey: Int]

    /// Builds a map; entries whose key is not int/uint/bool/string are dropped, later
    /// duplicates replace earlier values.
    public init(pairs: [(CELValue, CELValue)]) {
        var keys: [CELValue] = []
        var values: [CELValue] = []
        var index: [CELMapKey: Int] = [:]
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (k, v) in pairs {
            guard let mk = CELMapKey(k) else { continue }
            if let i = index[mk] {
                values[i] = v
            } else {
                index[mk] = keys.count
                keys.append(k)
                values.append(v)
            }
        }
        self.keys = keys
        self.values = values
        self.index = index
    }

    /// Builds from Swift string keys.
    public convenience init(_ dict: [String: CELValue]) {
        self.init(pairs: dict.sorted { $0.key < $1.key }.map { (CELValue.string($0.key), $0.value) })
    }

    init(keys: [CELValue], values: [CELValue], index: [CELMapKey: Int]) {
        self.keys = keys
        self.values = values
        self.index = index
    }

    public var count: Int { keys.count }

    /// Looks a key up with CEL's numeric key equivalence.
    public subscript(key: CELValue) -> CELValue? {
        guard let k = CELMapKey(lookup: key), let i = index[k] else { return nil }
        return values[i]
    }

    subscript(string key: String) -> CELValue? {
        guard let i = index[.string(.init(value: key))] else { return nil }
        return values[i]
    }
}

/// Incrementally builds a map, reporting duplicate or invalid keys (map literals
/// must not repeat a key).
struct MapBuilder {
    var keys: [CELValue] = []
    var values: [CELValue] = []
    var index: [CELMapKey: Int] = [:]

    init(capacity: Int) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// Returns an error value when the key is invalid or repeated.
    mutating func add(_ k: CELValue, _ v: CELValue) -> CELError? {
        guard let mk = CELMapKey(k) else {
            return CELError(.invalidArgument, "unsupported key type: \(k.celType)")
        }
        if index[mk] != nil {
            return CELError(.duplicateKey, "Failed with repeated key: \(k.debugText)")
        }
        index[mk] = keys.count
        keys.append(k)
        values.append(v)
        return nil
    }

    func build() -> CELMap { CELMap(keys: keys, values: values, index: index) }
}
