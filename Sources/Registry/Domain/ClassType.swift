/// 托育班型: a childcare class type (国卫人口发〔2019〕58号): 乳儿班 6–12 months, 托小班 12–24 months,
/// 托大班 24–36 months, 混合班 18 months and over. Also the age class a childcare price applies to.
public enum ClassType: String, RegistryEnum {
    /// 乳儿班
    case infant
    /// 托小班
    case toddler
    /// 托大班
    case preschool
    /// 混合班
    case mixed

    public static var valueName: LocalizedText { LocalizedText(zh: "班型", en: "class type") }

    public var nameZH: String {
        switch self {
        case .infant: "乳儿班"
        case .toddler: "托小班"
        case .preschool: "托大班"
        case .mixed: "混合班"
        }
    }

    public var nameEN: String {
        switch self {
        case .infant: "infant class"
        case .toddler: "toddler class"
        case .preschool: "preschool class"
        case .mixed: "mixed-age class"
        }
    }
}
