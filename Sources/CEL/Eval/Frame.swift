/// Per-evaluation state: the variable slots, the dynamic bindings, the comprehension
/// locals, the remaining iteration budget and (when tracing) the trace records.
/// One Frame is created per `evaluate` call and never shared between threads.
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

    static let budgetExceeded = CELValue.error(CELError(.limit, "comprehension iteration budget exceeded"))
}
