/// Constant folding: a node whose operands are all constants is evaluated once at
/// compile time (every CEL function here is pure and deterministic), so rules such as
/// `age > duration('720h')` or `x in ['a', 'b']` do not rebuild their constants per
/// evaluation. Errors fold too: `1/0 || true` still yields `true` at runtime, because
/// an error is just a value. Folding is skipped for traced programs, which must record
/// every sub-expression.
protocol Foldable: Node {
    var operands: [Node] { get }
}

extension Call1Node: Foldable { var operands: [Node] { [a] } }
extension Call2Node: Foldable { var operands: [Node] { [a, b] } }
extension Call3Node: Foldable { var operands: [Node] { [a, b, c] } }
extension CallNNode: Foldable { var operands: [Node] { args } }
extension CostedCallNode: Foldable { var operands: [Node] { args } }
extension BinaryNode: Foldable { var operands: [Node] { [lhs, rhs] } }
extension AndNode: Foldable { var operands: [Node] { [lhs, rhs] } }
extension OrNode: Foldable { var operands: [Node] { [lhs, rhs] } }
extension NotNode: Foldable { var operands: [Node] { [operand] } }
extension NegateNode: Foldable { var operands: [Node] { [operand] } }
extension ConditionalNode: Foldable { var operands: [Node] { [cond, then, otherwise] } }
extension SelectNode: Foldable { var operands: [Node] { [operand] } }
extension HasNode: Foldable { var operands: [Node] { [operand] } }
extension IndexNode: Foldable { var operands: [Node] { [operand, key] } }
extension MatchesNode: Foldable { var operands: [Node] { [subject] } }
extension ListNode: Foldable { var operands: [Node] { elements } }
extension MapNode: Foldable { var operands: [Node] { keys + values } }

enum Folding {
    /// The constant value of `node` if all its operands are constants.
    static func fold(_ node: Node) -> ConstNode? {
        guard let f = node as? any Foldable, f.operands.allSatisfy({ $0 is ConstNode }) else { return nil }
        var frame = Frame(slots: [], bindings: nil, localCount: 0, budget: 1_000_000, tracing: false)
        let v = node.eval(&frame)
        // A constant too costly to compute is left to run time, where the evaluation's own
        // budget stops it (folding it to an error would let `||` absorb the limit).
        return frame.budget < 0 ? nil : ConstNode(v)
    }
}
