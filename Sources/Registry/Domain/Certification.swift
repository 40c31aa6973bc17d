/// 普惠认定: an outlet's recognition as inclusive, as it stands (level, status, 统一标识 badge,
/// dates). The latest row of an outlet is its current recognition; the workflow's events arrive
/// in a later issue.
public struct Certification: Codable, Sendable, Equatable {
    /// 认定等级
    public var level: CertificationLevel
    /// 认定状态
    public var status: CertificationStatus
    /// 统一标识编号 (see `BadgeNumber`), required once certified.
    public var badgeNo: String?
    /// 申请日期
    public var appliedOn: LocalDate?
    /// 决定日期
    public var decidedOn: LocalDate?
    /// 有效期起
    public var validFrom: LocalDate?
    /// 有效期止
    public var validTo: LocalDate?
    /// When the current status took effect.
    public var statusOn: LocalDate?

    public init(
        level: CertificationLevel, status: CertificationStatus, badgeNo: String? = nil,
        appliedOn: LocalDate? = nil, decidedOn: LocalDate? = nil, validFrom: LocalDate? = nil,
        validTo: LocalDate? = nil, statusOn: LocalDate? = nil
    ) {
        self.level = level
        self.status = status
        self.badgeNo = badgeNo
        self.appliedOn = appliedOn
        self.decidedOn = decidedOn
        self.validFrom = validFrom
        self.validTo = validTo
        self.statusOn = statusOn
    }

    /// Whether the recognition is certified and within its validity period on `date`.
    public func isValid(on date: LocalDate) -> Bool {
        guard status == .certified, let from = validFrom, let to = validTo else { return false }
        return from <= date && date <= to
    }
}
