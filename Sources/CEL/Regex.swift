import Foundation

/// A compiled regular expression for `matches`. CEL specifies RE2 syntax; the
/// common subset (classes, groups, alternation, repetition, anchors, `\d\w\s`,
/// Unicode) means the same in ICU, which backs NSRegularExpression. RE2's `(?P<n>`
/// named groups are rewritten to ICU's `(?<n>`. Matching is unanchored (a search).
///
/// NSRegularExpression is immutable after creation and documented thread-safe, so
/// sharing one across concurrent evaluations is sound.
final class CompiledRegex: @unchecked Sendable {
    let regex: NSRegularExpression

    init?(_ pattern: String) {
        let translated = pattern.isEmpty ? "(?:)" : pattern.replacingOccurrences(of: "(?P<", with: "(?<")
        guard let r = try? NSRegularExpression(pattern: translated, options: []) else { return nil }
        regex = r
    }

    func matches(_ s: String) -> Bool {
        let ns = s as NSString
        return regex.firstMatch(in: s, options: [], range: NSRange(location: 0, length: ns.length)) != nil
    }

    static func match(_ s: String, _ pattern: String) -> CELValue {
        guard let r = CompiledRegex(pattern) else {
            return .error(CELError(.invalidArgument, "invalid regular expression: \(pattern)"))
        }
        return .bool(r.matches(s))
    }
}
