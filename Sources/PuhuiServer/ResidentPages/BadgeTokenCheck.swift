import Crypto
import Registry

/// What the signed token in a printed badge's QR code (`/badge/{number}?t=PH1.…`) says about the
/// badge on the page: `BadgeToken.verify` with the registry's public key, then the signed fields
/// against the number asked for and the registry's record.
enum BadgeTokenCheck: Equatable {
    /// Signed by this registry's key, for this badge, with the fields the registry holds.
    case genuine
    /// No token (the number was typed).
    case missing
    /// The service has no public key to check with (`puhui serve --badge-public-key`).
    case unchecked
    /// Not `PH1.<payload>.<signature>` with readable parts.
    case malformed
    /// The signature does not match: altered, or not this registry's key.
    case forged
    /// A genuine token for another badge number.
    case otherBadge(String)
    /// A genuine token for this number whose signed level or validity differ from the record
    /// (printed before a renewal, say): the live status decides.
    case outdated

    static func check(token: String?, number: String, badge: Badge?, key: Curve25519.Signing.PublicKey?)
        -> BadgeTokenCheck
    {
        guard let token, !token.isEmpty else { return .missing }
        guard let key else { return .unchecked }
        let payload: BadgeToken.Payload
        do { payload = try BadgeToken.verify(token, with: key) } catch {
            switch error {
            case .malformed: return .malformed
            case .badSignature: return .forged
            }
        }
        guard payload.number == number else { return .otherBadge(payload.number) }
        if let badge, badge.tokenPayload != payload { return .outdated }
        return .genuine
    }

    /// Whether a resident should trust the printed badge less for it.
    var warns: Bool {
        switch self {
        case .genuine, .missing, .unchecked, .outdated: false
        case .malformed, .forged, .otherBadge: true
        }
    }

    func sentence(_ text: PageText) -> String {
        switch self {
        case .genuine: text.tokenGenuine
        case .missing: text.tokenMissing
        case .unchecked: text.tokenUnchecked
        case .malformed: text.tokenMalformed
        case .forged: text.tokenForged
        case .otherBadge(let number): text.tokenOtherBadge(number)
        case .outdated: text.tokenOutdated
        }
    }
}
