import Foundation
import GRDB

/// The recognition (认定) state machine applied inside a write transaction: finds the outlet and
/// its current recognition, checks the officer's district, the step and its day, updates
/// `certification`, appends the `certification_event` and its audit entry. Every step of
/// `RegistryDatabase+Recognition` and the automatic suspensions go through here, so a refused
/// step throws before anything is written and the transaction rolls back.
struct RecognitionWorkflow {
    /// The outlet a step is about.
    struct OutletRef: Sendable {
        let rid: Int64
        let id: String
        let districtCode: String
        let family: CareFamily
    }

    /// An outlet's current recognition (its latest `certification` row) and its last step.
    struct Current: Sendable {
        let id: Int64
        let certification: Certification
        let lastAction: RecognitionAction?
        let lastOn: LocalDate?
    }

    // MARK: - Finding

    static func outlet(_ db: Database, id: String) throws -> OutletRef {
        guard
            let row = try SQLRequest<Row>(literal: "SELECT rid, id, district_code, kind FROM outlet WHERE id = \(id)")
                .fetchOne(db)
        else { throw RegistryError.outletNotFound(id) }
        let kind: OutletKind = try StoredValue.enumValue(row["kind"], "kind")
        return OutletRef(rid: row["rid"], id: row["id"], districtCode: row["district_code"], family: kind.family)
    }

    static func outlet(_ db: Database, rid: Int64) throws -> OutletRef? {
        guard let id = try String.fetchOne(db, SQLRequest(literal: "SELECT id FROM outlet WHERE rid = \(rid)")) else {
            return nil
        }
        return try outlet(db, id: id)
    }

    static func current(_ db: Database, outletRID: Int64) throws -> Current? {
        guard let record = try CertificationRecord.current(outletRID: outletRID).fetchOne(db), let id = record.id else {
            return nil
        }
        typealias Event = CertificationEventRecord.Columns
        // The step that decides what may follow: the latest by day (an undated imported one
        // counts as the earliest), then the latest recorded.
        let last = try CertificationEventRecord.filter(Event.certificationID == id)
            .select(Event.action, Event.onDate)
            .order(Event.onDate == nil, Event.onDate.desc, Event.id.desc)
            .asRequest(of: Row.self)
            .fetchOne(db)
        let lastAction: String? = last?[Event.action]
        let lastOn: String? = last?[Event.onDate]
        return Current(
            id: id, certification: try record.certification(),
            lastAction: try lastAction.map { try StoredValue.enumValue($0, "action") as RecognitionAction },
            lastOn: try StoredValue.optionalDate(lastOn, "on_date"))
    }

    // MARK: - Checks

    /// A district officer acts only on their district's outlets (exit 77 at the CLI).
    static func checkDistrict(_ db: Database, officer: String, _ outlet: OutletRef) throws {
        guard let district = try OfficerAuthority.check(db, officer: officer).district,
            !DistrictScope.permits(officerDistrict: district, recordDistrict: outlet.districtCode)
        else { return }
        throw RecognitionError.outsideDistrict(
            officer: officer, outlet: outlet.id,
            reason: try OfficerScope.reason(outlet.districtCode, district, officer, db))
    }

    /// The step is allowed from the current status; returns the status it leads to.
    static func target(_ action: RecognitionAction, _ current: Current?, _ outlet: OutletRef) throws
        -> CertificationStatus
    {
        try RecognitionRules.target(of: action, from: current?.certification.status, outlet: outlet.id)
    }

    /// The step's day is not after today, nor before the recognition's previous step.
    static func checkDay(_ day: LocalDate, today: LocalDate, after current: Current?) throws {
        let previous = current.flatMap { current in
            current.lastAction.flatMap { action in current.lastOn.map { (action: action, on: $0) } }
        }
        try RecognitionRules.checkDay(day, today: today, previous: previous)
    }

    // MARK: - Writing

    /// Sets the recognition's status (and the day it took effect).
    static func setStatus(_ db: Database, certificationID: Int64, _ status: CertificationStatus, on day: LocalDate)
        throws
    {
        try db.execute(
            literal:
                "UPDATE certification SET status = \(status.rawValue), status_on = \(day.description) WHERE id = \(certificationID)"
        )
    }

    /// Appends the event and its audit entry (`certification.ACTION`, entity the outlet's id,
    /// before/after: the recognition and the event).
    @discardableResult
    static func record(
        _ db: Database, _ log: inout AuditLog, outlet: OutletRef, certificationID: Int64, before: Certification?,
        action: RecognitionAction, from: CertificationStatus?, to: CertificationStatus, on day: LocalDate?,
        basis: String, runID: Int64? = nil, overrideReason: String? = nil, details: JSONValue? = nil
    ) throws -> RecognitionEvent {
        let detailsText = details?.canonicalText
        var record = CertificationEventRecord(
            certificationID: certificationID, outletRID: outlet.rid, action: action.rawValue,
            fromStatus: from?.rawValue,
            toStatus: to.rawValue, onDate: day?.description, officer: log.officer, reason: log.reason, basis: basis,
            verificationRunID: runID, overrideReason: overrideReason, detailsJSON: detailsText, recordedAt: log.at)
        try record.insert(db)
        let event = RecognitionEvent(
            id: record.id ?? db.lastInsertedRowID, certificationID: certificationID, outletID: outlet.id,
            action: action,
            fromStatus: from, toStatus: to, on: day, officer: log.officer, reason: log.reason, basis: basis,
            verificationRunID: runID, overrideReason: overrideReason, details: detailsText, recordedAt: log.at)
        let after = try Certification.fetchCurrent(db, outletRID: outlet.rid)
        try log.append(
            db, action: "certification.\(action.rawValue)", entityType: "certification", entityID: outlet.id,
            before: before.map { JSONValue.object(["certification": $0.jsonValue]).canonicalText },
            after: JSONValue.object(["certification": after?.jsonValue ?? .null, "event": event.jsonValue])
                .canonicalText)
        return event
    }

    // MARK: - Automatic consequences

    /// Suspends the certified recognitions of these outlets because of something else that
    /// happened to them (the operator blacklisted, the filing cancelled, the outlet closed):
    /// one `suspend` event each, by the officer of the change that caused it (`log.officer`),
    /// with `cause` as the event's reason and `basis` as its basis. Recognitions in any other
    /// status are left as they are. Returns the suspended outlets' ids, in the order given.
    static func suspendAutomatically(
        _ db: Database, log: inout AuditLog, outletRIDs: [Int64], on day: LocalDate, cause: String, basis: String
    ) throws -> [String] {
        var suspended: [String] = []
        for rid in outletRIDs {
            guard let outlet = try outlet(db, rid: rid), let current = try current(db, outletRID: rid),
                current.certification.status == .certified
            else { continue }
            // A step dated before the recognition's last one would break its order: the
            // suspension takes effect on the later day.
            let effective = RecognitionRules.suspensionTakesEffect(on: day, lastStepOn: current.lastOn)
            try setStatus(db, certificationID: current.id, .suspended, on: effective)
            try record(
                db, &log, outlet: outlet, certificationID: current.id, before: current.certification, action: .suspend,
                from: .certified, to: .suspended, on: effective, basis: basis,
                details: .object(["automatic": .bool(true), "cause": .string(cause)]))
            suspended.append(outlet.id)
        }
        return suspended
    }
}

extension RecognitionEvent {
    /// The event as the audit log records it.
    var jsonValue: JSONValue {
        .object([
            "id": .int(id), "certification_id": .int(certificationID), "outlet_id": .string(outletID),
            "action": .string(action.rawValue), "from_status": .optional(fromStatus),
            "to_status": .string(toStatus.rawValue),
            "on": .optional(on), "officer": .string(officer), "reason": .string(reason), "basis": .string(basis),
            "verification_run_id": verificationRunID.map { .int($0) } ?? .null,
            "override_reason": .optional(overrideReason),
            "details": .optional(details), "recorded_at": .string(recordedAt),
        ])
    }
}
