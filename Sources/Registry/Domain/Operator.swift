/// 运营主体: an operator, the legal person that runs one or more outlets, keyed by its 统一社会信用代码.
public struct Operator: Codable, Sendable, Equatable {
    /// 统一社会信用代码 (GB 32100-2015), 18 characters.
    public var uscc: String
    /// 名称: the registered name.
    public var name: String
    /// 组织形式
    public var legalForm: LegalForm
    /// 法定代表人
    public var legalRepresentative: String
    /// 联系电话
    public var contactPhone: String?
    /// 住所: the registered address.
    public var address: String?
    /// Why an early pilot code whose check character fails is accepted anyway (audited).
    public var usccOverrideReason: String?

    public init(
        uscc: String, name: String, legalForm: LegalForm, legalRepresentative: String,
        contactPhone: String? = nil, address: String? = nil, usccOverrideReason: String? = nil
    ) {
        self.uscc = uscc
        self.name = name
        self.legalForm = legalForm
        self.legalRepresentative = legalRepresentative
        self.contactPhone = contactPhone
        self.address = address
        self.usccOverrideReason = usccOverrideReason
    }
}
