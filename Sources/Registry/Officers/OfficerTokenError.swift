/// Why an officer token could not be issued, revoked or used. Nothing was changed.
public enum OfficerTokenError: UserFacingError, Equatable, CustomStringConvertible {
    /// No token with this id.
    case unknownToken(String)
    /// The token was revoked already.
    case alreadyRevoked(String)
    /// Only the officer or a city-level officer may issue or revoke the officer's tokens.
    case notPermitted(officer: String, for: String)
    /// The lifetime asked for is outside 1…`OfficerToken.maximumDays`.
    case invalidLifetime(Int)
    /// The bearer token is unknown, revoked, expired, or its officer is deactivated.
    case invalidToken

    public var message: LocalizedText {
        switch self {
        case .unknownToken(let id):
            LocalizedText(
                zh: "没有编号为 \(id) 的令牌（用 puhui officer token list 查看）",
                en: "no token \(id) (see puhui officer token list)")
        case .alreadyRevoked(let id):
            LocalizedText(zh: "令牌 \(id) 已被吊销", en: "token \(id) is already revoked")
        case .notPermitted(let officer, let owner):
            LocalizedText(
                zh: "只有经办人本人或市级经办人可以管理 \(owner) 的令牌；\(officer) 不可以",
                en: "only the officer or a city-level officer may manage \(owner)'s tokens; \(officer) may not")
        case .invalidLifetime(let days):
            LocalizedText(
                zh: "有效天数 \(days) 无效：请给 1 到 \(OfficerToken.maximumDays) 天",
                en: "\(days) days: give 1 to \(OfficerToken.maximumDays) days")
        case .invalidToken:
            LocalizedText(
                zh: "令牌无效：不存在、已吊销、已过期，或其经办人已停用",
                en: "the token is not valid: unknown, revoked, expired, or its officer is deactivated")
        }
    }

    /// A lifetime out of range is a usage error, no such token not found, a token revoked twice
    /// invalid data; the rest are not permitted.
    public var kind: FailureKind {
        switch self {
        case .invalidLifetime: .usage
        case .unknownToken: .notFound
        case .alreadyRevoked: .invalidData
        case .notPermitted, .invalidToken: .notPermitted
        }
    }

    public var description: String { message.en }
}
