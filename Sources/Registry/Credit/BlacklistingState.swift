/// Where a blacklisting stands on a day.
public enum BlacklistingState: String, RegistryEnum {
    /// 公开中
    case active
    /// 已修复移出
    case repaired
    /// 期满移出
    case lapsed
    /// 尚未列入 (a day before the listing)
    case notYetListed = "not_yet_listed"

    public static var valueName: LocalizedText { LocalizedText(zh: "黑名单状态", en: "blacklisting state") }

    public var nameZH: String {
        switch self {
        case .active: "公开中"
        case .repaired: "已修复移出"
        case .lapsed: "期满移出"
        case .notYetListed: "尚未列入"
        }
    }

    public var nameEN: String {
        switch self {
        case .active: "listed"
        case .repaired: "removed after repair"
        case .lapsed: "lapsed at the maximum"
        case .notYetListed: "not yet listed"
        }
    }
}
