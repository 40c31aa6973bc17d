/// 价格类型: whether an outlet offers inclusive (普惠) prices or is a market-rate outlet. Only
/// market outlets' prices feed market benchmarks.
public enum PricingModel: String, RegistryEnum {
    /// 普惠
    case inclusive
    /// 市场化
    case market

    public static var valueName: LocalizedText { LocalizedText(zh: "收费类型", en: "pricing") }

    public var nameZH: String {
        switch self {
        case .inclusive: "普惠"
        case .market: "市场化"
        }
    }

    public var nameEN: String {
        switch self {
        case .inclusive: "inclusive"
        case .market: "market"
        }
    }
}
