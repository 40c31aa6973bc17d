/// How much a failing rule weighs: a `block` failure (or error) makes an outlet ineligible for
/// recognition; `warn` and `info` are shown to the officer but decide nothing.
public enum Severity: String, Sendable, Codable, CaseIterable {
    case block
    case warn
    case info
}
