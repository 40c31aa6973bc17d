/// Who signed a pledge for the operator. DOMAIN.md: the legal representative signs; an agent
/// with a written authorisation (委托书) is recorded as such, so the record says which it was.
public enum SignatoryRole: String, RegistryEnum {
    /// 法定代表人: must be the name the operator's record holds.
    case legalRepresentative = "legal_representative"
    /// 委托代理人: signs under the legal representative's written authorisation.
    case authorisedAgent = "authorised_agent"

    public static var valueName: LocalizedText { LocalizedText(zh: "签署人身份", en: "signatory role") }

    public var nameZH: String {
        switch self {
        case .legalRepresentative: "法定代表人"
        case .authorisedAgent: "委托代理人"
        }
    }

    public var nameEN: String {
        switch self {
        case .legalRepresentative: "legal representative"
        case .authorisedAgent: "authorised agent"
        }
    }
}
