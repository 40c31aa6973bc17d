/// 好差评: the five levels of a resident's review (DOMAIN.md); 1–2 are bad reviews (差评) that
/// need a follow-up and rectification.
public enum ReviewScore: Int, Sendable, CaseIterable, Codable {
    case veryDissatisfied = 1
    case dissatisfied, fair, satisfied, verySatisfied

    /// Whether it is a bad review (差评).
    public var isBad: Bool { rawValue <= 2 }

    public var nameZH: String {
        switch self {
        case .verySatisfied: "非常满意"
        case .satisfied: "满意"
        case .fair: "基本满意"
        case .dissatisfied: "不满意"
        case .veryDissatisfied: "非常不满意"
        }
    }

    public var nameEN: String {
        switch self {
        case .verySatisfied: "very satisfied"
        case .satisfied: "satisfied"
        case .fair: "fairly satisfied"
        case .dissatisfied: "dissatisfied"
        case .veryDissatisfied: "very dissatisfied"
        }
    }

    /// The name in `language`.
    public func name(_ language: Language) -> String { language == .zh ? nameZH : nameEN }
}
