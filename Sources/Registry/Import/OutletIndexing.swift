import GRDB

/// The bulk path for large outlet imports. Keeping the R*Tree (`outlet_geo`) and the FTS5 index
/// (`outlet_text`) up to date row by row through the `outlet_after_insert` trigger costs about
/// half of an import; TECH-NOTES' remedy is to build them after loading, in spatial order. Within
/// the import's transaction this drops the trigger, and after the rows are written fills both
/// indexes for the new rows with one statement each and recreates the trigger — so a failure
/// rolls everything back, trigger included.
///
/// It mirrors the trigger of `Schema/001_registry.sql`; if a later migration changes the
/// trigger (its SQL no longer equals `triggerSQL`), the bulk path is skipped and rows are
/// indexed by the trigger as usual.
enum OutletIndexing {
    /// The trigger as `001_registry.sql` creates it (as SQLite stores it).
    static let triggerSQL = """
        CREATE TRIGGER outlet_after_insert AFTER INSERT ON outlet BEGIN
            INSERT INTO outlet_geo (rid, min_lat, max_lat, min_lon, max_lon, min_kind, max_kind)
            VALUES (new.rid, new.lat, new.lat, new.lon, new.lon,
                    (SELECT n FROM outlet_kind_number WHERE kind = new.kind),
                    (SELECT n FROM outlet_kind_number WHERE kind = new.kind));
            INSERT INTO outlet_text (rowid, name, address) VALUES (new.rid, new.name, new.address);
        END
        """

    /// What `resume` needs.
    struct Suspension {
        let maxRID: Int64
    }

    /// Drops the insert trigger if it is the one this code mirrors; nil (nothing done) otherwise.
    static func suspend(_ db: Database) throws -> Suspension? {
        let sql = try String.fetchOne(
            db,
            SQLRequest(literal: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'outlet_after_insert'")
        )
        guard sql == triggerSQL else { return nil }
        let maxRID = try Int64.fetchOne(db, OutletTableRecord.select(max(OutletTableRecord.Columns.rid))) ?? 0
        try db.execute(literal: "DROP TRIGGER outlet_after_insert")
        return Suspension(maxRID: maxRID)
    }

    /// Indexes the rows inserted since `suspend` (the R*Tree in a coarse spatial order) and
    /// recreates the trigger.
    static func resume(_ db: Database, _ suspension: Suspension) throws {
        try db.execute(
            literal: """
                INSERT INTO outlet_geo (rid, min_lat, max_lat, min_lon, max_lon, min_kind, max_kind)
                SELECT o.rid, o.lat, o.lat, o.lon, o.lon, k.n, k.n
                FROM outlet o JOIN outlet_kind_number k ON k.kind = o.kind
                WHERE o.rid > \(suspension.maxRID)
                ORDER BY CAST((o.lat + 90) * 100 AS INTEGER), o.lon
                """)
        try db.execute(
            literal: """
                INSERT INTO outlet_text (rowid, name, address) SELECT rid, name, address FROM outlet WHERE rid > \(suspension.maxRID)
                """)
        // The constant text above, as SQLite stored it (compared in `suspend`); no values in it.
        try db.execute(sql: triggerSQL)
    }
}
