/// The two families of services: elder care (养老) and childcare for the under-threes (托育).
public enum CareFamily: String, RegistryEnum {
    /// 养老
    case elder
    /// 托育
    case childcare

    public static var valueName: LocalizedText { LocalizedText(zh: "服务类别", en: "family") }

    public var nameZH: String {
        switch self {
        case .elder: "养老"
        case .childcare: "托育"
        }
    }

    public var nameEN: String {
        switch self {
        case .elder: "elder care"
        case .childcare: "childcare"
        }
    }

    /// The family letter in a unified badge number (`NTE-…` elder, `NTC-…` childcare).
    public var badgeLetter: Character {
        switch self {
        case .elder: "E"
        case .childcare: "C"
        }
    }
}
