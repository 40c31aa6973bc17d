/// 计价单位: what one published price pays for. Benchmarks never mix units.
public enum PriceUnit: String, RegistryEnum {
    /// 月
    case month
    /// 日
    case day
    /// 小时
    case hour
    /// 餐
    case meal

    public static var valueName: LocalizedText { LocalizedText(zh: "计价单位", en: "unit") }

    public var nameZH: String {
        switch self {
        case .month: "月"
        case .day: "日"
        case .hour: "小时"
        case .meal: "餐"
        }
    }

    public var nameEN: String {
        switch self {
        case .month: "month"
        case .day: "day"
        case .hour: "hour"
        case .meal: "meal"
        }
    }
}
