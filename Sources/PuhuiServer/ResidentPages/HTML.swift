import PuhuiOutput

/// A piece of markup. Written as a string literal with interpolations, every interpolated
/// `String` (or number) is escaped — data as entered, an outlet's name or a query value, can never
/// become markup — and only another `HTML` value goes in as it is: `"<td>\(hit.name)</td>"` is
/// safe by construction, and raw text needs the explicit, greppable `HTML(trusted:)`.
struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    private(set) var text: String

    /// Markup written by this program (never data).
    init(trusted text: String) { self.text = text }

    init(stringLiteral value: String) { text = value }

    init(stringInterpolation: Interpolation) { text = stringInterpolation.text }

    var description: String { text }

    static let empty = HTML(trusted: "")

    struct Interpolation: StringInterpolationProtocol {
        var text = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) { text += literal }

        /// Data: escaped.
        mutating func appendInterpolation(_ value: String) { text += HTMLText.escape(value) }

        mutating func appendInterpolation(_ value: Int) { text += String(value) }

        /// Markup: as it is.
        mutating func appendInterpolation(_ value: HTML) { text += value.text }

        mutating func appendInterpolation(_ values: [HTML]) { for value in values { text += value.text } }
    }

    static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(trusted: lhs.text + rhs.text) }

    static func += (lhs: inout HTML, rhs: HTML) { lhs.text += rhs.text }

    /// The pieces one after another.
    static func joined(_ pieces: [HTML]) -> HTML { HTML(trusted: pieces.map(\.text).joined()) }
}
