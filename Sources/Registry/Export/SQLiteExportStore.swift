import Foundation
import GRDB
import Workbook

/// The export store on SQLite: `ExportStore` over the registry's connection.
public struct SQLiteExportStore: ExportStore {
    /// The connection, with its write transaction (officer check, audit log).
    let database: RegistryDatabase

    /// Streams a table in `format` to `sink`, in chunks, ordered by key (operators by `uscc`,
    /// outlets by `id`, prices by outlet id, item, care level, age class, unit, effective from).
    /// GeoJSON is for outlets only; a workbook is written to a file (`exportWorkbook`).
    public func export(
        _ table: RegistryTable, format: ExportFormat, progress: ProgressHandler?, to sink: (String) throws -> Void
    ) throws {
        if format == .geojson, table != .outlets {
            throw RegistryError.invalidValue(
                what: LocalizedText(zh: "--format", en: "--format"), value: format.rawValue,
                reason: LocalizedText(zh: "GeoJSON 只用于导出网点", en: "GeoJSON is for outlets only"))
        }
        if format == .xlsx {
            throw RegistryError.invalidValue(
                what: LocalizedText(zh: "--format", en: "--format"), value: format.rawValue,
                reason: LocalizedText(
                    zh: "工作簿须写入文件（请加 --output 文件名.xlsx）", en: "a workbook is written to a file (add --output NAME.xlsx)"
                ))
        }
        try database.mapErrors {
            try withoutActuallyEscaping(sink) { sink in
                try database.writer.read { db in
                    var output = ExportOutput(format: format, sink: sink)
                    try output.begin(columns: table.columns)
                    try Self.forEachRow(table, json: format != .csv, progress: progress, db) { csv, json, point in
                        try output.record(csv: csv, json: json, point: point)
                    }
                    try output.end()
                }
            }
        }
    }

    /// Streams a table without reporting progress.
    public func export(_ table: RegistryTable, format: ExportFormat, to sink: (String) throws -> Void) throws {
        try export(table, format: format, progress: nil, to: sink)
    }

    /// Writes a table as an `.xlsx` workbook at `path` (the CSV's columns and values, in its
    /// order): the header frozen, codes and text as text, counts, amounts and coordinates as
    /// numbers, dates as dates (`ColumnGuide.Kind`), so it imports back unchanged.
    public func exportWorkbook(_ table: RegistryTable, to path: String, progress: ProgressHandler?) throws {
        let kinds = table.guide.map(\.kind)
        let writer = try WorkbookWriter()
        try database.mapErrors {
            try database.writer.read { db in
                try writer.addSheet(name: table.rawValue) { sheet in
                    try sheet.write(table.columns.map(WorkbookValue.text), style: .header)
                    try Self.forEachRow(table, json: false, progress: progress, db) { csv, _, _ in
                        try sheet.write(WorkbookValue.cells(csv, kinds: kinds))
                    }
                }
            }
        }
        try writer.write(to: path)
    }

    /// Every row of `table` in key order, as CSV fields and (with `json`) JSON members, with
    /// progress every `WorkProgress.interval` rows.
    static func forEachRow(
        _ table: RegistryTable, json: Bool, progress: ProgressHandler?, _ db: Database,
        _ body: (_ csv: [String], _ json: [JSONMember], _ point: (lon: Double, lat: Double)?) throws -> Void
    ) throws {
        let total = progress == nil ? nil : try Self.rowCount(table, db)
        var done = 0
        func advance() {
            done += 1
            if let progress, done % WorkProgress.interval == 0 {
                progress(WorkProgress(phase: .exporting, done: done, total: total))
            }
        }
        switch table {
        case .operators:
            let cursor = try OperatorRecord.order(OperatorRecord.Columns.uscc).fetchCursor(db)
            while let row = try cursor.next() {
                let record = try row.operator()
                try body(record.csvFields, json ? record.jsonMembers : [], nil)
                advance()
            }
        case .outlets:
            let cursor = try Self.outletExportRequest.fetchCursor(db)
            while let row = try cursor.next() {
                let outlet = try row.outlet.outlet()
                let certification = try row.certification?.certification()
                if !json {
                    try body(outlet.csvFields + [row.classesText] + Certification.csvFields(certification), [], nil)
                } else {
                    var members = outlet.jsonMembers
                    members.append(JSONMember("certification", certification?.jsonValue ?? .null))
                    members.append(
                        JSONMember("classes", .array(Self.classes(fromStored: row.classesText).map(\.jsonValue))))
                    try body([], members, (outlet.lon, outlet.lat))
                }
                advance()
            }
        case .prices:
            let cursor = try PriceRecord.withOutletID(
                orderedBy: "o.id, p.item, p.care_level, p.age_class, p.unit, p.effective_from"
            ).fetchCursor(db)
            while let row = try cursor.next() {
                let price = try row.price()
                try body(price.csvFields, json ? price.jsonMembers : [], nil)
                advance()
            }
        }
    }

    static func rowCount(_ table: RegistryTable, _ db: Database) throws -> Int {
        switch table {
        case .operators: try OperatorRecord.fetchCount(db)
        case .outlets: try OutletTableRecord.fetchCount(db)
        case .prices: try PriceRecord.fetchCount(db)
        }
    }

    /// The whole export as one string (small registries, tests).
    public func exportText(_ table: RegistryTable, format: ExportFormat) throws -> String {
        var text = ""
        try export(table, format: format, progress: nil) { text += $0 }
        return text
    }

    /// Outlets with their classes (`TYPE:CAPACITY:ENROLLED:CARERS;…`, as `classes`) and latest
    /// certification (its columns as `cert_…`, read through the `certification` scope).
    static let outletExportRequest = SQLRequest<OutletExportRow>(
        literal: """
            SELECT o.*,
                (SELECT group_concat(item, ';') FROM (
                    SELECT class_type || ':' || capacity || ':' || enrolled || ':' || carers AS item
                    FROM childcare_class WHERE outlet_rid = o.rid ORDER BY seq)) AS classes,
                c.id AS cert_id, c.outlet_rid AS cert_outlet_rid, c.level AS cert_level, c.status AS cert_status,
                c.badge_no AS cert_badge_no, c.applied_on AS cert_applied_on, c.decided_on AS cert_decided_on,
                c.valid_from AS cert_valid_from, c.valid_to AS cert_valid_to, c.status_on AS cert_status_on
            FROM outlet o
            LEFT JOIN certification c ON c.id = (SELECT max(id) FROM certification WHERE outlet_rid = o.rid)
            ORDER BY o.id
            """,
        adapter: ScopeAdapter([
            OutletExportRow.certificationScope: ColumnMapping(
                Dictionary(
                    uniqueKeysWithValues: [
                        "id", "outlet_rid", "level", "status", "badge_no", "applied_on", "decided_on", "valid_from",
                        "valid_to", "status_on",
                    ].map { ($0, "cert_" + $0) }))
        ]))

    static func classes(fromStored text: String) -> [ChildcareClass] {
        text.split(separator: ";").compactMap { item in
            let parts = item.split(separator: ":").map(String.init)
            guard parts.count == 4, let type = ClassType(rawValue: parts[0]), let capacity = Int(parts[1]),
                let enrolled = Int(parts[2]), let carers = Int(parts[3])
            else { return nil }
            return ChildcareClass(type: type, capacity: capacity, enrolled: enrolled, carers: carers)
        }
    }
}

/// One row of `outletExportRequest`: the outlet, its classes as stored text, and its latest
/// certification row if it has one.
struct OutletExportRow: FetchableRecord {
    static let certificationScope = "certification"

    var outlet: OutletTableRecord
    var classesText: String
    var certification: CertificationRecord?

    init(row: Row) throws {
        outlet = OutletTableRecord(row: row)
        classesText = row["classes"] ?? ""
        let certificationID: Int64? = row["cert_id"]
        certification =
            try certificationID == nil ? nil : row.scopes[Self.certificationScope].map(CertificationRecord.init(row:))
    }
}

/// Buffers export output and hands it to the sink in chunks of about 64 KiB.
struct ExportOutput {
    let format: ExportFormat
    let sink: (String) throws -> Void
    var csv = CSVWriter()
    var buffer = ""
    var count = 0

    init(format: ExportFormat, sink: @escaping (String) throws -> Void) {
        self.format = format
        self.sink = sink
    }

    mutating func begin(columns: [String]) throws {
        switch format {
        case .csv: csv.write(columns)
        case .json: buffer = "["
        case .geojson: buffer = #"{"type":"FeatureCollection","features":["#
        case .xlsx: break
        }
    }

    mutating func record(csv fields: [String], json members: [JSONMember], point: (lon: Double, lat: Double)? = nil)
        throws
    {
        switch format {
        case .csv, .xlsx:
            csv.write(fields)
        case .json:
            buffer += (count == 0 ? "\n" : ",\n") + JSONValue.members(members).canonicalText
        case .geojson:
            let coordinates: JSONValue = point.map { .array([.double($0.lon), .double($0.lat)]) } ?? .null
            let feature = JSONValue.object([
                "type": .string("Feature"),
                "geometry": .object(["type": .string("Point"), "coordinates": coordinates]),
                "properties": .members(members),
            ])
            buffer += (count == 0 ? "\n" : ",\n") + feature.canonicalText
        }
        count += 1
        try flush(force: false)
    }

    mutating func end() throws {
        switch format {
        case .csv, .xlsx: break
        case .json: buffer += count == 0 ? "]\n" : "\n]\n"
        case .geojson: buffer += count == 0 ? "]}\n" : "\n]}\n"
        }
        try flush(force: true)
    }

    mutating func flush(force: Bool) throws {
        if format == .csv { buffer += csv.take() }
        if force || buffer.utf8.count >= 65_536 {
            if !buffer.isEmpty { try sink(buffer) }
            buffer = ""
        }
    }
}
