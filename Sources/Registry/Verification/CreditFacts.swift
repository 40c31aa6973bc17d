import CEL
import GRDB

/// The `pledge`, `credit`, `reviews` and `inspections` facts (docs/RULES.md) as of a day, loaded
/// **in bulk** for the outlets in scope — one query per table, grouped in memory by outlet (or,
/// for `credit`, by operator) — so a batch run issues no query per outlet. These tables are
/// small beside the outlets (a few rows per outlet at most), so their columns are read by name
/// on each row.
struct CreditFacts {
    let asOf: LocalDate
    let templates: PledgeTemplates
    var pledges: [Int64: [CreditPledge]] = [:]
    var breaches: [String: [LocalDate]] = [:]
    var blacklistings: [String: [Blacklisting]] = [:]
    var reviews: [Int64: [Review]] = [:]
    var inspections: [Int64: [(on: LocalDate, result: String)]] = [:]

    init(_ db: Database, asOf: LocalDate, scope: VerificationScope) throws {
        self.asOf = asOf
        templates = try PledgeTemplates.embedded()
        let condition = scope.condition
        let whole = scope == .all
        let inScope: SQL = whole ? "" : "JOIN outlet o ON o.rid = x.outlet_rid AND \(condition)"
        let operatorsInScope: SQL =
            whole ? "" : "WHERE x.operator_uscc IN (SELECT o.operator_uscc FROM outlet o WHERE \(condition))"

        let pledgeRows = try Row.fetchCursor(
            db,
            SQLRequest<Row>(
                literal: """
                    SELECT x.outlet_rid, x.id, x.template_id, x.template_version, x.text_sha256, x.signatory, x.signatory_role,
                           x.signed_on, x.withdrawn_on, x.recorded_by, x.recorded_at, x.operator_uscc
                    FROM credit_pledge x \(inScope)
                    WHERE x.kind = 'pledge' ORDER BY x.outlet_rid, x.signed_on, x.id
                    """))
        while let row = try pledgeRows.next() {
            let rid: Int64 = row["outlet_rid"]
            let pledge = CreditPledge(
                id: row["id"], kind: .pledge, operatorUSCC: row["operator_uscc"], outletID: nil,
                templateID: row["template_id"], templateVersion: row["template_version"],
                textSHA256: row["text_sha256"],
                signatory: row["signatory"],
                signatoryRole: try StoredValue.enumValue(row["signatory_role"], "signatory_role"),
                signedOn: try StoredValue.date(row["signed_on"], "signed_on"),
                withdrawnOn: try StoredValue.optionalDate(row["withdrawn_on"], "withdrawn_on"),
                recordedBy: row["recorded_by"], recordedAt: row["recorded_at"])
            pledges[rid, default: []].append(pledge)
        }

        let breachRows = try Row.fetchCursor(
            db,
            SQLRequest<Row>(literal: "SELECT x.operator_uscc, x.occurred_on FROM credit_breach x \(operatorsInScope)"))
        while let row = try breachRows.next() {
            breaches[row["operator_uscc"], default: []].append(try StoredValue.date(row["occurred_on"], "occurred_on"))
        }

        let listingRows = try Row.fetchCursor(
            db,
            SQLRequest<Row>(
                literal: """
                    SELECT x.id, x.operator_uscc, x.breach_id, x.listed_on, x.minimum_end, x.maximum_end, x.basis, x.ended_on,
                           x.ended_how, x.repair_pledge_id
                    FROM credit_blacklisting x \(operatorsInScope) ORDER BY x.listed_on, x.id
                    """))
        while let row = try listingRows.next() {
            let listing = try Blacklisting(row: row)
            blacklistings[listing.operatorUSCC, default: []].append(listing)
        }

        let reviewRows = try Row.fetchCursor(
            db,
            SQLRequest<Row>(
                literal: """
                    SELECT x.outlet_rid, x.id, x.score, x.reviewed_on, x.follow_up_due, x.rectified_on
                    FROM review x \(inScope) WHERE x.reviewed_on <= \(asOf.description)
                    """))
        while let row = try reviewRows.next() {
            let scoreValue: Int = row["score"]
            guard let score = ReviewScore(rawValue: scoreValue) else {
                throw RegistryError.database("column score holds \(scoreValue), not 1–5")
            }
            let review = Review(
                id: row["id"], outletID: "", score: score,
                reviewedOn: try StoredValue.date(row["reviewed_on"], "reviewed_on"), text: nil,
                followUpDue: try StoredValue.optionalDate(row["follow_up_due"], "follow_up_due"), followUpOn: nil,
                followUpText: nil, rectifiedOn: try StoredValue.optionalDate(row["rectified_on"], "rectified_on"),
                recordedBy: "", recordedAt: "")
            reviews[row["outlet_rid"], default: []].append(review)
        }

        let inspectionRows = try Row.fetchCursor(
            db,
            SQLRequest<Row>(
                literal: """
                    SELECT x.outlet_rid, x.inspected_on, x.result FROM inspection x \(inScope)
                    WHERE x.inspected_on <= \(asOf.description) ORDER BY x.outlet_rid, x.inspected_on, x.id
                    """))
        while let row = try inspectionRows.next() {
            inspections[row["outlet_rid"], default: []].append(
                (try StoredValue.date(row["inspected_on"], "inspected_on"), row["result"]))
        }
    }

    /// The four roots for one outlet.
    func roots(rid: Int64, operatorUSCC: String) -> [String: CELValue] {
        [
            "pledge": pledgeFact(pledges[rid] ?? []),
            "credit": creditFact(operatorUSCC),
            "reviews": reviewsFact(reviews[rid] ?? []),
            "inspections": inspectionsFact(inspections[rid] ?? []),
        ]
    }

    /// `{current, signed, …}`: `current` when the latest pledge signed on or before the day is
    /// not withdrawn and its template version is still accepted.
    func pledgeFact(_ all: [CreditPledge]) -> CELValue {
        let signed = all.filter { $0.signedOn <= asOf }
        var pairs: [String: CELValue] = ["current": .bool(false), "signed": .int(Int64(signed.count))]
        if let latest = signed.last {
            pairs["current"] = .bool(latest.isInForce(on: asOf, templates: templates))
            pairs["pledge_id"] = .int(latest.id)
            pairs["signed_on"] = .string(latest.signedOn.description)
            pairs["signatory"] = .string(latest.signatory)
            pairs["signatory_role"] = .string(latest.signatoryRole.rawValue)
            pairs["template_id"] = .string(latest.templateID)
            pairs["template_version"] = .int(Int64(latest.templateVersion))
            if let withdrawn = latest.withdrawnOn, withdrawn <= asOf {
                pairs["withdrawn_on"] = .string(withdrawn.description)
            }
        }
        return .map(CELMap(pairs))
    }

    /// `{blacklisted, blacklisted_until?, listed_on?, breaches, breaches_last_year,
    /// breaches_last_3_years, blacklistings}` for the operator.
    func creditFact(_ uscc: String) -> CELValue {
        let days = (breaches[uscc] ?? []).filter { $0 <= asOf }
        let yearAgo = asOf.adding(months: -12)
        let threeYearsAgo = asOf.adding(months: -36)
        let listings = (blacklistings[uscc] ?? []).filter { $0.listedOn <= asOf }
        let active = listings.filter { $0.isActive(on: asOf) }
        var pairs: [String: CELValue] = [
            "blacklisted": .bool(!active.isEmpty),
            "breaches": .int(Int64(days.count)),
            "breaches_last_year": .int(Int64(days.filter { $0 > yearAgo }.count)),
            "breaches_last_3_years": .int(Int64(days.filter { $0 > threeYearsAgo }.count)),
            "blacklistings": .int(Int64(listings.count)),
        ]
        if let until = active.map({ $0.publicUntil(asOf: asOf) }).max() {
            pairs["blacklisted_until"] = .string(until.description)
        }
        if let from = active.map(\.listedOn).min() { pairs["listed_on"] = .string(from.description) }
        return .map(CELMap(pairs))
    }

    /// `{count, average_tenths?, bad, open_bad, overdue_bad}` (`ReviewSummary`).
    func reviewsFact(_ all: [Review]) -> CELValue {
        let summary = ReviewSummary(all, asOf: asOf)
        var pairs: [String: CELValue] = [
            "count": .int(Int64(summary.count)), "bad": .int(Int64(summary.bad)),
            "open_bad": .int(Int64(summary.openBad)), "overdue_bad": .int(Int64(summary.overdueBad)),
        ]
        if let average = summary.averageTenths { pairs["average_tenths"] = .int(Int64(average)) }
        return .map(CELMap(pairs))
    }

    /// `{recorded, count, count_last_year, last_on?, last_result?, months_since_last?}`.
    func inspectionsFact(_ all: [(on: LocalDate, result: String)]) -> CELValue {
        let yearAgo = asOf.adding(months: -12)
        var pairs: [String: CELValue] = [
            "recorded": .bool(!all.isEmpty), "count": .int(Int64(all.count)),
            "count_last_year": .int(Int64(all.filter { $0.on > yearAgo }.count)),
        ]
        if let last = all.last {
            pairs["last_on"] = .string(last.on.description)
            pairs["last_result"] = .string(last.result)
            pairs["months_since_last"] = .int(Int64(FactValues.completed(from: last.on, to: asOf).months))
        }
        return .map(CELMap(pairs))
    }
}
