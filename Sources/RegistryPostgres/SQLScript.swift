import Foundation

/// A migration file cut into its statements: PostgreSQL's extended protocol (which postgres-nio
/// speaks) takes one statement at a time. Splits at `;` outside quotes, `--` and `/* */`
/// comments and dollar-quoted bodies (`$$ … $$`, `$tag$ … $tag$`), so function bodies stay whole.
enum SQLScript {
    static func statements(_ script: String) -> [String] {
        let chars = Array(script.unicodeScalars)
        var statements: [String] = []
        var current = String.UnicodeScalarView()
        var index = 0

        func flush() {
            let text = String(current).trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty, !isOnlyComments(text) { statements.append(text) }
            current = String.UnicodeScalarView()
        }
        func starts(with token: [Unicode.Scalar], at position: Int) -> Bool {
            position + token.count <= chars.count && Array(chars[position..<position + token.count]) == token
        }

        while index < chars.count {
            let char = chars[index]
            if char == "-", starts(with: ["-", "-"], at: index) {
                while index < chars.count, chars[index] != "\n" {
                    current.append(chars[index])
                    index += 1
                }
                continue
            }
            if char == "/", starts(with: ["/", "*"], at: index) {
                let start = index
                index += 2
                while index < chars.count, !starts(with: ["*", "/"], at: index) { index += 1 }
                index = min(chars.count, index + 2)
                current.append(contentsOf: chars[start..<index])
                continue
            }
            if char == "'" || char == "\"" {
                current.append(char)
                index += 1
                while index < chars.count {
                    current.append(chars[index])
                    if chars[index] == char {
                        // A doubled quote is an escaped one.
                        if index + 1 < chars.count, chars[index + 1] == char {
                            current.append(chars[index + 1])
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    index += 1
                }
                continue
            }
            if char == "$", let tag = dollarTag(chars, at: index) {
                current.append(contentsOf: tag)
                index += tag.count
                while index < chars.count, !starts(with: tag, at: index) {
                    current.append(chars[index])
                    index += 1
                }
                if index < chars.count {
                    current.append(contentsOf: tag)
                    index += tag.count
                }
                continue
            }
            if char == ";" {
                flush()
                index += 1
                continue
            }
            current.append(char)
            index += 1
        }
        flush()
        return statements
    }

    /// `$$` or `$tag$` starting at `position`, if one does.
    private static func dollarTag(_ chars: [Unicode.Scalar], at position: Int) -> [Unicode.Scalar]? {
        var end = position + 1
        while end < chars.count,
            chars[end] == "_" || chars[end].properties.isAlphabetic
                || (end > position + 1 && ("0"..."9").contains(chars[end]))
        {
            end += 1
        }
        guard end < chars.count, chars[end] == "$" else { return nil }
        return Array(chars[position...end])
    }

    /// Whether `text` holds nothing but `--` comments.
    private static func isOnlyComments(_ text: String) -> Bool {
        text.split(separator: "\n").allSatisfy { line in
            let line = line.trimmingCharacters(in: .whitespaces)
            return line.isEmpty || line.hasPrefix("--")
        }
    }
}
