/// A compiled expression node. Subclasses override `eval`; all stored properties are
/// `let`, set at compile time, so sharing nodes across threads is safe.
class Node: @unchecked Sendable {
    func eval(_ f: inout Frame) -> CELValue { .null }
}
