import Crypto
import Foundation

/// An officer's API token for `puhui serve` (`Authorization: Bearer TOKEN`): it acts as its
/// officer, with that officer's district scope. The registry keeps only the token's SHA-256; the
/// token itself (`pht_<id hex>_<secret>`) is shown once, when issued.
public struct OfficerToken: Sendable, Equatable, Codable {
    /// The public id, `tok_` and 16 hex digits: named in listings, revocations and the audit log.
    public var id: String
    public var officerID: String
    /// UTC `YYYY-MM-DDTHH:MM:SSZ`.
    public var issuedAt: String
    public var issuedBy: String
    /// The instant from which the token no longer works, UTC `YYYY-MM-DDTHH:MM:SSZ`.
    public var expiresAt: String
    public var revokedAt: String?
    public var revokedBy: String?

    public init(
        id: String, officerID: String, issuedAt: String, issuedBy: String, expiresAt: String, revokedAt: String? = nil,
        revokedBy: String? = nil
    ) {
        self.id = id
        self.officerID = officerID
        self.issuedAt = issuedAt
        self.issuedBy = issuedBy
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.revokedBy = revokedBy
    }

    /// Days a token lasts unless the issuer says otherwise, and the most it may.
    public static let defaultDays = 90
    public static let maximumDays = 730

    /// Whether the token works at `timestamp` (UTC `YYYY-MM-DDTHH:MM:SSZ`, which orders as text).
    public func isUsable(at timestamp: String) -> Bool {
        revokedAt == nil && timestamp < expiresAt
    }

    /// The SHA-256 of a token's text, lower-case hex: what the registry stores and looks up.
    public static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// A new token: its id and its full text (id and 32 random bytes, base64url).
    package static func generate() -> (id: String, token: String) {
        var generator = SystemRandomNumberGenerator()
        let idBytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let secret = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let idHex = idBytes.map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        let secretText = Data(secret).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return ("tok_" + idHex, "pht_\(idHex)_\(secretText)")
    }
}
