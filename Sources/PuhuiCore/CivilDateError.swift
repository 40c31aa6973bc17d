/// Why a text is not a civil date `YYYY-MM-DD`.
public enum CivilDateError: UserFacingError, Equatable, CustomStringConvertible {
    /// Not of the form `YYYY-MM-DD` with ASCII digits.
    case malformed(String)
    /// Of the right form, but no such day (2024-02-30, month 13) or outside the years 1–9999.
    case noSuchDay(String)

    public var message: LocalizedText {
        switch self {
        case .malformed(let text):
            LocalizedText(
                zh: "日期“\(text)”格式不对：应写作 YYYY-MM-DD，如 2026-11-02",
                en: "date \"\(text)\" is not a date: write YYYY-MM-DD, e.g. 2026-11-02")
        case .noSuchDay(let text):
            LocalizedText(
                zh: "日期“\(text)”不存在（请核对年、月、日）", en: "date \"\(text)\": no such day (check the year, month and day)")
        }
    }

    /// The reason alone, for a message that names the field and value itself (an import problem).
    public var reason: LocalizedText {
        switch self {
        case .malformed: LocalizedText(zh: "日期格式应为 YYYY-MM-DD", en: "not a date (YYYY-MM-DD)")
        case .noSuchDay: LocalizedText(zh: "没有这一天", en: "no such date")
        }
    }

    public var kind: FailureKind { .invalidData }

    public var description: String { message.en }
}
