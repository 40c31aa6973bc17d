/// Records the value of the wrapped sub-expression for `evaluateWithTrace`.
final class TraceNode: Node, @unchecked Sendable {
    let inner: Node
    let id: Int
    init(_ inner: Node, id: Int) { self.inner = inner; self.id = id }
    override func eval(_ f: inout Frame) -> CELValue {
        let v = inner.eval(&f)
        f.records?.append((id, v))
        return v
    }
}
