/// An implementation of a function for one arity. Receiver-style calls pass the
/// receiver as the first argument, so `'a'.size()` and `size('a')` share one entry.
enum Fn: Sendable {
    case unary(@Sendable (CELValue) -> CELValue)
    case binary(@Sendable (CELValue, CELValue) -> CELValue)
    case ternary(@Sendable (CELValue, CELValue, CELValue) -> CELValue)
    case variadic(@Sendable ([CELValue]) -> CELValue)
    /// A function that walks its arguments' elements (`join`, `format`, `math.greatest` of a
    /// list) and charges that walk to the evaluation's budget itself; any arity.
    case costed(@Sendable ([CELValue], inout Int) -> CELValue)
}

/// The function table: name → arity → implementation. Built once; resolution
/// happens at compile time, so evaluation never looks names up.
enum Library {
    /// Arity `-1` is a catch-all for variadic functions.
    static let table: [String: [Int: Fn]] = {
        var t: [String: [Int: Fn]] = [:]
        Conversions.register(&t)
        StringFunctions.register(&t)
        TimeFunctions.register(&t)
        MathFunctions.register(&t)
        StringExtensions.register(&t)
        OptionalFunctions.register(&t)
        Encoders.register(&t)
        return t
    }()

    static func lookup(_ name: String, arity: Int) -> Fn? {
        guard let byArity = table[name] else { return nil }
        return byArity[arity] ?? byArity[-1]
    }

    static func exists(_ name: String) -> Bool { table[name] != nil }

    static func noOverload(_ name: String, _ args: [CELValue]) -> CELValue {
        .error(
            CELError(
                .noSuchOverload,
                "no such overload: \(name)(\(args.map { $0.celType.name }.joined(separator: ", ")))"))
    }
}

extension Dictionary where Key == String, Value == [Int: Fn] {
    mutating func add(_ name: String, _ f: @escaping @Sendable (CELValue) -> CELValue) {
        self[name, default: [:]][1] = .unary(f)
    }
    mutating func add(_ name: String, _ f: @escaping @Sendable (CELValue, CELValue) -> CELValue) {
        self[name, default: [:]][2] = .binary(f)
    }
    mutating func add(_ name: String, _ f: @escaping @Sendable (CELValue, CELValue, CELValue) -> CELValue) {
        self[name, default: [:]][3] = .ternary(f)
    }
    mutating func addVariadic(_ name: String, _ f: @escaping @Sendable ([CELValue]) -> CELValue) {
        self[name, default: [:]][-1] = .variadic(f)
    }
    /// Registers a costed function for one arity (-1: any).
    mutating func addCosted(_ name: String, arity: Int, _ f: @escaping @Sendable ([CELValue], inout Int) -> CELValue) {
        self[name, default: [:]][arity] = .costed(f)
    }
}
