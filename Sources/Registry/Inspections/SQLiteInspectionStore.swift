import Foundation
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
            var inspection = Inspection(
                id: 0, outletID: outlet.id, inspectedOn: date, result: result, notes: stored, recordedBy: log.officer,
                recordedAt: log.at)
            var record = InspectionRecord(outletRID: outlet.rid, inspection)
            try record.insert(db)
            inspection.id = record.id ?? db.lastInsertedRowID
            try log.append(
                db, action: "inspection.add", entityType: "inspection", entityID: String(inspection.id), before: nil,
                after: inspection.jsonText)
            return inspection
        }
    }

    /// Inspections, all or one outlet's, by day then id.
    public func inspections(outletID: String? = nil) throws -> [Inspection] {
        try database.read { db in
            let filter: SQL = outletID.map { "WHERE o.id = \($0)" } ?? ""
            return try InspectionRow.fetchAll(
                db, SQLRequest(literal: "\(InspectionRow.select) \(filter) ORDER BY i.inspected_on, i.id")
            ).map(\.inspection)
        }
    }
}
