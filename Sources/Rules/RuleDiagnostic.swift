import PuhuiCore

/// One problem in a rule file, positioned at the YAML source: rendered as
/// `FILE:LINE:COLUMN: error: MESSAGE` (in Chinese `FILE:LINE:COLUMN: 错误：MESSAGE`), then the
/// source line and a caret under the column. The message is in both languages.
public struct RuleDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file name as the user gave it.
    public let file: String
    /// 1-based line.
    public let line: Int
    /// 1-based column, in Unicode scalars (as libyaml and the CEL parser count).
    public let column: Int
    public let message: LocalizedText
    /// The text of the source line (empty when the position is past the end).
    public let sourceLine: String

    public init(file: String, line: Int, column: Int, message: LocalizedText, sourceLine: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
    }

    /// The first line only: `FILE:LINE:COLUMN: error: MESSAGE`, in `language`.
    public func headline(_ language: Language) -> String {
        switch language {
        case .zh: "\(file):\(line):\(column): 错误：\(message.zh)"
        case .en: "\(file):\(line):\(column): error: \(message.en)"
        }
    }

    /// The English headline.
    public var headline: String { headline(.en) }

    /// The English rendering (`rendered(.en)`).
    public var description: String { rendered(.en) }

    /// The headline in `language`, the source line and a caret under the column (CJK characters
    /// count two terminal columns, tabs are kept so the caret lines up).
    public func rendered(_ language: Language) -> String {
        let headline = headline(language)
        guard !sourceLine.isEmpty else { return headline }
        var pad = ""
        for (index, scalar) in sourceLine.unicodeScalars.enumerated() where index < column - 1 {
            if scalar == "\t" {
                pad.append("\t")
            } else {
                pad.append(String(repeating: " ", count: RuleDiagnostic.isWide(scalar) ? 2 : 1))
            }
        }
        return "\(headline)\n    \(sourceLine)\n    \(pad)^"
    }

    /// East Asian wide and full-width characters (the ranges that matter for Chinese text).
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            true
        default:
            false
        }
    }
}
