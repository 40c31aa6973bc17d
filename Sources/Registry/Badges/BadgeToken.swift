import Crypto
import Foundation

/// A badge's printed token: `PH1.<payload>.<signature>`, both base64url without padding. The
/// payload is the canonical text `PH1|number|outlet|level|valid_from|valid_to` (UTF-8); the
/// signature is Ed25519 over exactly those bytes by the registry's badge-signing key. Anyone
/// with the registry's public key can check a token offline; its live status needs the
/// registry (`puhui badge verify NUMBER`). docs/RECOGNITION.md.
public enum BadgeToken {
    /// The token's version prefix.
    public static let prefix = "PH1"

    /// The signed fields.
    public struct Payload: Sendable, Equatable, Codable {
        public let number: String
        public let outletID: String
        public let level: CertificationLevel
        public let validFrom: LocalDate
        public let validTo: LocalDate

        public init(
            number: String, outletID: String, level: CertificationLevel, validFrom: LocalDate, validTo: LocalDate
        ) {
            self.number = number
            self.outletID = outletID
            self.level = level
            self.validFrom = validFrom
            self.validTo = validTo
        }

        /// The canonical text that is signed.
        public var canonical: String {
            [BadgeToken.prefix, number, outletID, level.rawValue, validFrom.description, validTo.description]
                .joined(separator: "|")
        }

        init?(canonical text: String) {
            let parts = text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 6, parts[0] == BadgeToken.prefix, BadgeNumber.validate(parts[1]) == nil,
                !parts[2].isEmpty, let level = CertificationLevel(rawValue: parts[3]),
                let from = try? LocalDate(parsing: parts[4]), let to = try? LocalDate(parsing: parts[5])
            else { return nil }
            self.init(number: parts[1], outletID: parts[2], level: level, validFrom: from, validTo: to)
        }
    }

    /// Why a token was refused.
    public enum Problem: UserFacingError, Equatable, CustomStringConvertible {
        /// Not `PH1.<payload>.<signature>` with a readable payload and a 64-byte signature.
        case malformed(LocalizedText)
        /// The signature does not match the payload under this public key: altered, or signed
        /// by another key.
        case badSignature

        public var message: LocalizedText {
            switch self {
            case .malformed(let why):
                LocalizedText(
                    zh: "不是有效的标识令牌（PH1.载荷.签名）：\(why.zh)", en: "not a badge token (PH1.payload.signature): \(why.en)")
            case .badSignature:
                LocalizedText(
                    zh: "签名不符：令牌内容被改动，或不是用此公钥对应的私钥签发（不是本登记库签发的标识）",
                    en:
                        "the signature does not match: the token was altered, or it was not signed by this public key's registry"
                )
            }
        }

        /// A token that is malformed or badly signed is refused data.
        public var kind: FailureKind { .invalidData }

        public var description: String { message.en }
    }

    /// Signs a payload.
    public static func sign(_ payload: Payload, with key: Curve25519.Signing.PrivateKey) throws -> String {
        let bytes = Data(payload.canonical.utf8)
        let signature = try key.signature(for: bytes)
        return "\(prefix).\(base64URL(bytes)).\(base64URL(signature))"
    }

    /// Checks a token's signature and returns its payload.
    public static func verify(_ token: String, with key: Curve25519.Signing.PublicKey) throws(Problem) -> Payload {
        let parts = token.trimmingCharacters(in: .whitespacesAndNewlines).split(
            separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == prefix else {
            throw .malformed(
                LocalizedText(zh: "应为三段，以 PH1 开头，用“.”分隔", en: "three parts separated by '.', starting PH1"))
        }
        guard let payloadBytes = data(base64URL: String(parts[1])),
            let payload = Payload(canonical: String(decoding: payloadBytes, as: UTF8.self))
        else { throw .malformed(LocalizedText(zh: "载荷无法读取", en: "the payload cannot be read")) }
        guard let signature = data(base64URL: String(parts[2])), signature.count == 64 else {
            throw .malformed(LocalizedText(zh: "签名应为 64 字节", en: "the signature must be 64 bytes"))
        }
        guard key.isValidSignature(signature, for: payloadBytes) else { throw .badSignature }
        return payload
    }

    static func base64URL(_ data: some DataProtocol) -> String {
        Data(data).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(
            of: "/", with: "_"
        )
        .replacingOccurrences(of: "=", with: "")
    }

    static func data(base64URL text: String) -> Data? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return nil }
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while standard.count % 4 != 0 { standard += "=" }
        return Data(base64Encoded: standard)
    }
}
