import GRDB

/// The inspection store on SQLite: `InspectionStore` over the registry's connection.
public struct SQLiteInspectionStore: InspectionStore {
    /// The connection, with its write transaction (officer check, audit log).
    let database: RegistryDatabase

    /// Records an on-site inspection of an outlet. Audited as `inspection.add`; a district
    /// officer only for an outlet of their district.
    @discardableResult
    public func addInspection(
        outletID: String, on date: LocalDate, result: InspectionResult, notes: String?, officer: String,
        reason: String = ""
    ) throws -> Inspection {
        try database.credit.refuseFutureDay(date)
        let notes = notes?.trimmingCharacters(in: .whitespacesAndNewlines)
        let stored = notes?.isEmpty == false ? notes : nil
        return try database.write(officer: officer, reason: reason) { db, log in
            let outlet = try CreditScope.outlet(db, id: outletID)
            try outlet.check(db, officer: log.officer)
            try db.execute(
                sql: """
                    INSERT INTO inspection (outlet_rid, inspected_on, result, notes, recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [outlet.rid, date.description, result.rawValue, stored, log.officer, log.at])
            let inspection = Inspection(
                id: db.lastInsertedRowID, outletID: outlet.id, inspectedOn: date, result: result, notes: stored,
                recordedBy: log.officer, recordedAt: log.at)
            try log.append(
                db, action: "inspection.add", entityType: "inspection", entityID: String(inspection.id), before: nil,
                after: inspection.jsonText)
            return inspection
        }
    }

    /// Inspections, all or one outlet's, by day then id.
    public func inspections(outletID: String? = nil) throws -> [Inspection] {
        try database.read { db in
            let filter = outletID == nil ? "" : "WHERE o.id = ?"
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT i.id, o.id, i.inspected_on, i.result, i.notes, i.recorded_by, i.recorded_at
                    FROM inspection i JOIN outlet o ON o.rid = i.outlet_rid \(filter) ORDER BY i.inspected_on, i.id
                    """, arguments: StatementArguments(outletID.map { [$0] } ?? [])
            ).map { row in
                Inspection(
                    id: row[0], outletID: row[1], inspectedOn: try StoredValue.date(row[2], "inspected_on"),
                    result: try StoredValue.enumValue(row[3], "result"), notes: row[4], recordedBy: row[5],
                    recordedAt: row[6])
            }
        }
    }
}
