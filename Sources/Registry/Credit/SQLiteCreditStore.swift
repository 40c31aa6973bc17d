import Foundation
import GRDB
import Rules

/// The credit store on SQLite: `CreditStore` over the registry's connection.
public struct SQLiteCreditStore: CreditStore {
    /// The connection, with its write transaction (officer check, audit log).
    let database: RegistryDatabase

    /// Records a breach at an outlet, linked to the outlet's pledge current on `on` (if any),
    /// and — when the rule set's parameters in force on `on` say the category blacklists — the
    /// operator's blacklisting: listed on `on`, minimum end `on` + the category's minimum months,
    /// maximum end `on` + the maximum months (calendar months, a short month's last day when the
    /// day does not exist: `LocalDate.adding(months:)`). All in one write transaction with its
    /// audit entries (`credit.breach`, `credit.blacklist`); a district officer only for an outlet
    /// of their district.
    public func recordBreach(
        outletID: String, category: BreachCategory, evidence: String, on date: LocalDate, ruleSet: CompiledRuleSet,
        templates: PledgeTemplates, officer: String, reason: String = ""
    ) throws -> BreachOutcome {
        try refuseFutureDay(date)
        let evidence = evidence.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !evidence.isEmpty else { throw CreditError.emptyText(option: "--evidence") }
        let terms = try CreditParameters(ruleSet: ruleSet, on: date).blacklistTerms(for: category)
        return try database.write(officer: officer, reason: reason) { db, log in
            let outlet = try CreditScope.outlet(db, id: outletID)
            try outlet.check(db, officer: log.officer)
            let pledge = try Self.currentPledge(db, outletID: outlet.id, on: date, templates: templates)
            var breach = CreditBreach(
                id: 0, operatorUSCC: outlet.operatorUSCC, outletID: outlet.id, pledgeID: pledge?.id, category: category,
                evidence: evidence, occurredOn: date, recordedBy: log.officer, recordedAt: log.at)
            var record = CreditBreachRecord(outletRID: outlet.rid, breach)
            try record.insert(db)
            breach.id = record.id ?? db.lastInsertedRowID
            try log.append(
                db, action: "credit.breach", entityType: "credit_breach", entityID: String(breach.id), before: nil,
                after: breach.jsonText)
            guard let terms else {
                return BreachOutcome(breach: breach, blacklisting: nil, operatorOutlets: [], suspendedOutlets: [])
            }
            let listing = try Self.insertBlacklisting(db, &log, breach: breach, terms: terms)
            let operatorOutlets = try Row.fetchAll(
                db,
                SQLRequest(
                    literal: "SELECT rid, id FROM outlet WHERE operator_uscc = \(outlet.operatorUSCC) ORDER BY rid")
            ).map { (rid: $0["rid"] as Int64, id: $0["id"] as String) }
            // The blacklisting suspends the operator's certified recognitions at once (in this
            // transaction, recorded as steps of each recognition).
            let suspended = try RecognitionWorkflow.suspendAutomatically(
                db, log: &log, outletRIDs: operatorOutlets.map(\.rid), on: date,
                cause:
                    "运营主体列入黑名单（失信记录 \(breach.id)，\(breach.category.rawValue)） / operator blacklisted (breach \(breach.id), \(breach.category.rawValue))",
                basis: listing.basis)
            return BreachOutcome(
                breach: breach, blacklisting: listing, operatorOutlets: operatorOutlets.map(\.id),
                suspendedOutlets: suspended)
        }
    }

    /// Ends a blacklisting early by credit repair (信用修复) on `on`: only while it is active,
    /// on or after its minimum end, and with a repair pledge signed that day by the operator's
    /// legal representative (recorded here, on the repair template in use). One transaction,
    /// audited as `pledge.sign_repair` and `credit.repair`.
    @discardableResult
    public func repairBlacklisting(
        id: Int64, on date: LocalDate, signatory: String, role: SignatoryRole = .legalRepresentative,
        templates: PledgeTemplates, officer: String, reason: String = ""
    ) throws -> Blacklisting {
        try refuseFutureDay(date)
        let signatory = signatory.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !signatory.isEmpty else { throw CreditError.emptyText(option: "--signatory") }
        return try database.write(officer: officer, reason: reason) { db, log in
            guard let before = try Self.blacklisting(db, id: id) else {
                throw CreditError.recordNotFound(kind: LocalizedText(zh: "失信名单记录", en: "blacklisting"), id: id)
            }
            let breachOutlet = try Int64.fetchOne(
                db, CreditBreachRecord.select(CreditBreachRecord.Columns.outletRID).filter(key: before.breachID))
            if let rid = breachOutlet {
                try CreditScope.outlet(db, rid: rid).check(db, officer: log.officer)
            }
            try CreditRules.checkRepair(before, on: date)
            guard let template = templates.current(.repair, on: date) else {
                throw CreditError.noTemplate(kind: .repair, on: date)
            }
            let repair = try Self.insertPledge(
                db, &log, kind: .repair, operatorUSCC: before.operatorUSCC, outlet: nil, template: template,
                signatory: signatory, role: role, on: date)
            var after = before
            after.endedOn = date
            after.endedHow = "repaired"
            after.repairPledgeID = repair.id
            typealias Listing = BlacklistingRecord.Columns
            try BlacklistingRecord.filter(key: id).updateAll(
                db, Listing.endedOn.set(to: date.description), Listing.endedHow.set(to: "repaired"),
                Listing.repairPledgeID.set(to: repair.id))
            try log.append(
                db, action: "credit.repair", entityType: "credit_blacklisting", entityID: String(id),
                before: before.jsonText, after: after.jsonText)
            return after
        }
    }

    /// Breaches, all or one operator's, oldest first.
    public func breaches(operatorUSCC: String? = nil) throws -> [CreditBreach] {
        try database.read { db in
            let filter: SQL = operatorUSCC.map { "WHERE b.operator_uscc = \($0)" } ?? ""
            return try CreditBreachRow.fetchAll(
                db, SQLRequest(literal: "\(CreditBreachRow.select) \(filter) ORDER BY b.occurred_on, b.id")
            ).map(\.breach)
        }
    }

    /// Blacklistings, all or one operator's, in listing order.
    public func blacklistings(operatorUSCC: String? = nil) throws -> [Blacklisting] {
        try database.read { db in
            typealias Listing = BlacklistingRecord.Columns
            var request = BlacklistingRecord.order(Listing.listedOn, Listing.id)
            if let operatorUSCC { request = request.filter(Listing.operatorUSCC == operatorUSCC) }
            return try request.fetchAll(db).map { try $0.blacklisting() }
        }
    }

    /// The public blacklist on `date` (公开的失信名单): every active blacklisting with its
    /// operator's name and the breach's category.
    public func publicBlacklist(on date: LocalDate) throws -> [BlacklistEntry] {
        let listings = try blacklistings().filter { $0.isActive(on: date) }
        let breaches = Dictionary(uniqueKeysWithValues: try self.breaches().map { ($0.id, $0) })
        let names = try SQLiteOutletStore(database: database).operatorNames()
        return listings.compactMap { listing in
            breaches[listing.breachID].map { breach in
                BlacklistEntry(
                    blacklisting: listing, operatorName: names[listing.operatorUSCC] ?? listing.operatorUSCC,
                    breach: breach,
                    publicUntil: listing.publicUntil(asOf: date))
            }
        }
    }

    // MARK: - Inside a transaction

    static func blacklisting(_ db: Database, id: Int64) throws -> Blacklisting? {
        try BlacklistingRecord.fetchOne(db, key: id).map { try $0.blacklisting() }
    }

    static func insertBlacklisting(
        _ db: Database, _ log: inout AuditLog, breach: CreditBreach,
        terms: (minimumMonths: Int, maximumMonths: Int, basis: String)
    ) throws -> Blacklisting {
        let listedOn = breach.occurredOn
        let (minimumEnd, maximumEnd) = CreditRules.blacklistPeriod(
            listedOn: listedOn, minimumMonths: terms.minimumMonths, maximumMonths: terms.maximumMonths)
        var listing = Blacklisting(
            id: 0, operatorUSCC: breach.operatorUSCC, breachID: breach.id, listedOn: listedOn, minimumEnd: minimumEnd,
            maximumEnd: maximumEnd, basis: terms.basis, endedOn: nil, endedHow: nil, repairPledgeID: nil)
        var record = BlacklistingRecord(listing)
        try record.insert(db)
        listing.id = record.id ?? db.lastInsertedRowID
        try log.append(
            db, action: "credit.blacklist", entityType: "credit_blacklisting", entityID: String(listing.id),
            before: nil,
            after: listing.jsonText)
        return listing
    }
}

extension SQLiteCreditStore {
    /// Refuses a credit, review or inspection record dated after today (China time, by the
    /// registry's clock): records are made of what happened, never in advance.
    func refuseFutureDay(_ day: LocalDate) throws {
        let today = database.clock.today()
        guard day <= today else { throw CreditError.futureDate(day, today: today) }
    }
}
