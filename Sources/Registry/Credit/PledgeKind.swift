/// What a signed pledge is: the outlet's credit pledge (信用承诺) or an operator's repair pledge
/// (信用修复承诺), signed to end a blacklisting early.
public enum PledgeKind: String, RegistryEnum {
    /// 信用承诺
    case pledge
    /// 信用修复承诺
    case repair

    public static var valueName: LocalizedText { LocalizedText(zh: "承诺类型", en: "pledge kind") }

    public var nameZH: String {
        switch self {
        case .pledge: "信用承诺"
        case .repair: "信用修复承诺"
        }
    }

    public var nameEN: String {
        switch self {
        case .pledge: "credit pledge"
        case .repair: "repair pledge"
        }
    }
}
