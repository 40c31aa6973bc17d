import Foundation
import GRDB
import Rules

/// The recognition (认定) workflow's steps (docs/RECOGNITION.md). Each is one write transaction:
/// the outlet's district is checked against the officer's, the step against the current status
/// (`RecognitionTransitions`), its day against today (no future day) and the previous step;
/// then `certification` is updated and one `certification_event` with its audit entry appended.
/// A refused step throws `RecognitionError` (or `RegistryError`/`OfficerError`) and changes
/// nothing.
/// The recognition store on SQLite: `RecognitionStore` over the registry's connection.
public struct SQLiteRecognitionStore: RecognitionStore {
    /// The connection, with its write transaction (officer check, audit log).
    let database: RegistryDatabase

    typealias Event = CertificationEventRecord.Columns

    typealias StepBody = (
        Database, inout AuditLog, RecognitionWorkflow.OutletRef, RecognitionWorkflow.Current?, CertificationStatus
    ) throws -> RecognitionStepResult

    /// Runs one step of `action` on the outlet's current recognition.
    func recognitionStep(
        _ outletID: String, _ action: RecognitionAction, on day: LocalDate, officer: String, reason: String,
        _ body: StepBody
    ) throws -> RecognitionStepResult {
        let today = database.clock.today()
        return try database.write(officer: officer, reason: reason) { db, log in
            let outlet = try RecognitionWorkflow.outlet(db, id: outletID)
            try RecognitionWorkflow.checkDistrict(db, officer: log.officer, outlet)
            let current = try RecognitionWorkflow.current(db, outletRID: outlet.rid)
            let target = try RecognitionWorkflow.target(action, current, outlet)
            try RecognitionWorkflow.checkDay(day, today: today, after: current)
            return try body(db, &log, outlet, current, target)
        }
    }

    /// Checks a step could be taken now, without taking it (so `review` refuses before it
    /// stores a verification run).
    func checkRecognitionStep(_ outletID: String, _ action: RecognitionAction, on day: LocalDate, officer: String)
        throws
    {
        let today = database.clock.today()
        try database.read { db in
            let outlet = try RecognitionWorkflow.outlet(db, id: outletID)
            try RecognitionWorkflow.checkDistrict(db, officer: officer, outlet)
            let current = try RecognitionWorkflow.current(db, outletRID: outlet.rid)
            _ = try RecognitionWorkflow.target(action, current, outlet)
            try RecognitionWorkflow.checkDay(day, today: today, after: current)
        }
    }

    static func result(_ db: Database, _ outlet: RecognitionWorkflow.OutletRef, _ event: RecognitionEvent) throws
        -> RecognitionStepResult
    {
        guard let certification = try Certification.fetchCurrent(db, outletRID: outlet.rid) else {
            throw RegistryError.database("recognition of \(outlet.id) vanished inside its own transaction")
        }
        return RecognitionStepResult(outletID: outlet.id, event: event, certification: certification)
    }

    static func joined(_ parts: [String]) -> String {
        parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: "；")
    }

    // MARK: - Application and review

    /// 申请: a new recognition at `level`, from no recognition in progress (never applied,
    /// rejected, revoked or expired).
    public func applyForRecognition(
        outletID: String, level: CertificationLevel, on day: LocalDate, officer: String, reason: String,
        basis: String = ""
    ) throws -> RecognitionStepResult {
        try recognitionStep(outletID, .apply, on: day, officer: officer, reason: reason) {
            db, log, outlet, current, to in
            var record = CertificationRecord(
                outletRID: outlet.rid, Certification(level: level, status: to, appliedOn: day, statusOn: day))
            try record.insert(db)
            let id = record.id ?? db.lastInsertedRowID
            let event = try RecognitionWorkflow.record(
                db, &log, outlet: outlet, certificationID: id, before: current?.certification, action: .apply,
                from: current?.certification.status, to: to, on: day,
                basis: Self.joined([basis, "自愿申请普惠认定（通政办发〔2022〕112号 二(一)2）"]),
                details: .object([
                    "level": .string(level.rawValue),
                    "previous_certification_id": current.map { .int($0.id) } ?? .null,
                ]))
            return try Self.result(db, outlet, event)
        }
    }

    /// 审核: attaches a verification run of the outlet. With `runID` a stored run that covered
    /// the outlet; without, the outlet is verified now as of `day` with `ruleSet` and the run
    /// stored (audited as `verification.run`) — only after the step is known to be allowed.
    public func reviewRecognition(
        outletID: String, runID: Int64? = nil, ruleSet: CompiledRuleSet, on day: LocalDate, officer: String,
        reason: String, basis: String = ""
    ) throws -> RecognitionStepResult {
        try checkRecognitionStep(outletID, .review, on: day, officer: officer)
        let run: Int64
        if let runID {
            run = runID
        } else {
            run = try database.verification.verifyAll(
                ruleSet: ruleSet, asOf: day, scope: VerificationScope(outletIDs: [outletID]), officer: officer
            ).id
        }
        return try recognitionStep(outletID, .review, on: day, officer: officer, reason: reason) {
            db, log, outlet, current, to in
            guard let current,
                let eligible = try Self.eligible(db, run: run, outletRID: outlet.rid),
                let stored = try SQLRequest<Row>(literal: "SELECT * FROM verification_run WHERE id = \(run)")
                    .fetchOne(db).map(VerificationRun.init(row:))
            else { throw RecognitionError.runDoesNotCoverOutlet(run: run, outlet: outlet.id) }
            let failing = try Self.failingBlockRules(db, run: run, outletRID: outlet.rid)
            try RecognitionWorkflow.setStatus(db, certificationID: current.id, to, on: day)
            let runBasis =
                "核验记录 #\(run)：规则集 \(stored.rulesetID) \(stored.rulesetVersion)（\(stored.rulesetHash.prefix(12))），核验日期 \(stored.asOf)，"
                + (eligible ? "无阻断性规则未通过" : "阻断性规则未通过：\(failing.joined(separator: "、"))")
            let event = try RecognitionWorkflow.record(
                db, &log, outlet: outlet, certificationID: current.id, before: current.certification, action: .review,
                from: current.certification.status, to: to, on: day, basis: Self.joined([basis, runBasis]), runID: run,
                details: .object([
                    "run": .int(run), "run_as_of": .string(stored.asOf), "eligible": .bool(eligible),
                    "failing_block_rules": .array(failing.map(JSONValue.string)),
                ]))
            var result = try Self.result(db, outlet, event)
            result.runID = run
            result.eligible = eligible
            result.failingBlockRules = failing
            return result
        }
    }

    /// The block rules that failed or erred for an outlet in a run.
    static func failingBlockRules(_ db: Database, run: Int64, outletRID: Int64) throws -> [String] {
        try String.fetchAll(
            db,
            SQLRequest(
                literal: """
                    SELECT rule_id FROM verification_verdict
                    WHERE run_id = \(run) AND outlet_rid = \(outletRID) AND severity = 'block' AND result IN ('fail', 'error')
                    ORDER BY rule_id
                    """))
    }

    /// Whether a run found the outlet eligible (nil: the run did not cover it).
    static func eligible(_ db: Database, run: Int64, outletRID: Int64) throws -> Bool? {
        try Bool.fetchOne(
            db,
            SQLRequest(
                literal: "SELECT eligible FROM verification_outcome WHERE run_id = \(run) AND outlet_rid = \(outletRID)"
            ))
    }

    // MARK: - Public notice, objections, decision

    /// 公示: published on `day`, lasting the `recognition_notice_working_days` parameter in
    /// working days by the holiday calendar (`day` counted if a working day). Refused when the
    /// attached run has failing or erring block rules, unless `override` says why (recorded).
    public func publishNotice(
        outletID: String, on day: LocalDate, override: String? = nil, ruleSet: CompiledRuleSet,
        calendar: WorkingDayCalendar, officer: String, reason: String, basis: String = ""
    ) throws -> RecognitionStepResult {
        let override = override?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let override, override.isEmpty { throw RecognitionError.missingText(field: "--override") }
        let parameters = try RecognitionParameters(ruleSet, on: day)
        return try recognitionStep(outletID, .notice, on: day, officer: officer, reason: reason) {
            db, log, outlet, current, to in
            guard let current,
                let run = try Int64.fetchOne(
                    db,
                    CertificationEventRecord
                        .filter(
                            Event.certificationID == current.id && Event.action == RecognitionAction.review.rawValue
                        )
                        .select(Event.verificationRunID).order(Event.id.desc).limit(1))
            else { throw RecognitionError.noRunAttached(outlet: outletID) }
            let eligible = try Self.eligible(db, run: run, outletRID: outlet.rid) ?? false
            let failing = try Self.failingBlockRules(db, run: run, outletRID: outlet.rid)
            try RecognitionRules.checkNotice(
                outlet: outlet.id, run: run, eligible: eligible, failingRules: failing, override: override)
            let notice = RecognitionRules.notice(
                startingOn: day, workingDays: parameters.noticeWorkingDays.value, calendar: calendar)
            let earliest = notice.earliestDecision
            var notes = [
                parameters.noticeWorkingDays.cited,
                "工作日按国家法定节假日及调休（\(WorkingDayCalendar.embeddedPath)）计，公示 \(day) 至 \(notice.lastDay)",
            ]
            if !notice.uncoveredYears.isEmpty {
                notes.append(
                    "节假日日历未覆盖 \(notice.uncoveredYears.map(String.init).joined(separator: "、")) 年，该年按周一至周五计")
            }
            if !eligible, let override {
                notes.append("核验记录 #\(run) 阻断性规则未通过（\(failing.joined(separator: "、"))），放行理由：\(override)")
            }
            try RecognitionWorkflow.setStatus(db, certificationID: current.id, to, on: day)
            let event = try RecognitionWorkflow.record(
                db, &log, outlet: outlet, certificationID: current.id, before: current.certification, action: .notice,
                from: current.certification.status, to: to, on: day, basis: Self.joined([basis] + notes),
                runID: run, overrideReason: eligible ? nil : override,
                details: .object([
                    "starts_on": .string(day.description), "last_day": .string(notice.lastDay.description),
                    "working_days": .int(Int64(parameters.noticeWorkingDays.value)),
                    "earliest_decision": .string(earliest.description),
                    "uncovered_years": .array(notice.uncoveredYears.map { .int(Int64($0)) }),
                ]))
            var result = try Self.result(db, outlet, event)
            result.noticeLastDay = notice.lastDay
            result.earliestDecision = earliest
            result.uncoveredYears = notice.uncoveredYears
            result.runID = run
            result.eligible = eligible
            result.failingBlockRules = failing
            return result
        }
    }

    /// The current notice of a recognition: its first day and last day.
    static func notice(_ db: Database, certificationID: Int64) throws -> RecognitionRules.Notice? {
        guard
            let row = try SQLRequest<Row>(
                literal: """
                    SELECT on_date, json_extract(details_json, '$.last_day') AS last_day FROM certification_event
                    WHERE certification_id = \(certificationID) AND action = 'notice' ORDER BY id DESC LIMIT 1
                    """
            ).fetchOne(db),
            let from = try StoredValue.optionalDate(row["on_date"], "on_date"),
            let last = try StoredValue.optionalDate(row["last_day"], "last_day")
        else { return nil }
        return RecognitionRules.Notice(firstDay: from, lastDay: last)
    }

    /// 异议: an objection during the public notice, with who raised it and what it says.
    public func recordObjection(
        outletID: String, by: String, text: String, on day: LocalDate, officer: String, reason: String
    ) throws -> RecognitionStepResult {
        let by = by.trimmingCharacters(in: .whitespacesAndNewlines)
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !by.isEmpty else { throw RecognitionError.missingText(field: "--by") }
        guard !text.isEmpty else { throw RecognitionError.missingText(field: "--text") }
        return try recognitionStep(outletID, .object, on: day, officer: officer, reason: reason) {
            db, log, outlet, current, to in
            guard let current, let notice = try Self.notice(db, certificationID: current.id) else {
                throw RecognitionError.noRunAttached(outlet: outletID)
            }
            try RecognitionRules.checkObjection(outlet: outlet.id, on: day, notice: notice)
            let event = try RecognitionWorkflow.record(
                db, &log, outlet: outlet, certificationID: current.id, before: current.certification, action: .object,
                from: current.certification.status, to: to, on: day,
                basis: "公示期 \(notice.firstDay) 至 \(notice.lastDay) 内提出",
                details: .object(["by": .string(by), "text": .string(text)]))
            var result = try Self.result(db, outlet, event)
            result.noticeLastDay = notice.lastDay
            result.earliestDecision = notice.earliestDecision
            return result
        }
    }

    /// 认定决定: after the notice (from the day after its last day), approve — which issues the
    /// badge, valid from `day` for `recognition_validity_months` — or reject. An approval with
    /// objections on record needs `reason` saying how they were resolved. A rejection is also
    /// allowed while under review (an application that cannot pass needs no notice).
    public func decideRecognition(
        outletID: String, approve: Bool, on day: LocalDate, ruleSet: CompiledRuleSet, officer: String, reason: String,
        basis: String = ""
    ) throws -> RecognitionStepResult {
        let action: RecognitionAction = approve ? .approve : .reject
        let parameters = try RecognitionParameters(ruleSet, on: day)
        return try recognitionStep(outletID, action, on: day, officer: officer, reason: reason) {
            db, log, outlet, current, to in
            guard let current else { throw RecognitionError.noRunAttached(outlet: outletID) }
            var notes = [basis]
            if current.certification.status == .inNotice, let notice = try Self.notice(db, certificationID: current.id)
            {
                let objections =
                    try CertificationEventRecord
                    .filter(Event.certificationID == current.id && Event.action == RecognitionAction.object.rawValue)
                    .fetchCount(db)
                try RecognitionRules.checkDecision(
                    outlet: outlet.id, approve: approve, on: day, notice: notice, objections: objections,
                    reason: log.reason)
                notes.append("公示 \(notice.firstDay) 至 \(notice.lastDay) 期满，异议 \(objections) 条")
            }
            var details: [String: JSONValue] = [:]
            if approve {
                let validTo = RecognitionRules.validTo(approvedOn: day, months: parameters.validityMonths.value)
                let number = try Self.nextBadgeNumber(db, family: outlet.family, year: day.year)
                try db.execute(
                    literal: """
                        UPDATE certification SET status = \(to.rawValue), badge_no = \(number), decided_on = \(day.description),
                            valid_from = \(day.description), valid_to = \(validTo.description), status_on = \(day.description)
                        WHERE id = \(current.id)
                        """)
                try BadgeRecord(
                    number: number, certificationID: current.id, outletRID: outlet.rid,
                    level: current.certification.level.rawValue, validFrom: day.description,
                    validTo: validTo.description,
                    issuedOn: day.description
                ).insert(db)
                notes.append(parameters.validityMonths.cited)
                details = [
                    "badge": .string(number), "valid_from": .string(day.description),
                    "valid_to": .string(validTo.description),
                ]
            } else {
                try db.execute(
                    literal: """
                        UPDATE certification SET status = \(to.rawValue), decided_on = \(day.description),
                            status_on = \(day.description) WHERE id = \(current.id)
                        """)
            }
            let event = try RecognitionWorkflow.record(
                db, &log, outlet: outlet, certificationID: current.id, before: current.certification, action: action,
                from: current.certification.status, to: to, on: day, basis: Self.joined(notes),
                details: details.isEmpty ? nil : .object(details))
            return try Self.result(db, outlet, event)
        }
    }

    /// The next badge number for a family and year: one more than the highest serial issued
    /// (in `badge` or on any recognition) for that family and year.
    static func nextBadgeNumber(_ db: Database, family: CareFamily, year: Int) throws -> String {
        let prefix = "NT\(family.badgeLetter)-\(year)-"
        let numbers = try String.fetchAll(
            db,
            SQLRequest(
                literal: """
                    SELECT number FROM badge WHERE substr(number, 1, 9) = \(prefix)
                    UNION SELECT badge_no FROM certification WHERE substr(badge_no, 1, 9) = \(prefix)
                    """))
        let highest = numbers.compactMap { BadgeNumber.parse($0)?.serial }.max() ?? 0
        guard let number = BadgeNumber.make(family: family, year: year, serial: highest + 1) else {
            throw RegistryError.invalidValue(
                what: LocalizedText(zh: "标识序号", en: "badge serial"), value: "\(prefix)\(highest + 1)",
                reason: LocalizedText(zh: "当年 99,999 个序号已用完", en: "the year's 99,999 serials are used up"))
        }
        return number
    }

    // MARK: - After certification

    /// 暂停 / 恢复 / 撤销: `suspend` (certified → suspended), `reinstate` (suspended → certified)
    /// or `revoke` (certified or suspended → revoked, the badge withdrawn at once). `reason` is
    /// required.
    public func changeRecognition(
        outletID: String, _ action: RecognitionAction, on day: LocalDate, officer: String, reason: String,
        basis: String = ""
    ) throws -> RecognitionStepResult {
        guard [.suspend, .reinstate, .revoke].contains(action) else {
            throw RegistryError.invalidValue(
                what: LocalizedText(zh: "认定步骤", en: "recognition step"), value: action.rawValue,
                reason: LocalizedText(zh: "只能是 suspend、reinstate 或 revoke", en: "only suspend, reinstate or revoke"))
        }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw RecognitionError.missingText(field: "--reason")
        }
        return try recognitionStep(outletID, action, on: day, officer: officer, reason: reason) {
            db, log, outlet, current, to in
            guard let current else { throw RegistryError.outletNotFound(outletID) }
            try RecognitionWorkflow.setStatus(db, certificationID: current.id, to, on: day)
            let withdrawn = action == .revoke ? current.certification.badgeNo : nil
            let event = try RecognitionWorkflow.record(
                db, &log, outlet: outlet, certificationID: current.id, before: current.certification, action: action,
                from: current.certification.status, to: to, on: day, basis: basis,
                details: withdrawn.map { .object(["badge_withdrawn": .string($0)]) })
            return try Self.result(db, outlet, event)
        }
    }

    /// 复核通过: a passed periodic review extends the validity by `recognition_validity_months`
    /// from its current end. Only while certified, from `recognition_review_window_days` before
    /// the end up to the end itself.
    public func renewRecognition(
        outletID: String, on day: LocalDate, ruleSet: CompiledRuleSet, officer: String, reason: String,
        basis: String = ""
    ) throws -> RecognitionStepResult {
        let parameters = try RecognitionParameters(ruleSet, on: day)
        return try recognitionStep(outletID, .renew, on: day, officer: officer, reason: reason) {
            db, log, outlet, current, to in
            guard let current, let validTo = current.certification.validTo else {
                throw RegistryError.outletNotFound(outletID)
            }
            let newTo = try RecognitionRules.renewedValidTo(
                outlet: outlet.id, validTo: validTo, on: day, windowDays: parameters.reviewWindowDays.value,
                months: parameters.validityMonths.value)
            try db.execute(
                literal: """
                    UPDATE certification SET valid_to = \(newTo.description), status_on = \(day.description)
                    WHERE id = \(current.id)
                    """)
            try db.execute(
                literal: """
                    UPDATE badge SET valid_to = \(newTo.description)
                    WHERE certification_id = \(current.id) AND voided_on IS NULL
                    """)
            let event = try RecognitionWorkflow.record(
                db, &log, outlet: outlet, certificationID: current.id, before: current.certification, action: .renew,
                from: current.certification.status, to: to, on: day,
                basis: Self.joined([basis, parameters.validityMonths.cited, parameters.reviewWindowDays.cited]),
                details: .object([
                    "valid_to_before": .string(validTo.description), "valid_to": .string(newTo.description),
                    "badge": .optional(current.certification.badgeNo),
                ]))
            return try Self.result(db, outlet, event)
        }
    }

    /// 到期: records, as of `day`, the expiry of every certified recognition whose validity ended
    /// before `day` without a passed periodic review (of the officer's district for a district
    /// officer). Each expiry takes effect the day after its validity's last day; the badge is
    /// withdrawn. One transaction; returns one result per expiry, in outlet order.
    public func expireLapsedRecognitions(on day: LocalDate, officer: String, reason: String, basis: String = "") throws
        -> [RecognitionStepResult]
    {
        let today = database.clock.today()
        guard day <= today else { throw RecognitionError.futureDate(day, today: today) }
        return try database.write(officer: officer, reason: reason) { db, log in
            let district = try OfficerAuthority.check(db, officer: log.officer).district
            let ids = try String.fetchAll(
                db,
                SQLRequest(
                    literal: """
                        SELECT o.id FROM certification c JOIN outlet o ON o.rid = c.outlet_rid
                        WHERE c.status = 'certified' AND c.valid_to < \(day.description)
                          AND (\(district) IS NULL OR o.district_code = \(district))
                          AND c.id = (SELECT max(id) FROM certification WHERE outlet_rid = c.outlet_rid)
                        ORDER BY o.rid
                        """))
            var results: [RecognitionStepResult] = []
            for id in ids {
                let outlet = try RecognitionWorkflow.outlet(db, id: id)
                guard let current = try RecognitionWorkflow.current(db, outletRID: outlet.rid),
                    let validTo = current.certification.validTo
                else { continue }
                let effective = RecognitionRules.expiryTakesEffect(validTo: validTo, lastStepOn: current.lastOn)
                try RecognitionWorkflow.setStatus(db, certificationID: current.id, .expired, on: effective)
                let event = try RecognitionWorkflow.record(
                    db, &log, outlet: outlet, certificationID: current.id, before: current.certification,
                    action: .expire,
                    from: .certified, to: .expired, on: effective,
                    basis: Self.joined([basis, "认定有效期至 \(validTo) 届满，未经复核延续"]),
                    details: .object([
                        "recorded_on": .string(day.description), "valid_to": .string(validTo.description),
                        "badge_withdrawn": .optional(current.certification.badgeNo),
                    ]))
                results.append(try Self.result(db, outlet, event))
            }
            return results
        }
    }

    // MARK: - Reading

    /// Every step of every recognition of an outlet, oldest first.
    public func recognitionHistory(outletID: String) throws -> [RecognitionEvent] {
        try database.read { db in
            let outlet = try RecognitionWorkflow.outlet(db, id: outletID)
            return try Self.recognitionEvents(db, outletRID: outlet.rid, outletID: outlet.id)
        }
    }

    static func recognitionEvents(_ db: Database, outletRID: Int64, outletID: String) throws -> [RecognitionEvent] {
        try CertificationEventRecord.filter(Event.outletRID == outletRID).order(Event.id).fetchAll(db)
            .map { try $0.event(outletID: outletID) }
    }

    /// The officer's worklist: each outlet's recognition as it stood on `asOf` (replayed from
    /// its steps, `RecognitionReplay`; a recognition without steps as its row stands), by live
    /// status (`status`), certified ones whose validity ends within `expiringWithin` days of
    /// `asOf`, of one district. Outlets whose first step is after `asOf` are not listed.
    public func recognitions(
        status: CertificationStatus? = nil, expiringWithin days: Int? = nil, district: String? = nil, asOf: LocalDate
    ) throws -> [RecognitionListing] {
        try database.read { db in
            // Each recognition row with its outlet's identity, aliased so nothing clashes with
            // the certification's own columns.
            let rows = try Row.fetchAll(
                db,
                SQLRequest<Row>(
                    literal: """
                        SELECT c.*, o.id AS outlet_id, o.name AS outlet_name, o.district_code AS outlet_district
                        FROM certification c JOIN outlet o ON o.rid = c.outlet_rid
                        WHERE (\(district) IS NULL OR o.district_code = \(district))
                        ORDER BY o.id, c.id
                        """))
            var steps: [Int64: [CertificationFact.Step]] = [:]
            let cursor = try CertificationFact.cursor(
                db, whole: district == nil, condition: district.map { SQL("o.district_code = \($0)") } ?? "1")
            while let row = try cursor.next() {
                let step = CertificationFact.Step(row)
                steps[step.outletRID, default: []].append(step)
            }
            let day = asOf.description
            var out: [RecognitionListing] = []
            var start = 0
            typealias Columns = CertificationRecord.Columns
            while start < rows.count {
                let rid: Int64 = rows[start][Columns.outletRID]
                var end = start
                while end < rows.count, rows[end][Columns.outletRID] as Int64 == rid { end += 1 }
                let group = rows[start..<end]
                start = end
                guard let listing = try Self.listing(group, steps: steps[rid] ?? [], day: day, asOf: asOf) else {
                    continue
                }
                if let status, listing.liveStatus != status { continue }
                if let days {
                    guard listing.liveStatus == .certified, let left = listing.daysLeft, left <= days else { continue }
                }
                out.append(listing)
            }
            if days != nil { out.sort { ($0.validTo ?? asOf, $0.outletID) < ($1.validTo ?? asOf, $1.outletID) } }
            return out
        }
    }

    /// One outlet's worklist line from its recognitions (rows of `recognitions`, in id order)
    /// and its steps, as of the day; nil if it had no recognition yet.
    static func listing(
        _ group: ArraySlice<Row>, steps: [CertificationFact.Step], day: String, asOf: LocalDate
    ) throws -> RecognitionListing? {
        let row: Row
        var certification: Certification
        let live: CertificationStatus
        if steps.isEmpty {
            // Written behind the workflow's back: as the row stands.
            guard let last = group.last else { return nil }
            row = last
            certification = try CertificationRecord(row: row).certification()
            live = certification.liveStatus(on: asOf)
        } else {
            guard let standing = RecognitionReplay.standing(steps, on: day),
                let match = group.last(where: {
                    ($0[CertificationRecord.Columns.id] as Int64) == standing.latest.certificationID
                })
            else { return nil }
            row = match
            certification = try CertificationRecord(row: row).certification()
            certification.status = try StoredValue.enumValue(standing.latest.toStatus, "to_status")
            certification.statusOn = try standing.latest.on.map { try LocalDate(parsing: $0) }
            if let extended = standing.extendedValidTo { certification.validTo = try LocalDate(parsing: extended) }
            live = try StoredValue.enumValue(
                standing.status(on: day, validTo: certification.validTo?.description), "status")
        }
        return RecognitionListing(
            outletID: row["outlet_id"], outletName: row["outlet_name"], districtCode: row["outlet_district"],
            level: certification.level,
            status: certification.status, liveStatus: live, statusOn: certification.statusOn,
            appliedOn: certification.appliedOn, validTo: certification.validTo, badgeNo: certification.badgeNo,
            daysLeft: certification.validTo.map { $0.daysSinceEpoch - asOf.daysSinceEpoch })
    }
}

extension Certification {
    /// The status as of `day`: a certified recognition past its validity is `expired` even
    /// before anyone records the expiry.
    public func liveStatus(on day: LocalDate) -> CertificationStatus {
        if status == .certified, let validTo, validTo < day { return .expired }
        return status
    }
}
