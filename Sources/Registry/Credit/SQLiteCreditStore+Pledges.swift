import Foundation
import GRDB

extension SQLiteCreditStore {
    /// Records a credit pledge (信用承诺) of the outlet's operator, signed on `on` on the template
    /// version in use that day (`PledgeTemplates.current`). The signatory must be the operator's
    /// recorded legal representative unless `role` is `authorisedAgent`. A later pledge of the
    /// same outlet supersedes this one. Audited as `pledge.sign`.
    @discardableResult
    public func signPledge(
        outletID: String, signatory: String, role: SignatoryRole = .legalRepresentative, on date: LocalDate,
        templates: PledgeTemplates, officer: String, reason: String = ""
    ) throws -> CreditPledge {
        try refuseFutureDay(date)
        let signatory = signatory.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !signatory.isEmpty else { throw CreditError.emptyText(option: "--signatory") }
        guard let template = templates.current(.pledge, on: date) else {
            throw CreditError.noTemplate(kind: .pledge, on: date)
        }
        return try database.write(officer: officer, reason: reason) { db, log in
            let outlet = try CreditScope.outlet(db, id: outletID)
            try outlet.check(db, officer: log.officer)
            return try Self.insertPledge(
                db, &log, kind: .pledge, operatorUSCC: outlet.operatorUSCC, outlet: outlet, template: template,
                signatory: signatory, role: role, on: date)
        }
    }

    /// Withdraws a pledge from `on` (it no longer counts from that day). Audited as
    /// `pledge.withdraw`.
    @discardableResult
    public func withdrawPledge(id: Int64, on date: LocalDate, officer: String, reason: String = "") throws
        -> CreditPledge
    {
        try refuseFutureDay(date)
        return try database.write(officer: officer, reason: reason) { db, log in
            guard let before = try Self.pledge(db, id: id) else {
                throw CreditError.recordNotFound(kind: LocalizedText(zh: "承诺", en: "pledge"), id: id)
            }
            if let outletID = before.outletID {
                try CreditScope.outlet(db, id: outletID).check(db, officer: log.officer)
            } else {
                try Self.checkOperatorScope(db, uscc: before.operatorUSCC, officer: log.officer)
            }
            if let withdrawn = before.withdrawnOn { throw CreditError.alreadyWithdrawn(id: id, on: withdrawn) }
            guard date >= before.signedOn else {
                throw CreditError.dateBefore(
                    option: "--on", value: date, earliest: before.signedOn,
                    what: LocalizedText(zh: "签署日期", en: "the day it was signed"))
            }
            var after = before
            after.withdrawnOn = date
            try CreditPledgeRecord.filter(key: id).updateAll(
                db, CreditPledgeRecord.Columns.withdrawnOn.set(to: date.description))
            try log.append(
                db, action: "pledge.withdraw", entityType: "credit_pledge", entityID: String(id),
                before: before.jsonText,
                after: after.jsonText)
            return after
        }
    }

    /// Every pledge, or those of one outlet, oldest first.
    public func pledges(outletID: String? = nil) throws -> [CreditPledge] {
        try database.read { db in try Self.pledges(db, outletID: outletID) }
    }

    /// One pledge by id.
    public func pledge(id: Int64) throws -> CreditPledge? {
        try database.read { db in try Self.pledge(db, id: id) }
    }

    /// The outlet's current pledge on `date`: the latest signed on or before it, if that one is
    /// not withdrawn and its template version is still accepted (a newer pledge supersedes the
    /// older; a withdrawn or outdated latest one leaves none current).
    public func currentPledge(outletID: String, on date: LocalDate, templates: PledgeTemplates) throws -> CreditPledge?
    {
        try database.read { db in try Self.currentPledge(db, outletID: outletID, on: date, templates: templates) }
    }

    // MARK: - Inside a transaction

    static func pledges(_ db: Database, outletID: String?) throws -> [CreditPledge] {
        let request: SQLRequest<CreditPledgeRow> =
            if let outletID {
                "\(CreditPledgeRow.select) WHERE o.id = \(outletID) ORDER BY p.signed_on, p.id"
            } else {
                "\(CreditPledgeRow.select) ORDER BY p.id"
            }
        return try request.fetchAll(db).map(\.pledge)
    }

    static func currentPledge(_ db: Database, outletID: String, on date: LocalDate, templates: PledgeTemplates) throws
        -> CreditPledge?
    {
        let latest = try pledges(db, outletID: outletID).filter { $0.kind == .pledge && $0.signedOn <= date }.last
        return latest.flatMap { $0.isInForce(on: date, templates: templates) ? $0 : nil }
    }

    static func pledge(_ db: Database, id: Int64) throws -> CreditPledge? {
        try CreditPledgeRow.fetchOne(db, SQLRequest(literal: "\(CreditPledgeRow.select) WHERE p.id = \(id)"))?.pledge
    }

    /// Inserts a signed pledge after checking the signatory against the operator's record.
    static func insertPledge(
        _ db: Database, _ log: inout AuditLog, kind: PledgeKind, operatorUSCC: String, outlet: CreditScope?,
        template: PledgeTemplate, signatory: String, role: SignatoryRole, on date: LocalDate
    ) throws -> CreditPledge {
        guard
            let row = try Row.fetchOne(
                db, SQLRequest(literal: "SELECT name, legal_representative FROM operator WHERE uscc = \(operatorUSCC)"))
        else { throw CreditError.operatorNotFound(operatorUSCC) }
        let name: String = row["name"]
        let representative: String = row["legal_representative"]
        if role == .legalRepresentative, representative != signatory {
            throw CreditError.signatoryMismatch(signatory: signatory, recorded: representative, operatorName: name)
        }
        var pledge = CreditPledge(
            id: 0, kind: kind, operatorUSCC: operatorUSCC, outletID: outlet?.id, templateID: template.id,
            templateVersion: template.version, textSHA256: template.sha256, signatory: signatory, signatoryRole: role,
            signedOn: date, withdrawnOn: nil, recordedBy: log.officer, recordedAt: log.at)
        var record = CreditPledgeRecord(outletRID: outlet?.rid, pledge)
        try record.insert(db)
        pledge.id = record.id ?? db.lastInsertedRowID
        try log.append(
            db, action: kind == .pledge ? "pledge.sign" : "pledge.sign_repair", entityType: "credit_pledge",
            entityID: String(pledge.id), before: nil, after: pledge.jsonText)
        return pledge
    }

    /// A district officer may act on an operator only through one of its outlets in their
    /// district.
    static func checkOperatorScope(_ db: Database, uscc: String, officer: String) throws {
        let authority = try OfficerAuthority.check(db, officer: officer)
        guard let district = authority.district else { return }
        let inDistrict =
            try Bool.fetchOne(
                db,
                SQLRequest(
                    literal:
                        "SELECT EXISTS (SELECT 1 FROM outlet WHERE operator_uscc = \(uscc) AND district_code = \(district))"
                )
            ) ?? false
        guard !inDistrict else { return }
        let other = try String.fetchOne(
            db,
            SQLRequest(literal: "SELECT district_code FROM outlet WHERE operator_uscc = \(uscc) ORDER BY rid LIMIT 1"))
        throw CreditError.outsideDistrict(
            officer: officer, reason: try OfficerScope.reason(other ?? "—", district, officer, db))
    }
}
