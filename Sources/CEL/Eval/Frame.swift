/// Per-evaluation state: the variable slots, the dynamic bindings, the comprehension
/// locals, the remaining cost budget and (when tracing) the trace records.
/// One Frame is created per `evaluate` call and never shared between threads.
///
/// The budget is a cost model, not a stopwatch: every comprehension step costs one unit,
/// and so does every element an operation visits — equality, ordering, `in`, string
/// conversion, `format`, `join`, concatenation — and every 16 bytes of string or bytes an
/// operation reads or writes (see `Cost`). Values can share structure (`cel.bind(a, [b, b],
/// …)` doubles a list's logical size at no cost to build), so charging for what is *walked*
/// is what bounds the work: no expression can do more than a fixed multiple of the budget.
struct Frame {
    let slots: [CELValue]
    /// Variables by name; nil when evaluating with slots only.
    let bindings: [String: CELValue]?
    var locals: [CELValue]
    var budget: Int
    var records: [(Int, CELValue)]?

    @inline(__always)
    init(slots: [CELValue], bindings: [String: CELValue]?, localCount: Int, budget: Int, tracing: Bool) {
        self.slots = slots
        self.bindings = bindings
        self.locals = localCount == 0 ? [] : Array(repeating: .null, count: localCount)
        self.budget = budget
        self.records = tracing ? [] : nil
    }

    /// Charges one comprehension step; false once the budget is spent.
    @inline(__always)
    mutating func step() -> Bool {
        budget -= 1
        return budget >= 0
    }

    /// Charges `units`; false once the budget is spent (it stays spent: every later charge
    /// fails too, so an absorbed limit error cannot be followed by more unbounded work).
    @inline(__always)
    mutating func charge(_ units: Int) -> Bool {
        budget -= units
        return budget >= 0
    }

    /// The evaluation's result: a spent budget is final even where `&&`, `||` or a macro
    /// absorbed the limit error on the way up, as in cel-go's and cel-cpp's cost limits.
    @inline(__always)
    func finish(_ v: CELValue) -> CELValue { budget < 0 ? Frame.budgetExceeded : v }

    static let budgetExceeded = CELValue.error(CELError(.limit, "evaluation cost budget exceeded"))
}

/// What operations cost, in budget units.
enum Cost {
    /// Bytes of string or bytes data per unit. Most string functions decode their text to code
    /// points first (a few nanoseconds per character), so 16 bytes cost about what one
    /// comprehension step or one visited element does; the budget then bounds a string-heavy
    /// evaluation to the same time as any other.
    static let bytesPerUnit = 16

    /// The cost of reading a value's top level: strings and bytes by length, lists and maps
    /// by element count, everything else nothing (scalars are O(1)).
    @inline(__always)
    static func shallow(_ v: CELValue) -> Int {
        switch v {
        case .string(let s): return s.utf8.count / bytesPerUnit
        case .bytes(let b): return b.count / bytesPerUnit
        case .list(let l): return l.count
        case .map(let m): return m.count
        default: return 0
        }
    }
}
