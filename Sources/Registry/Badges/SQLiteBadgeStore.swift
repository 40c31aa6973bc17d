import Foundation
import GRDB

/// Badges (统一标识): the live lookup a resident uses, re-issue on loss, and the registry's
/// record of its signing key's fingerprint.
/// The badge store on SQLite: `BadgeStore` over the registry's connection.
public struct SQLiteBadgeStore: BadgeStore {
    /// The connection, with its write transaction (officer check, audit log).
    let database: RegistryDatabase

    /// `registry_meta` key holding the badge-signing key's fingerprint.
    package static let badgeKeyMetaKey = "badge_signing_key_fingerprint"

    /// Looks a badge number up as of a day: the badge with its live status, or why there is none
    /// (malformed, mistyped — with the one existing badge a single-character change gives, if
    /// exactly one does — or not found). Read-only.
    public func lookUpBadge(_ text: String, asOf: LocalDate) throws -> BadgeLookup {
        let number = text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        switch BadgeNumber.validate(number) {
        case .malformed:
            return .malformed
        case .wrongCheckCharacter(let expected, let found):
            let candidates = Self.singleChangeCandidates(number)
            let existing = try database.read { db in
                try String.fetchAll(
                    db,
                    BadgeRecord.select(BadgeRecord.Columns.number).filter(
                        candidates.contains(BadgeRecord.Columns.number)
                    )
                    .order(BadgeRecord.Columns.number))
            }
            return .mistyped(expected: expected, found: found, suggestion: existing.count == 1 ? existing[0] : nil)
        case nil:
            return try database.read { db in try Self.badge(db, number: number, asOf: asOf) }.map(BadgeLookup.found)
                ?? .notFound
        }
    }

    /// The valid badge numbers one character away from `number` (the check character, the
    /// family letter, or one digit of the year or serial changed).
    static func singleChangeCandidates(_ number: String) -> [String] {
        guard BadgeNumber.parse(number) != nil else { return [] }
        var out: Set<String> = []
        let characters = Array(number)
        var variants: [[Character]] = []
        for index in [2, 4, 5, 6, 7, 9, 10, 11, 12, 13, 15] {
            let choices: [Character] =
                index == 2 ? ["E", "C"] : index == 15 ? BadgeNumber.alphabet : Array("0123456789")
            for choice in choices where choice != characters[index] {
                var changed = characters
                changed[index] = choice
                variants.append(changed)
            }
        }
        for variant in variants {
            let text = String(variant)
            if BadgeNumber.validate(text) == nil, text != number { out.insert(text) }
        }
        return out.sorted()
    }

    static func badge(_ db: Database, number: String, asOf: LocalDate) throws -> Badge? {
        // The badge's own columns, then its outlet's, operator's and recognition's under names
        // that cannot clash with them.
        guard
            let row = try SQLRequest<Row>(
                literal: """
                    SELECT b.*, o.id AS outlet_id, o.name AS outlet_name, o.address AS outlet_address,
                           o.district_code AS outlet_district, p.name AS operator_name, o.operator_uscc AS operator_uscc,
                           c.status AS recognition_status
                    FROM badge b JOIN outlet o ON o.rid = b.outlet_rid JOIN certification c ON c.id = b.certification_id
                    LEFT JOIN operator p ON p.uscc = o.operator_uscc
                    WHERE b.number = \(number)
                    """
            ).fetchOne(db)
        else { return nil }
        let badge = try BadgeRecord(row: row)
        let validFrom = try StoredValue.date(badge.validFrom, "valid_from")
        let validTo = try StoredValue.date(badge.validTo, "valid_to")
        let issuedOn = try StoredValue.optionalDate(badge.issuedOn, "issued_on")
        let voidedOn = try StoredValue.optionalDate(badge.voidedOn, "voided_on")
        let recorded: CertificationStatus = try StoredValue.enumValue(row["recognition_status"], "status")
        // The recognition's status on the day, replayed from its steps (`RecognitionReplay`).
        let steps = try CertificationFact.steps(db, certificationID: badge.certificationID)
        let onDay: CertificationStatus? = try RecognitionReplay.standing(steps, on: asOf.description)
            .map { try StoredValue.enumValue($0.latest.toStatus, "to_status") }
        let status = BadgeStatus.live(
            on: asOf, voidedOn: voidedOn, issuedOn: issuedOn, validFrom: validFrom, validTo: validTo,
            recognition: onDay ?? recorded)
        let run = try SQLRequest<Row>(
            literal: """
                SELECT r.id, r.as_of FROM verification_outcome v JOIN verification_run r ON r.id = v.run_id
                WHERE v.outlet_rid = \(badge.outletRID) AND r.as_of <= \(asOf.description)
                ORDER BY r.as_of DESC, r.id DESC LIMIT 1
                """
        ).fetchOne(db)
        return Badge(
            number: badge.number, outletID: row["outlet_id"], outletName: row["outlet_name"],
            outletAddress: row["outlet_address"], districtCode: row["outlet_district"],
            operatorName: row["operator_name"],
            operatorUSCC: row["operator_uscc"], level: try StoredValue.enumValue(badge.level, "level"),
            validFrom: validFrom, validTo: validTo, issuedOn: issuedOn, voidedOn: voidedOn,
            voidReason: badge.voidReason,
            replacedBy: badge.replacedBy, recognitionStatus: recorded, status: status, asOf: asOf,
            lastVerificationRun: run?["id"], lastVerificationOn: try StoredValue.optionalDate(run?["as_of"], "as_of"))
    }

    /// 换发: voids a lost badge's number and issues a new one for the same recognition and
    /// validity (certified or suspended recognitions; the badge must be the current one).
    /// Audited as `certification.reissue`.
    public func reissueBadge(number text: String, on day: LocalDate, officer: String, reason: String) throws
        -> RecognitionStepResult
    {
        let number = text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        if let problem = BadgeNumber.validate(number) {
            throw RegistryError.invalidValue(
                what: LocalizedText(zh: "标识编号", en: "badge number"), value: number, reason: problem.message)
        }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw RecognitionError.missingText(field: "--reason")
        }
        guard
            let outletID = try database.read({ db in
                try String.fetchOne(
                    db,
                    SQLRequest(
                        literal:
                            "SELECT o.id FROM badge b JOIN outlet o ON o.rid = b.outlet_rid WHERE b.number = \(number)")
                )
            })
        else { throw RecognitionError.badgeNotFound(number) }
        return try SQLiteRecognitionStore(database: database).recognitionStep(
            outletID, .reissue, on: day, officer: officer, reason: reason
        ) {
            db, log, outlet, current, to in
            guard let current, current.certification.badgeNo == number,
                var lost = try BadgeRecord.fetchOne(db, key: number)
            else { throw RecognitionError.badgeNotFound(number) }
            if let voided = try StoredValue.optionalDate(lost.voidedOn, "voided_on") {
                throw RecognitionError.badgeVoided(number, on: voided)
            }
            let replacement = try SQLiteRecognitionStore.nextBadgeNumber(db, family: outlet.family, year: day.year)
            try BadgeRecord(
                number: replacement, certificationID: current.id, outletRID: outlet.rid,
                level: current.certification.level.rawValue, validFrom: lost.validFrom, validTo: lost.validTo,
                issuedOn: day.description
            ).insert(db)
            try lost.updateChanges(db) {
                $0.voidedOn = day.description
                $0.voidReason = log.reason
                $0.replacedBy = replacement
            }
            try db.execute(literal: "UPDATE certification SET badge_no = \(replacement) WHERE id = \(current.id)")
            let event = try RecognitionWorkflow.record(
                db, &log, outlet: outlet, certificationID: current.id, before: current.certification, action: .reissue,
                from: current.certification.status, to: to, on: day, basis: "统一标识遗失或损毁换发，原编号作废",
                details: .object(["old_badge": .string(number), "new_badge": .string(replacement)]))
            var result = try SQLiteRecognitionStore.result(db, outlet, event)
            result.voidedBadge = number
            return result
        }
    }

    /// The badge-signing key's fingerprint this registry recorded (nil: none yet).
    public func badgeKeyFingerprint() throws -> String? {
        try database.outlets.meta(Self.badgeKeyMetaKey)
    }

    /// Records the badge-signing key's fingerprint (audited as `badge.key`), so a print with
    /// another key is refused. A registry keeps one key: a different fingerprint is refused.
    public func recordBadgeKey(fingerprint: String, officer: String, reason: String) throws {
        try database.write(officer: officer, reason: reason) { db, log in
            let existing = try String.fetchOne(
                db, SQLRequest(literal: "SELECT value FROM registry_meta WHERE key = \(Self.badgeKeyMetaKey)"))
            if let existing {
                guard existing == fingerprint else {
                    throw BadgeKeyError.wrongKey(path: "registry_meta", recorded: existing, found: fingerprint)
                }
                return
            }
            try db.execute(
                literal: "INSERT INTO registry_meta (key, value) VALUES (\(Self.badgeKeyMetaKey), \(fingerprint))")
            try log.append(
                db, action: "badge.key", entityType: "registry_meta", entityID: Self.badgeKeyMetaKey, before: nil,
                after: JSONValue.object(["fingerprint": .string(fingerprint)]).canonicalText)
        }
    }

    /// Checks a signing key is the one this registry recorded (any key while none is recorded).
    public func checkBadgeKey(_ key: BadgeSigningKey, path: String) throws {
        if let recorded = try badgeKeyFingerprint(), recorded != key.fingerprint {
            throw BadgeKeyError.wrongKey(path: path, recorded: recorded, found: key.fingerprint)
        }
    }
}
