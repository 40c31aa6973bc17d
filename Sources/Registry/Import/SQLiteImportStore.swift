import Crypto
import Foundation
import GRDB

/// The import store on SQLite: `ImportStore` over the registry's connection.
public struct SQLiteImportStore: ImportStore {
    /// The connection, with its write transaction (officer check, audit log).
    let database: RegistryDatabase

    /// Imports a CSV file (docs/CSV.md) all or nothing: every record is validated first; if any
    /// problem is found nothing is written and `RegistryError.importRejected` lists them all.
    /// Otherwise every record is written in one transaction, each with an audit entry
    /// (`import.insert` / `import.update`, with the record before and after), plus one
    /// `import.file` entry naming the file, its SHA-256 and row count. A dry run validates only.
    ///
    /// Once the registry has officers, `options.officer` must be an active registered one, and a
    /// district officer's file may hold only outlets (and prices of outlets) of their district:
    /// any other row is an import problem.
    public func importCSV(
        _ table: RegistryTable, bytes: [UInt8], fileName: String, options: ImportOptions
    ) throws -> ImportSummary {
        try checkOfficerName(options)
        return try runImport(
            table, source: CSVRecordSource(fileName: fileName, bytes: bytes), options: options, progress: nil)
    }

    /// Imports the CSV file or workbook at `path` (docs/CSV.md): a workbook by its content (a
    /// zip archive), its sheet `options.sheet` or the first; CSV in `options.encoding`. Problems
    /// name the file by its last path component.
    public func importFile(
        _ table: RegistryTable, path: String, options: ImportOptions, progress: ProgressHandler?
    ) throws -> ImportSummary {
        try checkOfficerName(options)
        var file = try ImportFile(path: path, options: options)
        let source = try file.source()
        var summary = try runImport(table, source: source, options: options, progress: progress)
        summary.readAs = file.readAs
        return summary
    }

    private func checkOfficerName(_ options: ImportOptions) throws {
        if options.officer.trimmingCharacters(in: .whitespacesAndNewlines) == RegistryDatabase.systemOfficer {
            throw OfficerError.invalidID(
                RegistryDatabase.systemOfficer,
                Officer.problem(withID: RegistryDatabase.systemOfficer) ?? LocalizedText(zh: "", en: ""))
        }
    }

    func runImport(
        _ table: RegistryTable, source: some ImportRecordSource, options: ImportOptions, progress: ProgressHandler?
    ) throws -> ImportSummary {
        switch table {
        case .operators: try runImport(OperatorImporter.self, source: source, options: options, progress: progress)
        case .outlets: try runImport(OutletImporter.self, source: source, options: options, progress: progress)
        case .prices: try runImport(PriceImporter.self, source: source, options: options, progress: progress)
        }
    }

    func runImport<I: RowImporter>(
        _ importer: I.Type, bytes: [UInt8], fileName: String, options: ImportOptions
    ) throws -> ImportSummary {
        try runImport(
            importer, source: CSVRecordSource(fileName: fileName, bytes: bytes), options: options, progress: nil)
    }

    func runImport<I: RowImporter>(
        _ importer: I.Type, source: some ImportRecordSource, options: ImportOptions, progress: ProgressHandler?
    ) throws -> ImportSummary {
        try database.write(officer: options.officer, reason: options.reason) { db, log in
            let district = try OfficerAuthority.check(db, officer: log.officer).district
            // Operators are city-wide records: a district officer may not import them.
            if let district, I.table == .operators {
                throw OfficerError.cityWideTask(officer: log.officer, district: district, task: .importOperators)
            }
            // A big file touches far more pages than the usual cache holds (the R*Tree and
            // indexes above all): give this transaction a larger one, then restore it.
            let large = source.byteCount > RegistryDatabase.largeImportBytes
            if large { try RegistryDatabase.setCacheSize(db, kiB: RegistryDatabase.importCacheSizeKiB) }
            defer { if large { try? RegistryDatabase.setCacheSize(db, kiB: RegistryDatabase.cacheSizeKiB) } }
            return try runImport(
                importer, source: source, options: options, bulk: large, district: district, progress: progress, db,
                &log)
        }
    }

    /// Imports CSV bytes inside an open write transaction (the sample registry's files commit together).
    func runImport<I: RowImporter>(
        _ importer: I.Type, bytes: [UInt8], fileName: String, options: ImportOptions, _ db: Database,
        _ log: inout AuditLog
    ) throws -> ImportSummary {
        try runImport(
            importer, source: CSVRecordSource(fileName: fileName, bytes: bytes), options: options, progress: nil, db,
            &log)
    }

    /// Imports inside an open write transaction (so several files can commit together). With
    /// `bulk`, new outlets are indexed for search after loading (`OutletIndexing`). With
    /// `district`, rows about outlets of other districts are problems (`OfficerScope`).
    func runImport<I: RowImporter>(
        _ importer: I.Type, source: some ImportRecordSource, options: ImportOptions, bulk: Bool = false,
        district: String? = nil, progress: ProgressHandler?, _ db: Database, _ log: inout AuditLog
    ) throws -> ImportSummary {
        let fileName = source.fileName
        let sha = source.sha256
        let timestamp = database.clock.timestamp()
        let importer = try I(db, options: options, timestamp: timestamp)
        var problems: [ImportProblem] = []
        var warnings: [ImportProblem] = []
        var columns: [String: Int] = [:]
        var headerRead = false
        var headerValid = false
        // Pass 1: validate everything.
        var keys: [String: Int] = [:]
        var uniques: [String: Int] = [:]
        var references: [(line: Int, column: String, value: String)] = []
        var outsideDistrict = false
        var rows = 0
        var inserted = 0
        var updated = 0
        do {
            try source.forEachRecord { record, fraction in
                guard headerRead else {
                    headerRead = true
                    columns = Self.readHeader(I.self, record, fileName: fileName, problems: &problems)
                    headerValid = problems.isEmpty
                    if !headerValid { throw HeaderRefused() }
                    return
                }
                rows += 1
                if let progress, rows % WorkProgress.interval == 0 {
                    progress(WorkProgress(phase: .checking, done: rows, fraction: fraction))
                }
                var fields = FieldReader(file: fileName, record: record, columns: columns)
                guard record.fields.count == columns.count else {
                    fields.problem(
                        nil, nil, zh: "该行有 \(record.fields.count) 个字段，表头有 \(columns.count) 个",
                        en: "the record has \(record.fields.count) fields; the header has \(columns.count)")
                    problems += fields.problems
                    return
                }
                guard fields.checkCells(), fields.checkLimits() else {
                    problems += fields.problems
                    return
                }
                // Keys and unique values are registered from the raw text, so a duplicate is
                // named even when the row (or the first occurrence) has other problems.
                let rawKey = importer.rawKey(fields)
                let row = try importer.parse(&fields, db)
                warnings += fields.warnings
                problems += fields.problems
                if let rawKey {
                    if let first = keys[rawKey] {
                        problems.append(
                            ImportProblem(
                                file: fileName, line: record.line, column: I.keyColumn, value: rawKey,
                                reason: Self.duplicate(of: first)))
                        return
                    }
                    keys[rawKey] = record.line
                }
                for unique in importer.uniqueValues(fields) {
                    let slot = unique.column + "\u{0}" + unique.value
                    if let first = uniques[slot] {
                        problems.append(
                            ImportProblem(
                                file: fileName, line: record.line, column: unique.column, value: unique.value,
                                reason: Self.duplicate(of: first)))
                    } else {
                        uniques[slot] = record.line
                    }
                }
                for reference in importer.keyReferences(fields) {
                    references.append((record.line, reference.column, reference.value))
                }
                guard let row else { return }
                if let district,
                    let outside = try OfficerScope.outside(row, district: district, officer: log.officer, db)
                {
                    problems.append(
                        ImportProblem(
                            file: fileName, line: record.line, column: outside.column, value: outside.value,
                            reason: outside.reason))
                    outsideDistrict = true
                    return
                }
                if try importer.exists(row, db) {
                    if options.update {
                        updated += 1
                    } else {
                        problems.append(
                            ImportProblem(
                                file: fileName, line: record.line, column: I.keyColumn, value: importer.key(of: row),
                                reason: LocalizedText(
                                    zh: "登记库中已有该记录（如需替换请加 --update）",
                                    en: "already in the registry (use --update to replace it)")))
                    }
                } else {
                    inserted += 1
                }
            }
        } catch let error as CSVError {
            problems.append(ImportProblem(file: fileName, line: error.line, reason: Self.malformed(error)))
        } catch is HeaderRefused {}
        if !headerRead && problems.isEmpty {
            problems.append(
                ImportProblem(
                    file: fileName, line: 1,
                    reason: source.sheet == nil
                        ? LocalizedText(zh: "文件为空（没有表头行）", en: "the file is empty (no header line)")
                        : LocalizedText(zh: "工作表为空（没有表头行）", en: "the sheet is empty (no header row)")))
        }
        // A reference to another record of the table must name one in the file or the registry.
        for reference in references where keys[reference.value] == nil {
            guard try !importer.keyExists(reference.value, db) else { continue }
            problems.append(
                ImportProblem(
                    file: fileName, line: reference.line, column: reference.column, value: reference.value,
                    reason: LocalizedText(
                        zh: "登记库和本文件中都没有这个网点（前身网点须先登记，或在本文件中一并导入）",
                        en:
                            "no such outlet in the registry or in this file (the predecessor must be registered first, or imported in the same file)"
                    )))
        }
        problems.sort { $0.line < $1.line }  // stable: each line keeps its order
        problems = problems.map { $0.placed(inSheet: source.sheet, columns: columns) }
        warnings = warnings.map { $0.placed(inSheet: source.sheet, columns: columns) }
        guard problems.isEmpty else {
            // Rows beyond the officer's district make the refusal one of permission (77).
            if outsideDistrict { throw OfficerError.importOutsideDistrict(file: fileName, problems: problems) }
            throw RegistryError.importRejected(file: fileName, problems: problems)
        }
        var summary = ImportSummary(
            table: I.table, file: fileName, sha256: sha, rows: rows, inserted: inserted, updated: updated,
            dryRun: options.dryRun, warnings: warnings)
        summary.sheet = source.sheet
        // A file without rows changes nothing: no audit entry says it was imported.
        if options.dryRun || rows == 0 { return summary }

        // Pass 2: write.
        let suspension = bulk && I.table == .outlets ? try OutletIndexing.suspend(db) : nil
        var written = 0
        var header = true
        try source.forEachRecord { record, _ in
            if header {
                header = false
                return
            }
            var fields = FieldReader(file: fileName, record: record, columns: columns)
            guard let row = try importer.parse(&fields, db) else {
                throw RegistryError.database(
                    "\(fileName):\(record.line): the record changed between validation and writing")
            }
            // Without update, validation proved every key new.
            let replacing = options.update ? try importer.exists(row, db) : false
            try importer.write(row, replacing: replacing, db, &log)
            written += 1
            if let progress, written % WorkProgress.interval == 0 {
                progress(WorkProgress(phase: .writing, done: written, total: rows))
            }
        }
        if let suspension { try OutletIndexing.resume(db, suspension) }
        var record: [String: JSONValue] = [
            "file": .string(fileName), "table": .string(I.table.rawValue), "sha256": .string(sha),
            "rows": .int(Int64(rows)), "inserted": .int(Int64(inserted)), "updated": .int(Int64(updated)),
        ]
        if let sheet = source.sheet { record["sheet"] = .string(sheet) }
        let after = JSONValue.object(record).canonicalText
        try log.append(db, action: "import.file", entityType: "file", entityID: fileName, before: nil, after: after)
        return summary
    }

    /// Reads the header: every required column present, no unknown or repeated column. Returns
    /// the columns' indexes (also when there are problems, so they can be placed in a sheet).
    static func readHeader<I: RowImporter>(
        _ importer: I.Type, _ header: CSVRecord, fileName: String, problems: inout [ImportProblem]
    ) -> [String: Int] {
        var columns: [String: Int] = [:]
        let known = Set(I.columns)
        for (index, raw) in header.fields.enumerated() {
            let name = TextNormalisation.trim(raw)
            if columns[name] != nil {
                problems.append(
                    ImportProblem(
                        file: fileName, line: header.line, column: name,
                        reason: LocalizedText(zh: "列名重复", en: "repeated column")))
            } else if !known.contains(name) {
                problems.append(
                    ImportProblem(
                        file: fileName, line: header.line, column: name,
                        reason: LocalizedText(
                            zh: "未知列（有效列：\(I.columns.joined(separator: "、"))）",
                            en: "unknown column (valid: \(I.columns.joined(separator: ", ")))")))
            }
            columns[name] = index
        }
        for name in I.columns where I.required.contains(name) && columns[name] == nil {
            problems.append(
                ImportProblem(
                    file: fileName, line: header.line, column: name,
                    reason: LocalizedText(zh: "缺少必需的列", en: "required column is missing")))
        }
        return columns
    }

    /// Ends the reading of a file whose header is refused.
    private struct HeaderRefused: Error {}

    /// `duplicate of line 3` / `与第 3 行重复`.
    static func duplicate(of line: Int) -> LocalizedText {
        LocalizedText(zh: "与第 \(line) 行重复", en: "duplicate of line \(line)")
    }

    /// A CSV syntax error as an import problem's reason.
    static func malformed(_ error: CSVError) -> LocalizedText {
        LocalizedText(
            zh: "CSV 格式有误（第 \(error.column) 个字符）：\(error.reasonZH)",
            en: "malformed CSV at character \(error.column): \(error.reason)")
    }
}
