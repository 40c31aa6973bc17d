/// Malformed CSV (RFC 4180), positioned at a physical line and column (1-based, in characters).
public struct CSVError: UserFacingError, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// What is wrong, in English.
    public var reason: String
    /// What is wrong, in Chinese.
    public var reasonZH: String

    public init(line: Int, column: Int, reason: String, reasonZH: String) {
        self.line = line
        self.column = column
        self.reason = reason
        self.reasonZH = reasonZH
    }

    public init(line: Int, column: Int, reason: LocalizedText) {
        self.init(line: line, column: column, reason: reason.en, reasonZH: reason.zh)
    }

    /// The reason in both languages.
    public var reasons: LocalizedText { LocalizedText(zh: reasonZH, en: reason) }

    public var message: LocalizedText {
        LocalizedText(zh: "第 \(line) 行第 \(column) 列：\(reasonZH)", en: "line \(line), column \(column): \(reason)")
    }

    public var kind: FailureKind { .invalidData }

    public var description: String { message.en }

    /// The text is not UTF-8.
    public static let invalidUTF8 = LocalizedText(
        zh: "文本不是有效的 UTF-8 编码（请将文件另存为 UTF-8）", en: "the text is not valid UTF-8")
    /// `a,b"c`
    public static let quoteInUnquotedField = LocalizedText(
        zh: "未加引号的字段中出现了引号（请给整个字段加上引号，并把其中的引号写两遍：\"\"）",
        en: "a quote inside an unquoted field (quote the whole field and double the quote: \"\")")
    /// `"abc` to the end of the file.
    public static let unclosedQuote = LocalizedText(
        zh: "从此处开始的带引号字段没有结束引号", en: "the quoted field opened here is never closed")
    /// `"ab"c`
    public static let textAfterClosingQuote = LocalizedText(
        zh: "结束引号后还有文字（带引号字段中的引号须写两遍：\"\"）",
        en: "unexpected text after a closing quote (a quote inside a quoted field must be doubled: \"\")")
    /// A field longer than `ImportLimits.maximumFieldBytes`.
    public static let fieldTooLong = LocalizedText(
        zh: "从此处开始的字段超过 16 MiB（16,777,216 字节），远超任何一列的上限（docs/LIMITS.md）",
        en:
            "the field starting here is longer than 16 MiB (16,777,216 bytes), far above any column's limit (docs/LIMITS.md)"
    )
    /// A record with more than `ImportLimits.maximumFieldsPerRecord` fields.
    public static let tooManyFields = LocalizedText(
        zh: "该记录超过 1,000 个字段（各表最多 44 列）；请检查分隔符",
        en: "the record has more than 1,000 fields (no file has more than 44 columns); check the separators")
}
