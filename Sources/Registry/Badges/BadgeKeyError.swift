/// Why a badge-signing or public key could not be used. `message` is in both languages.
public enum BadgeKeyError: UserFacingError, Equatable, CustomStringConvertible {
    /// No key file at the path.
    case noKey(path: String)
    /// `badge key init` refuses to overwrite a key.
    case keyExists(path: String)
    /// The file could not be read or written.
    case io(path: String, reason: String)
    /// The file is not a key of the expected kind.
    case malformed(path: String, expected: String)
    /// The key is not the one this registry recorded.
    case wrongKey(path: String, recorded: String, found: String)

    public var message: LocalizedText {
        switch self {
        case .noKey(let path):
            LocalizedText(
                zh: "\(path) 处没有标识签名私钥：用 puhui badge key init 生成（或用 --signing-key / PUHUI_SIGNING_KEY 指定）",
                en:
                    "no badge-signing key at \(path): create one with puhui badge key init (or give --signing-key / PUHUI_SIGNING_KEY)"
            )
        case .keyExists(let path):
            LocalizedText(
                zh: "\(path) 已有签名私钥，不覆盖（换钥会使已打印的令牌无法核验）",
                en:
                    "\(path) already holds a signing key; it is not overwritten (a new key would invalidate every printed token)"
            )
        case .io(let path, let reason):
            LocalizedText(zh: "无法读写 \(path)：\(reason)", en: "cannot read or write \(path): \(reason)")
        case .malformed(let path, let expected):
            LocalizedText(
                zh: "\(path) 不是\(expected == "private" ? "标识签名私钥" : "标识公钥")文件",
                en: "\(path) is not a badge \(expected == "private" ? "signing" : "public") key file")
        case .wrongKey(let path, let recorded, let found):
            LocalizedText(
                zh: "\(path) 的密钥（指纹 \(found)）不是本登记库登记的标识签名密钥（指纹 \(recorded)）",
                en:
                    "the key in \(path) (fingerprint \(found)) is not this registry's badge-signing key (fingerprint \(recorded))"
            )
        }
    }

    /// No key: missing input (66); a key already there: exists (73); I/O (74); a malformed or
    /// wrong key: data (65).
    public var kind: FailureKind {
        switch self {
        case .noKey: .missingInput
        case .keyExists: .alreadyExists
        case .io: .io
        case .malformed, .wrongKey: .invalidData
        }
    }

    public var description: String { message.en }
}
