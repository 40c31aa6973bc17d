/// 场地性质: premises owned or leased (托育: owned or leased for at least 3 years).
public enum PremisesTenure: String, RegistryEnum {
    /// 自有
    case owned
    /// 租赁
    case leased

    public static var valueName: LocalizedText { LocalizedText(zh: "场地权属", en: "premises tenure") }

    public var nameZH: String {
        switch self {
        case .owned: "自有"
        case .leased: "租赁"
        }
    }

    public var nameEN: String {
        switch self {
        case .owned: "owned"
        case .leased: "leased"
        }
    }
}
