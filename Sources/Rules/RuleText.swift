/// A title in both of the tool's languages, as rule files write it: `{zh: …, en: …}`.
public struct RuleText: Sendable, Hashable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The Chinese text when `chinese` is true, else the English one (falling back to the other
    /// language when one is empty).
    public func text(chinese: Bool) -> String {
        let preferred = chinese ? zh : en
        return preferred.isEmpty ? (chinese ? en : zh) : preferred
    }
}
