/// A lexical token with its scalar range in the source.
struct Token: Sendable {
    enum Kind: Equatable, Sendable {
        case ident(String)
        case quotedIdent(String)  // `content-type`
        case intLit(String, radix: Int)  // digits only; the sign is applied by the parser
        case uintLit(UInt64)
        case doubleLit(Double)
        case stringLit(String)
        case bytesLit([UInt8])
        case punct(String)
        case eof
    }
    let kind: Kind
    let start: Int
    let end: Int

    func isPunct(_ p: String) -> Bool {
        if case .punct(let q) = kind { return q == p }
        return false
    }
}
