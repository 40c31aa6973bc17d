import Crypto
import Foundation

/// The registry's badge-signing key (Ed25519), kept in a file outside the database (created
/// 0600). File formats, one header line and the 32-byte raw key in base64:
///
/// ```
/// PUHUI BADGE SIGNING KEY (Ed25519, keep secret)
/// <base64>
/// ```
/// and for the public key `PUHUI BADGE PUBLIC KEY (Ed25519)`. The fingerprint is
/// `sha256:` + the hex SHA-256 of the raw public key.
public struct BadgeSigningKey {
    public static let privateHeader = "PUHUI BADGE SIGNING KEY (Ed25519, keep secret)"
    public static let publicHeader = "PUHUI BADGE PUBLIC KEY (Ed25519)"

    public let privateKey: Curve25519.Signing.PrivateKey

    /// Where the key lives: `option`, else `$PUHUI_SIGNING_KEY`, else
    /// `$XDG_CONFIG_HOME/puhui/badge-signing.key`, else `~/.config/puhui/badge-signing.key`.
    public static func path(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> String
    {
        if let option, !option.isEmpty { return option }
        if let path = environment["PUHUI_SIGNING_KEY"], !path.isEmpty { return path }
        let config: String
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            config = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            config = (home as NSString).appendingPathComponent(".config")
        }
        return (config as NSString).appendingPathComponent("puhui/badge-signing.key")
    }

    /// Creates a new key at `path` (its directory too), readable by the owner only; refuses an
    /// existing file.
    public static func create(at path: String) throws -> BadgeSigningKey {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: path) else { throw BadgeKeyError.keyExists(path: path) }
        let key = Curve25519.Signing.PrivateKey()
        let text = "\(privateHeader)\n\(key.rawRepresentation.base64EncodedString())\n"
        do {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty {
                try manager.createDirectory(
                    atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
            guard manager.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
            else {
                throw BadgeKeyError.io(path: path, reason: "the file could not be created")
            }
        } catch let error as BadgeKeyError {
            throw error
        } catch {
            throw BadgeKeyError.io(path: path, reason: error.localizedDescription)
        }
        return BadgeSigningKey(privateKey: key)
    }

    /// Reads the key at `path`.
    public static func load(from path: String) throws -> BadgeSigningKey {
        let raw = try keyBytes(path, header: privateHeader, kind: "private")
        do {
            return BadgeSigningKey(privateKey: try Curve25519.Signing.PrivateKey(rawRepresentation: raw))
        } catch {
            throw BadgeKeyError.malformed(path: path, expected: "private")
        }
    }

    /// Reads a public key file.
    public static func loadPublicKey(from path: String) throws -> Curve25519.Signing.PublicKey {
        let raw = try keyBytes(path, header: publicHeader, kind: "public")
        do {
            return try Curve25519.Signing.PublicKey(rawRepresentation: raw)
        } catch {
            throw BadgeKeyError.malformed(path: path, expected: "public")
        }
    }

    static func keyBytes(_ path: String, header: String, kind: String) throws -> Data {
        guard FileManager.default.fileExists(atPath: path) else {
            throw kind == "private"
                ? BadgeKeyError.noKey(path: path) : BadgeKeyError.io(path: path, reason: "no such file")
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw BadgeKeyError.io(path: path, reason: error.localizedDescription)
        }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard lines.count == 2, lines[0] == header, let raw = Data(base64Encoded: lines[1]), raw.count == 32 else {
            throw BadgeKeyError.malformed(path: path, expected: kind)
        }
        return raw
    }

    /// The public key file's text.
    public var publicKeyText: String {
        "\(Self.publicHeader)\n\(privateKey.publicKey.rawRepresentation.base64EncodedString())\n"
    }

    /// `sha256:<hex>` of the raw public key.
    public var fingerprint: String { Self.fingerprint(of: privateKey.publicKey) }

    public static func fingerprint(of key: Curve25519.Signing.PublicKey) -> String {
        "sha256:" + SHA256.hash(data: key.rawRepresentation).map { String(format: "%02x", $0) }.joined()
    }
}
