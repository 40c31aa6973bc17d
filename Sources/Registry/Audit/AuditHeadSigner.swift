import Crypto
import Foundation
import GRDB

/// Signs the audit chain's head — its length and newest hash — with the registry's signing key
/// (the badge key, kept in a file outside the database) at every commit, like a transparency
/// log's signed tree head. Someone who can write the database file but lacks the key can edit,
/// append or rewrite entries with correct hashes, but cannot sign the new head: `audit verify`
/// finds and names what the signed head does not cover.
///
/// The signed message is `puhui-audit-head:v1:LENGTH:HASH`; `registry_meta`
/// `audit_head_signature` holds `LENGTH:HASH:BASE64-SIGNATURE`.
public struct AuditHeadSigner: Sendable {
    /// `registry_meta` key of the signed head.
    package static let metaKey = "audit_head_signature"

    /// The key's raw 32 bytes (`Data` is `Sendable`; Crypto's key type is not).
    let rawKey: Data

    public init(privateKey: Curve25519.Signing.PrivateKey) {
        rawKey = privateKey.rawRepresentation
    }

    /// The message signed for a head.
    static func message(length: Int64, head: String) -> Data {
        Data("puhui-audit-head:v1:\(length):\(head)".utf8)
    }

    /// Signs the chain's head now (inside the write transaction that made it).
    func sign(_ db: Database, length: Int64, head: String) throws {
        let value = try signedValue(length: length, head: head)
        try db.execute(
            literal: """
                INSERT INTO registry_meta (key, value) VALUES (\(Self.metaKey), \(value))
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """)
    }
}

extension AuditHeadSigner {
    /// The `registry_meta` value of a signed head: `LENGTH:HASH:BASE64-SIGNATURE`.
    package func signedValue(length: Int64, head: String) throws -> String {
        let privateKey = try Curve25519.Signing.PrivateKey(rawRepresentation: rawKey)
        let signature = try privateKey.signature(for: Self.message(length: length, head: head))
        return "\(length):\(head):\(signature.base64EncodedString())"
    }

    /// Reads the signed head recorded in `registry_meta`: (length, head hash, signature).
    static func recorded(_ db: Database) throws -> (length: Int64, head: String, signature: Data)? {
        try String.fetchOne(db, SQLRequest(literal: "SELECT value FROM registry_meta WHERE key = \(metaKey)")).map(
            parse)
    }

    /// A recorded signed head's text `LENGTH:HASH:BASE64-SIGNATURE`, read (length -1 when malformed).
    package static func parse(_ text: String) -> (length: Int64, head: String, signature: Data) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, let length = Int64(parts[0]), let signature = Data(base64Encoded: String(parts[2]))
        else {
            return (-1, "", Data())
        }
        return (length, String(parts[1]), signature)
    }
}

extension RegistryDatabase {
    /// Inside a write that appended entries: signs the new head with `auditSigner`. A registry
    /// that records a signing key refuses a write by someone without it (the head would be left
    /// unsigned, which `audit verify` reports as tampering).
    func signHead(_ db: Database, _ log: AuditLog) throws {
        if let auditSigner {
            try auditSigner.sign(db, length: log.lastSeq, head: log.lastHash)
            return
        }
        let recorded = try String.fetchOne(
            db, SQLRequest(literal: "SELECT value FROM registry_meta WHERE key = \(SQLiteBadgeStore.badgeKeyMetaKey)"))
        // The write that records the key signs the head with it (`signAuditHead`) after commit.
        if let recorded, log.lastSeq > 0, try !Self.recordsKey(db, seq: log.lastSeq) {
            throw RegistryError.signingKeyRequired(fingerprint: recorded)
        }
    }

    /// Whether entry `seq` is the one recording the signing key (`badge.key`).
    static func recordsKey(_ db: Database, seq: Int64) throws -> Bool {
        try String.fetchOne(db, AuditEntryRecord.select(AuditEntryRecord.Columns.action).filter(key: seq))
            == "badge.key"
    }
}
