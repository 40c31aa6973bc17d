import Foundation

/// A compiled regular expression for `matches`. CEL specifies RE2 syntax; the
/// common subset (classes, groups, alternation, repetition, anchors, `\d\w\s`,
/// Unicode) means the same in ICU, which backs NSRegularExpression. Three differences
/// are translated: RE2's `(?P<n>` named groups become ICU's `(?<n>`, `\pL` becomes
/// `\p{L}`, and `$` (outside a class, without the `m` flag) becomes `\z`, because
/// ICU's `$` also matches before a final line terminator while RE2's matches only at
/// the end. Matching is a search (unanchored).
///
/// NSRegularExpression is immutable after creation and documented thread-safe, so
/// sharing one across concurrent evaluations is sound.
final class CompiledRegex: @unchecked Sendable {
    let regex: NSRegularExpression

    init?(_ pattern: String) {
        guard let r = try? NSRegularExpression(pattern: CompiledRegex.translate(pattern), options: []) else { return nil }
        regex = r
    }

    /// Rewrites the RE2-only spellings described above into ICU syntax.
    static func translate(_ pattern: String) -> String {
        if pattern.isEmpty { return "(?:)" }
        let multiline = pattern.contains("(?m") || pattern.range(of: #"\(\?[a-zA-Z]*m"#, options: .regularExpression) != nil
        var out = ""
        var chars = Array(pattern.unicodeScalars)[...]
        var inClass = false
        while let c = chars.popFirst() {
            if c == "\\" {
                out.unicodeScalars.append(c)
                guard let n = chars.popFirst() else { continue }
                out.unicodeScalars.append(n)
                // RE2's one-letter Unicode classes `\pL` / `\PN` need braces in ICU.
                if n == "p" || n == "P", let k = chars.first, k != "{" {
                    chars.removeFirst()
                    out += "{" + String(k) + "}"
                }
                continue
            }
            if inClass {
                if c == "]" { inClass = false }
                out.unicodeScalars.append(c)
                continue
            }
            switch c {
            case "[":
                inClass = true
                out.unicodeScalars.append(c)
                if chars.first == "^" { out.unicodeScalars.append(chars.removeFirst()) }
                if chars.first == "]" { out.unicodeScalars.append(chars.removeFirst()) }
            case "$" where !multiline:
                out += "\\z"
            case "(" where chars.starts(with: "?P<".unicodeScalars):
                out += "(?<"
                chars.removeFirst(3)
            default:
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// ICU backtracks, so a pathological pattern such as `(a+)+$` can take exponential
    /// time (RE2 cannot). Matching therefore asks ICU for progress callbacks and gives
    /// up after `timeLimit` seconds; nil means the limit was hit.
    static let timeLimit: TimeInterval = 0.1

    func search(_ s: String) -> Bool? {
        let ns = s as NSString
        let start = Date()
        var found = false
        var timedOut = false
        regex.enumerateMatches(in: s, options: [.reportProgress], range: NSRange(location: 0, length: ns.length)) {
            match, _, stop in
            if match != nil {
                found = true
                stop.pointee = true
            } else if Date().timeIntervalSince(start) > CompiledRegex.timeLimit {
                timedOut = true
                stop.pointee = true
            }
        }
        return timedOut && !found ? nil : found
    }

    func matches(_ s: String) -> CELValue {
        guard let r = search(s) else {
            return .error(CELError(.limit, "regular expression match exceeded its time limit"))
        }
        return .bool(r)
    }

    static func match(_ s: String, _ pattern: String) -> CELValue {
        guard let r = CompiledRegex(pattern) else {
            return .error(CELError(.invalidArgument, "invalid regular expression: \(pattern)"))
        }
        return r.matches(s)
    }
}
