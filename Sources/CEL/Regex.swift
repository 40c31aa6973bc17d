import CRE2

/// A compiled regular expression for `matches`: RE2 itself (the system's libre2, through
/// the C shim in `Sources/CRE2`), so the syntax is exactly the one the language definition
/// names — ASCII `\w \d \s \b`, no look-around, no back-references, no possessive
/// quantifiers — and matching takes time linear in the text whatever the pattern, which is
/// why no per-match time limit is needed. Matching is a search (unanchored), as in cel-cpp
/// (`RE2::PartialMatch`).
///
/// An `RE2` object is immutable after construction and documented thread-safe for
/// matching, and this class never mutates it or exposes the pointer, so sharing one
/// instance across concurrent evaluations is sound.
final class CompiledRegex: @unchecked Sendable {
    private let program: OpaquePointer

    /// Compiles `pattern`; `.failure` carries RE2's message (e.g. "invalid perl operator: (?=").
    static func compile(_ pattern: String) -> Result<CompiledRegex, CELError> {
        var error: UnsafeMutablePointer<CChar>?
        var text = namedGroupsInPythonSpelling(pattern)
        let program = text.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { puhui_re2_compile($0.baseAddress, $0.count, &error) }
        }
        guard let program else {
            let reason = error.map { String(cString: $0) } ?? "unknown error"
            puhui_re2_free_error(error)
            return .failure(CELError(.invalidArgument, "invalid regular expression '\(pattern)': \(reason)"))
        }
        return .success(CompiledRegex(program))
    }

    /// RE2 has always read named groups as `(?P<name>…)`; since 2023 it also reads
    /// `(?<name>…)`, which cel-cpp's RE2 accepts. The system's libre2 may be older (Debian 12
    /// ships 2022-06), so that spelling is rewritten to the older one here, outside escapes
    /// and character classes. Look-behind `(?<=` / `(?<!` is left alone for RE2 to refuse.
    static func namedGroupsInPythonSpelling(_ pattern: String) -> String {
        let u = Array(pattern.unicodeScalars)
        guard pattern.contains("(?<") else { return pattern }
        var out = String.UnicodeScalarView()
        var i = 0
        var inClass = false
        while i < u.count {
            let c = u[i]
            if c == "\\", i + 1 < u.count {
                out.append(c)
                out.append(u[i + 1])
                i += 2
                continue
            }
            if inClass {
                if c == "[", i + 1 < u.count, u[i + 1] == ":" {  // `[:alpha:]` inside a class
                    while i < u.count, !(u[i] == "]" && u[i - 1] == ":") {
                        out.append(u[i])
                        i += 1
                    }
                    if i < u.count {
                        out.append(u[i])
                        i += 1
                    }
                    continue
                }
                if c == "]" { inClass = false }
                out.append(c)
                i += 1
                continue
            }
            if c == "[" {
                inClass = true
                out.append(c)
                i += 1
                if i < u.count, u[i] == "^" {
                    out.append(u[i])
                    i += 1
                }
                if i < u.count, u[i] == "]" {
                    out.append(u[i])
                    i += 1
                }  // a leading `]` is literal
                continue
            }
            if c == "(", i + 3 < u.count, u[i + 1] == "?", u[i + 2] == "<", u[i + 3] != "=", u[i + 3] != "!" {
                out.append(contentsOf: "(?P<".unicodeScalars)
                i += 3
                continue
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }

    private init(_ program: OpaquePointer) { self.program = program }

    deinit { puhui_re2_free(program) }

    func search(_ s: String) -> Bool {
        var text = s
        return text.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { puhui_re2_search(program, $0.baseAddress, $0.count) != 0 }
        }
    }

    func matches(_ s: String) -> CELValue { .bool(search(s)) }

    /// `matches` with a pattern computed at run time: compiled for this call only.
    static func match(_ s: String, _ pattern: String) -> CELValue {
        switch compile(pattern) {
        case .success(let r): return r.matches(s)
        case .failure(let e): return .error(e)
        }
    }
}
