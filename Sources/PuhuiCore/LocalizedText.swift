/// A message in Chinese and English, e.g. an import problem's reason:
/// `LocalizedText(zh: "必填", en: "required")`. `description` is the English text.
public struct LocalizedText: Sendable, Hashable, Codable, CustomStringConvertible {
    /// 中文
    public var zh: String
    /// English
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .zh: zh
        case .en: en
        }
    }

    public var description: String { en }
}
