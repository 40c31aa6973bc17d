import CEL
import Dispatch
import Foundation
import GRDB
import Rules

/// The verification store on SQLite: `VerificationStore` over the registry's connection.
public struct SQLiteVerificationStore: VerificationStore {
    /// The connection, with its write transaction (officer check, audit log).
    let database: RegistryDatabase

    /// The facts of one outlet as of a day (docs/RULES.md). Throws `outletNotFound`.
    public func facts(outletID: String, asOf: LocalDate) throws -> Facts {
        let builder = FactBuilder(asOf: asOf, scope: VerificationScope(outletIDs: [outletID]))
        let found = try database.read { db -> Facts? in
            var found: Facts?
            try builder.forEachBatch(db, batchSize: 1) { _, batch in found = batch.first }
            return found
        }
        guard let found else { throw RegistryError.outletNotFound(outletID) }
        return found
    }

    /// Verifies one outlet as of a day, with full explanations. Nothing is stored.
    public func verify(outletID: String, ruleSet: CompiledRuleSet, asOf: LocalDate) throws -> OutletVerdicts {
        let facts = try facts(outletID: outletID, asOf: asOf)
        return ruleSet.evaluate(facts, asOf: asOf, detail: .full)
    }

    /// Verifies every outlet in scope as of a day and stores the run, in one transaction with
    /// its audit entry. Facts are loaded in bulk and streamed in batches; each batch is
    /// evaluated in parallel on every core; `onBatch` sees each batch's verdicts in outlet order
    /// (to stream output). Fail and error verdicts carry full explanations; the others only
    /// their basis (`ExplanationDetail.failuresOnly`) unless `detail` says otherwise.
    @discardableResult
    public func verifyAll(
        ruleSet: CompiledRuleSet, asOf: LocalDate, scope: VerificationScope = .all, officer: String?,
        storage: VerificationStorage = .failures, detail: ExplanationDetail = .failuresOnly,
        batchSize: Int = VerificationRun.defaultBatchSize,
        onBatch: ([OutletVerdicts]) throws -> Void = { _ in }, timings: ((VerificationTimings) -> Void)? = nil,
        progress: ProgressHandler? = nil
    ) throws -> VerificationRun {
        var phase = VerificationTimings()
        let begin = DispatchTime.now().uptimeNanoseconds
        let officerName = officer?.trimmingCharacters(in: .whitespacesAndNewlines)
        let recordedOfficer = (officerName?.isEmpty ?? true) ? nil : officerName
        // The program's own id is exempt from the officer check (`OfficerAuthority`): never a caller's.
        if recordedOfficer == RegistryDatabase.systemOfficer {
            throw OfficerError.unknownOfficer(RegistryDatabase.systemOfficer)
        }
        let snapshot = ruleSet.parameters(on: asOf)
        let builder = FactBuilder(asOf: asOf, scope: scope)
        let startedAt = database.clock.timestamp()
        let run = try database.write(officer: recordedOfficer ?? "system", reason: "verification run") { db, log in
            // A district officer may verify their own district only: `--district` their code, or
            // named outlets all of their district (a recognition review verifies one outlet).
            if let district = try OfficerAuthority.check(db, officer: log.officer).district,
                scope.districts != [district]
            {
                var ownOutlets = false
                if let ids = scope.outletIDs, !ids.isEmpty {
                    let districts = try String.fetchSet(
                        db, SQLRequest<String>(literal: "SELECT DISTINCT district_code FROM outlet WHERE id IN \(ids)"))
                    ownOutlets = districts.allSatisfy {
                        DistrictScope.permits(officerDistrict: district, recordDistrict: $0)
                    }
                }
                if !ownOutlets {
                    throw OfficerError.cityWideTask(officer: log.officer, district: district, task: .verifyCity)
                }
            }
            let runID = (try Int64.fetchOne(db, SQLRequest(literal: "SELECT max(id) FROM verification_run")) ?? 0) + 1
            // Prepared once for the run, the values bound per row (`?`): millions of verdicts.
            let outcomeStatement = try db.cachedStatement(
                literal: """
                    INSERT INTO verification_outcome (run_id, outlet_rid, eligible, passed, failed, errors, not_applicable)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            let verdictStatement = try db.cachedStatement(
                literal: """
                    INSERT INTO verification_verdict (run_id, outlet_rid, rule_id, result, severity, message, explanation_json)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
            var outlets = 0
            var eligible = 0
            // The whole registry's count is one lookup; a narrower scope reports without a total.
            let total = progress != nil && scope == .all ? try OutletTableRecord.fetchCount(db) : nil
            // A pipeline: while batch k is evaluated on the worker threads, this thread stores
            // batch k-1 and loads batch k+1, so loading, evaluating and storing overlap.
            func store(_ rids: [Int64], _ results: [OutletVerdicts]) throws {
                let start = DispatchTime.now().uptimeNanoseconds
                for (rid, outcome) in zip(rids, results) {
                    outlets += 1
                    if outcome.eligible { eligible += 1 }
                    try outcomeStatement.execute(arguments: [
                        runID, rid, outcome.eligible ? 1 : 0, outcome.count(.pass), outcome.count(.fail),
                        outcome.count(.error), outcome.count(.notApplicable),
                    ])
                    for verdict in outcome.verdicts
                    where storage == .all || verdict.result == .fail || verdict.result == .error {
                        try verdictStatement.execute(arguments: [
                            runID, rid, verdict.rule, verdict.result.rawValue, verdict.severity.rawValue,
                            verdict.message,
                            verdict.explanation.storedJSON.canonicalText,
                        ])
                    }
                }
                try onBatch(results)
                progress?(WorkProgress(phase: .verifying, done: outlets, total: total))
                phase.storeSeconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            }
            var pending: (rids: [Int64], evaluation: BatchEvaluation)?
            var mark = DispatchTime.now().uptimeNanoseconds
            try builder.forEachBatch(db, batchSize: batchSize) { rids, batch in
                phase.factsSeconds += Double(DispatchTime.now().uptimeNanoseconds - mark) / 1e9
                let evaluation = BatchEvaluation.start(ruleSet, batch, snapshot, detail)
                if let previous = pending {
                    let results = previous.evaluation.wait()
                    phase.engineSeconds += previous.evaluation.seconds
                    try store(previous.rids, results)
                }
                pending = (rids, evaluation)
                mark = DispatchTime.now().uptimeNanoseconds
            }
            if let last = pending {
                let results = last.evaluation.wait()
                phase.engineSeconds += last.evaluation.seconds
                try store(last.rids, results)
            }
            let run = VerificationRun(
                id: runID, rulesetID: ruleSet.id, rulesetVersion: ruleSet.version, rulesetHash: ruleSet.hash,
                asOf: asOf.description, startedAt: startedAt, finishedAt: max(startedAt, database.clock.timestamp()),
                officer: recordedOfficer, scope: scope.description, storage: storage.rawValue, outlets: outlets,
                eligible: eligible, rules: ruleSet.rules.count)
            try db.execute(
                literal: """
                    INSERT INTO verification_run (id, ruleset_id, ruleset_version, ruleset_hash, as_of, started_at, finished_at,
                        officer, scope, storage, outlets, eligible, rules)
                    VALUES (\(run.id), \(run.rulesetID), \(run.rulesetVersion), \(run.rulesetHash), \(run.asOf),
                        \(run.startedAt), \(run.finishedAt), \(run.officer), \(run.scope), \(run.storage), \(run.outlets),
                        \(run.eligible), \(run.rules))
                    """)
            try log.append(
                db, action: "verification.run", entityType: "verification_run", entityID: String(runID), before: nil,
                after: run.auditJSON)
            phase.outlets = outlets
            phase.evaluations = outlets * ruleSet.rules.count
            return run
        }
        phase.totalSeconds = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
        timings?(phase)
        return run
    }

    /// A stored run by id.
    public func verificationRun(id: Int64) throws -> VerificationRun? {
        try database.read { db in
            try SQLRequest<Row>(literal: "SELECT * FROM verification_run WHERE id = \(id)").fetchOne(db)
                .map(VerificationRun.init(row:))
        }
    }

    /// The stored fail/error verdicts of a run: (outlet id, rule, result, severity, message).
    public func storedVerdicts(runID: Int64) throws -> [(
        outlet: String, rule: String, result: String, severity: String, message: String
    )] {
        try database.read { db in
            try SQLRequest<Row>(
                literal: """
                    SELECT o.id AS outlet_id, v.rule_id, v.result, v.severity, v.message FROM verification_verdict v
                    JOIN outlet o ON o.rid = v.outlet_rid WHERE v.run_id = \(runID) ORDER BY o.rid, v.rule_id
                    """
            ).fetchAll(db).map { ($0["outlet_id"], $0["rule_id"], $0["result"], $0["severity"], $0["message"]) }
        }
    }

}

extension VerificationRun {
    init(row: Row) {
        self.init(
            id: row["id"], rulesetID: row["ruleset_id"], rulesetVersion: row["ruleset_version"],
            rulesetHash: row["ruleset_hash"], asOf: row["as_of"], startedAt: row["started_at"],
            finishedAt: row["finished_at"], officer: row["officer"], scope: row["scope"], storage: row["storage"],
            outlets: row["outlets"], eligible: row["eligible"], rules: row["rules"])
    }

    /// The run as the audit log records it.
    var auditJSON: String {
        JSONValue.object([
            "id": .int(id), "ruleset_id": .string(rulesetID), "ruleset_version": .string(rulesetVersion),
            "ruleset_hash": .string(rulesetHash), "as_of": .string(asOf), "scope": .string(scope),
            "storage": .string(storage), "outlets": .int(Int64(outlets)), "eligible": .int(Int64(eligible)),
            "rules": .int(Int64(rules)),
        ]).canonicalText
    }
}
