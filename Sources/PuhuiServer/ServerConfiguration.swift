import Crypto
import Foundation

/// How `puhui serve` runs: where it listens, the address clients reach it at, its limits, and
/// the badge public key the check page verifies printed tokens with.
package struct ServerConfiguration: Sendable {
    package var host: String
    package var port: Int
    /// The address clients use (`https://registry.example.gov.cn`), for `Link` headers and the
    /// HSDS `openapi_url`; nil: `http://HOST:PORT`.
    package var publicURL: String?
    /// Anonymous requests a client (by address) may make per minute; 0 turns the limit off.
    package var rateLimitPerMinute: Int
    /// The largest request body accepted (CSV imports are the largest), in bytes.
    package var maxBodyBytes: Int
    /// Seconds a connection may stay idle, waiting for a request's headers included.
    package var idleTimeoutSeconds: Int
    /// The registry's badge public key (`puhui badge key public`), its 32 raw bytes (swift-crypto's
    /// key type is not `Sendable`): the badge check page verifies a printed QR code's token with
    /// it; nil: tokens are not checked, and the page says so.
    var badgePublicKeyBytes: Data?

    package var badgePublicKey: Curve25519.Signing.PublicKey? {
        get { badgePublicKeyBytes.flatMap { try? Curve25519.Signing.PublicKey(rawRepresentation: $0) } }
        set { badgePublicKeyBytes = newValue?.rawRepresentation }
    }

    package init(
        host: String = "127.0.0.1", port: Int = 8080, publicURL: String? = nil, rateLimitPerMinute: Int = 600,
        maxBodyBytes: Int = 64 * 1024 * 1024, idleTimeoutSeconds: Int = 30,
        badgePublicKey: Curve25519.Signing.PublicKey? = nil
    ) {
        self.badgePublicKeyBytes = badgePublicKey?.rawRepresentation
        self.host = host
        self.port = port
        self.publicURL = publicURL
        self.rateLimitPerMinute = rateLimitPerMinute
        self.maxBodyBytes = maxBodyBytes
        self.idleTimeoutSeconds = idleTimeoutSeconds
    }

    /// The base URL without a trailing slash.
    package var baseURL: String {
        var url = publicURL ?? "http://\(host):\(port)"
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }
}
