/// The parsed form of an expression. Operators have their own cases (rather than
/// being calls named `_+_`) so the compiler can map them straight to nodes.
struct Expr: Sendable {
    let id: Int
    /// Scalar offsets of the sub-expression in the source.
    let range: Range<Int>
    /// Height of the tree below and including this node; bounded by the depth limit.
    let height: Int
    let kind: Kind

    indirect enum Kind: Sendable {
        case literal(CELValue)
        /// An identifier; `rooted` when written with a leading dot (`.x`).
        case ident(String, rooted: Bool)
        case select(Expr, String, optional: Bool)
        case index(Expr, Expr, optional: Bool)
        case call(target: Expr?, name: String, args: [Expr])
        case list([Expr], optional: [Bool])
        case map([MapEntry])
        case message(name: String, fields: [FieldInit])
        case unary(UnaryOp, Expr)
        case binary(BinaryOp, Expr, Expr)
        case conditional(Expr, Expr, Expr)
    }

    struct MapEntry: Sendable {
        let key: Expr
        let value: Expr
        let optional: Bool
    }

    struct FieldInit: Sendable {
        let name: String
        let value: Expr
        let optional: Bool
    }

    /// The dotted name of an identifier/select chain (`a.b.c`), if this is one. A chain
    /// containing a backquoted field that is not a plain identifier (`` a.`b.c` ``) is
    /// not a name: it can only be a field selection.
    var qualifiedName: String? {
        switch kind {
        case .ident(let n, let rooted): return rooted ? "." + n : n
        case .select(let operand, let f, let opt):
            guard !opt, Expr.isIdentifier(f), let base = operand.qualifiedName else { return nil }
            return base + "." + f
        default: return nil
        }
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.utf8.first, !(first >= 48 && first <= 57) else { return false }
        return s.utf8.allSatisfy {
            ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 95
        }
    }
}

enum UnaryOp: Sendable { case negate, not }

enum BinaryOp: String, Sendable {
    case add = "+"
    case sub = "-"
    case mul = "*"
    case div = "/"
    case mod = "%"
    case eq = "=="
    case ne = "!="
    case lt = "<"
    case le = "<="
    case gt = ">"
    case ge = ">="
    case `in` = "in"
    case and = "&&"
    case or = "||"
}
