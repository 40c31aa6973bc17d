import Crypto
import Foundation
import GRDB

/// What the signed head says about the audit chain (`RegistryDatabase.checkSignedHead`).
public enum AuditHeadCheck: Sendable, Equatable {
    /// The registry records no signing key: its head is not signed (`puhui badge key init`).
    case unsigned
    /// The head is signed with the key and covers every entry.
    case signed(length: Int64)
    /// A key is recorded but none was given to check the signature with.
    case noKeyToCheck(fingerprint: String)
    /// Something the signed head proves wrong, in both languages.
    case tampered(LocalizedText)

    public var isTampered: Bool {
        if case .tampered = self { true } else { false }
    }
}

extension AuditHeadCheck {
    /// The signed head's check, for any store: the signing key's recorded `fingerprint` (nil: the
    /// registry signs nothing), the raw Ed25519 `publicKey` given (nil: none at hand), the chain's
    /// length now, the signed head recorded (`AuditHeadSigner.parse`) and the hash of the entry
    /// at its length now. The signature must verify, its key must be the one recorded, and it
    /// must cover exactly the chain's entries; entries appended after it, a chain rewritten
    /// under it, entries cut from its end and a forged signature are each named.
    package static func evaluate(
        fingerprint: String?, publicKey raw: Data?, chainLength length: Int64,
        signed: (length: Int64, head: String, signature: Data)?, hashAtSignedLength hash: String?
    ) throws -> AuditHeadCheck {
        let publicKey = try raw.map { try Curve25519.Signing.PublicKey(rawRepresentation: $0) }
        guard let fingerprint else { return .unsigned }
        guard let publicKey else { return .noKeyToCheck(fingerprint: fingerprint) }
        let given = BadgeSigningKey.fingerprint(of: publicKey)
        guard given == fingerprint else {
            return .tampered(
                LocalizedText(
                    zh: "登记库记录的签名密钥指纹为 \(fingerprint)，与所给密钥 \(given) 不符：密钥记录被改动，或给错了密钥",
                    en:
                        "the registry records the signing key \(fingerprint), not the key given (\(given)): the record was changed, or the wrong key was given"
                ))
        }
        guard let signed else {
            return .tampered(
                LocalizedText(
                    zh: "登记库有签名密钥，但链头签名缺失：签名被删除，或有人无密钥写入",
                    en:
                        "the registry has a signing key but no signed head: the signature was removed, or someone wrote without the key"
                ))
        }
        guard signed.length >= 0,
            publicKey.isValidSignature(
                signed.signature, for: AuditHeadSigner.message(length: signed.length, head: signed.head))
        else {
            return .tampered(
                LocalizedText(
                    zh: "链头签名无法用该密钥验证：签名是伪造的", en: "the head signature does not verify with the key: it is forged"))
        }
        if signed.length > length {
            return .tampered(
                LocalizedText(
                    zh: "签名的链头覆盖 \(signed.length) 条，日志只有 \(length) 条：第 \(length + 1)–\(signed.length) 条被从末尾删除",
                    en:
                        "the signed head covers \(signed.length) entries but the log has \(length): entries \(length + 1)–\(signed.length) were cut from its end"
                ))
        }
        if signed.length > 0, hash != signed.head {
            return .tampered(
                LocalizedText(
                    zh: "第 \(signed.length) 条不是签名时的那一条（哈希不同）：审计链被改写",
                    en:
                        "entry \(signed.length) is not the one that was signed (its hash differs): the chain was rewritten"
                ))
        }
        if signed.length < length {
            let range = signed.length + 1 == length ? "\(length)" : "\(signed.length + 1)–\(length)"
            return .tampered(
                LocalizedText(
                    zh: "第 \(range) 条不在签名的链头之内：由没有签名密钥的人追加",
                    en:
                        "entries \(range) are not covered by the signed head: appended by someone without the signing key"
                ))
        }
        return .signed(length: length)
    }
}

extension SQLiteAuditStore {
    /// Checks the signed head against the chain with `publicKey` (from outside the database:
    /// the key file, or a published public key): the signature must verify, its key must be the
    /// one the registry recorded, and it must cover exactly the chain's entries. Entries
    /// appended after it, a chain rewritten under it, entries cut from its end and a forged
    /// signature are each named.
    public func checkSignedHead(publicKey raw: Data?) throws -> AuditHeadCheck {
        // A key that is not a key is refused before anything is read.
        _ = try raw.map { try Curve25519.Signing.PublicKey(rawRepresentation: $0) }
        return try database.read { db in
            let fingerprint = try String.fetchOne(
                db,
                SQLRequest(literal: "SELECT value FROM registry_meta WHERE key = \(SQLiteBadgeStore.badgeKeyMetaKey)"))
            let length = try Int64.fetchOne(db, AuditEntryRecord.select(max(AuditEntryRecord.Columns.seq))) ?? 0
            let signed = try AuditHeadSigner.recorded(db)
            let hash = try signed.flatMap { signed in
                try String.fetchOne(
                    db, AuditEntryRecord.select(AuditEntryRecord.Columns.hash).filter(key: signed.length))
            }
            return try AuditHeadCheck.evaluate(
                fingerprint: fingerprint, publicKey: raw, chainLength: length, signed: signed, hashAtSignedLength: hash)
        }
    }

    /// Signs the chain's head as it is now (after the signing key is recorded: `badge key init`).
    public func signAuditHead(with signer: AuditHeadSigner) throws {
        try database.mapErrors {
            try database.writer.write { db in
                let head = try AuditEntryRecord.head().fetchOne(db)
                try signer.sign(db, length: head?.seq ?? 0, head: head?.hash ?? AuditEntry.genesisHash)
            }
        }
    }
}
