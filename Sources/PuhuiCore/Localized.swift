/// A value with a Chinese and an English display name.
public protocol Localized {
    /// The Chinese name (中文名称).
    var nameZH: String { get }
    /// The English name.
    var nameEN: String { get }
}

extension Localized {
    /// The display name in `language`.
    public func name(_ language: Language) -> String {
        switch language {
        case .zh: nameZH
        case .en: nameEN
        }
    }
}
