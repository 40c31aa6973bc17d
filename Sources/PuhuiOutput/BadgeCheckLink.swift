import Foundation

/// The address a printed badge's QR code encodes: `{public-url}/badge/{number}?t={token}` — the
/// service's badge check page (`puhui serve`), which shows the live status and verifies the
/// token's signature. Without a token (no signing key, or a badge not valid) it is the page
/// alone. The token is base64url and dots (`BadgeToken`), so it needs no escaping in a query.
package enum BadgeCheckLink {
    /// What `--public-url` defaults to: `puhui serve`'s own default address.
    package static let defaultBase = "http://127.0.0.1:8080"

    package static func url(base: String, number: String, token: String?) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: "\u{0}"..."\u{7F}"))
        allowed.insert(charactersIn: "-._~")
        let path = base + "/badge/" + (number.addingPercentEncoding(withAllowedCharacters: allowed) ?? number)
        guard let token, !token.isEmpty else { return path }
        return path + "?t=" + (token.addingPercentEncoding(withAllowedCharacters: allowed) ?? token)
    }
}
