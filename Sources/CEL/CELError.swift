/// An error produced while compiling or evaluating a CEL expression.
///
/// Parse and check errors are thrown by `CEL.compile` and carry a source position
/// (`line`, `column`, and a `rendered` snippet with a caret). Evaluation errors are
/// *values* (`CELValue.error`) so that `&&`, `||`, `?:` and the macros can absorb them
/// as the language definition requires; they carry no position unless traced.
public struct CELError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The category of the error; stable, meant for programmatic handling.
    public enum Kind: String, Sendable, Hashable {
        case syntax
        case limit
        case invalidArgument = "invalid_argument"
        case noSuchOverload = "no_such_overload"
        case noMatchingOverload = "no_matching_overload"
        case noSuchField = "no_such_field"
        case noSuchKey = "no_such_key"
        case unknownVariable = "unknown_variable"
        case unboundFunction = "unbound_function"
        case divideByZero = "divide_by_zero"
        case moduloByZero = "modulus_by_zero"
        case overflow
        case range
        case indexOutOfRange = "index_out_of_range"
        case typeConversion = "type_conversion"
        case duplicateKey = "duplicate_key"
    }

    public var kind: Kind
    public var message: String
    /// 1-based line of the offending source position, when known.
    public var line: Int?
    /// 1-based column (in Unicode scalars) of the offending source position, when known.
    public var column: Int?
    /// 0-based offset (in Unicode scalars) into the source text, when known.
    public var offset: Int?
    /// The source line and a caret under the offending column, when known.
    public var rendered: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
        self.rendered = message
    }

    init(_ kind: Kind, _ message: String, at offset: Int, in source: Source) {
        self.kind = kind
        self.message = message
        let (line, column) = source.lineAndColumn(of: offset)
        self.line = line
        self.column = column
        self.offset = offset
        let text = source.lineText(line)
        let pad = String(repeating: ".", count: max(0, column - 1))
        self.rendered = "ERROR: <input>:\(line):\(column): \(message)\n | \(text)\n | \(pad)^"
    }

    public var description: String { rendered }
}
