/// The language a name or message is shown in: Chinese (the default for officers) or English.
public enum Language: String, Sendable, CaseIterable, Codable {
    /// 中文
    case zh
    /// English
    case en
}
