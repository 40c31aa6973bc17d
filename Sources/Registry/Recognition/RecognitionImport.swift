import Foundation
import GRDB

/// The recognition side of `puhui import outlets` (docs/CSV.md, "Recognition columns"): a
/// recognition that enters the registry from the CSV gets an `imported` event and, with a badge,
/// a `badge` row; once a recognition is in the registry the CSV may repeat it but not change it
/// (the workflow does); an outlet that becomes closed, or whose filing is cancelled, has its
/// certified recognition suspended in the import's transaction.
enum RecognitionImport {
    /// Why the file's recognition columns cannot be taken for an outlet already in the
    /// registry (nil when they can: no recognition yet, or the same as recorded).
    static func problem(outletID: String?, incoming: Certification?, _ db: Database) throws -> LocalizedText? {
        guard let outletID,
            let rid = try ImportLookup.outletRID(outletID, db),
            let current = try Certification.fetchCurrent(db, outletRID: rid), current != incoming
        else { return nil }
        return LocalizedText(
            zh:
                "网点 \(outletID) 的认定已在登记库中（当前 \(current.status.rawValue)\(current.badgeNo.map { "，标识 \($0)" } ?? "")），导入不能更改：认定的变更用 puhui certify …；认定列请按 puhui export outlets 导出的内容填写",
            en:
                "outlet \(outletID)'s recognition is already in the registry (now \(current.status.rawValue)\(current.badgeNo.map { ", badge \($0)" } ?? "")) and an import cannot change it: change it with puhui certify …, and give the cert_* columns as puhui export outlets writes them"
        )
    }

    /// Why a badge number in the file cannot be taken: it was already issued (it is in `badge`)
    /// and is not the outlet's recorded badge — e.g. a number voided by a re-issue.
    static func badgeProblem(_ number: String, outletID: String?, _ db: Database) throws -> LocalizedText? {
        guard
            let holder = try String.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT o.id FROM badge b JOIN outlet o ON o.rid = b.outlet_rid
                        WHERE b.number = ? AND (o.id IS NOT ? OR b.voided_on IS NOT NULL)
                        """),
                arguments: [number, outletID])
        else { return nil }
        return LocalizedText(
            zh: "该编号已签发给网点 \(holder)（或已作废），不能再用",
            en: "already issued to outlet \(holder) (or voided); a number is never reused")
    }

    /// Records a recognition that entered the registry from the CSV: its `imported` event (the
    /// import's own audit entry records the row) and its badge.
    static func recordImported(
        _ db: Database, certificationID: Int64, outletRID: Int64, _ certification: Certification, log: AuditLog
    ) throws {
        // Constant SQL on cached statements, values bound: `cachedStatement(literal:)` would
        // render the SQL from the literal on every row (see `PreparedInsertRecord`).
        try db.cachedStatement(
            sql: """
                INSERT INTO certification_event (certification_id, outlet_rid, action, from_status, to_status, on_date,
                    officer, reason, basis, recorded_at)
                VALUES (?, ?, 'imported', NULL, ?, ?, ?, ?, 'outlets.csv cert_* columns', ?)
                """
        ).execute(arguments: [
            certificationID, outletRID, certification.status.rawValue, certification.statusOn?.description, log.officer,
            log.reason, log.at,
        ])
        if let number = certification.badgeNo, let from = certification.validFrom, let to = certification.validTo {
            try db.cachedStatement(
                sql: """
                    INSERT INTO badge (number, certification_id, outlet_rid, level, valid_from, valid_to, issued_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                number, certificationID, outletRID, certification.level.rawValue, from.description, to.description,
                certification.decidedOn?.description,
            ])
        }
    }

    /// Suspends the outlet's certified recognition when the import closes it or cancels its
    /// filing (it was not closed / had no cancellation before). Effective on the import's day
    /// (China time), by the importing officer.
    static func suspendIfClosed(
        _ db: Database, _ log: inout AuditLog, outletRID: Int64, outlet: Outlet,
        previous: (status: OutletStatus, cancelledOn: LocalDate?)?
    ) throws {
        let closedNow = outlet.status == .closed && previous?.status != .closed
        let cancelledNow = outlet.filingCancelledOn != nil && previous?.cancelledOn == nil
        guard closedNow || cancelledNow else { return }
        let formatter = ISO8601DateFormatter()
        guard let instant = formatter.date(from: log.at) else {
            throw RegistryError.database("the transaction time \(log.at) is not a timestamp")
        }
        let cause =
            closedNow
            ? "网点已关闭（导入 status=closed）/ outlet closed (imported status=closed)"
            : "备案已注销（导入 filing_cancelled_on=\(outlet.filingCancelledOn?.description ?? "")）/ filing cancelled"
        _ = try RecognitionWorkflow.suspendAutomatically(
            db, log: &log, outletRIDs: [outletRID], on: LocalDate.today(at: instant), cause: cause,
            basis: "网点关闭或备案注销的，暂停其普惠认定（docs/RECOGNITION.md 自动后果）")
    }
}
