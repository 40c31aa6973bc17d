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
        if options.officer.trimmingCharacters(in: .whitespacesAndNewlines) == RegistryDatabase.systemOfficer {
            throw OfficerError.invalidID(
                RegistryDatabase.systemOfficer, Officer.problem(withID: RegistryDatabase.systemOfficer) ?? LocalizedText(zh: "", en: ""))
        }
        return switch table {
        case .operators: try runImport(OperatorImporter.self, bytes: bytes, fileName: fileName, options: options)
        case .outlets: try runImport(OutletImporter.self, bytes: bytes, fileName: fileName, options: options)
        case .prices: try runImport(PriceImporter.self, bytes: bytes, fileName: fileName, options: options)
        }
    }

    /// Imports the CSV file at `path` (problems name the file by its last path component).
    public func importCSV(_ table: RegistryTable, path: String, options: ImportOptions) throws -> ImportSummary {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RegistryError.importFileUnusable(path: path, problem: .missing)
        }
        if isDirectory.boolValue { throw RegistryError.importFileUnusable(path: path, problem: .directory) }
        // The size is checked before a byte is read (ImportLimits).
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > ImportLimits.maximumFileBytes {
            throw RegistryError.importFileUnusable(path: path, problem: .tooLarge(size))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RegistryError.importFileUnusable(path: path, problem: .unreadable)
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: ImportLimits.maximumFileBytes + 1) ?? Data()
        } catch {
            throw RegistryError.importFileUnusable(path: path, problem: .unreadable)
        }
        if data.count > ImportLimits.maximumFileBytes {
            throw RegistryError.importFileUnusable(path: path, problem: .tooLarge(data.count))
        }
        return try importCSV(table, bytes: [UInt8](data), fileName: (path as NSString).lastPathComponent, options: options)
    }

    func runImport<I: RowImporter>(
        _ importer: I.Type, bytes: [UInt8], fileName: String, options: ImportOptions
    ) throws -> ImportSummary {
        try database.write(officer: options.officer, reason: options.reason) { db, log in
            let district = try OfficerAuthority.check(db, officer: log.officer).district
            // Operators are city-wide records: a district officer may not import them.
            if let district, I.table == .operators {
                throw OfficerError.cityWideTask(officer: log.officer, district: district, task: .importOperators)
            }
            // A big file touches far more pages than the usual cache holds (the R*Tree and
            // indexes above all): give this transaction a larger one, then restore it.
            let large = bytes.count > RegistryDatabase.largeImportBytes
            if large { try RegistryDatabase.setCacheSize(db, kiB: RegistryDatabase.importCacheSizeKiB) }
            defer { if large { try? RegistryDatabase.setCacheSize(db, kiB: RegistryDatabase.cacheSizeKiB) } }
            return try runImport(
                importer, bytes: bytes, fileName: fileName, options: options, bulk: large, district: district, db, &log)
        }
    }

    /// Imports inside an open write transaction (so several files can commit together). With
    /// `bulk`, new outlets are indexed for search after loading (`OutletIndexing`). With
    /// `district`, rows about outlets of other districts are problems (`OfficerScope`).
    func runImport<I: RowImporter>(
        _ importer: I.Type, bytes: [UInt8], fileName: String, options: ImportOptions, bulk: Bool = false,
        district: String? = nil, _ db: Database, _ log: inout AuditLog
    ) throws -> ImportSummary {
        let sha = SHA256.hash(data: bytes).hexString
        let timestamp = database.clock.timestamp()
        let importer = try I(db, options: options, timestamp: timestamp)
        var problems: [ImportProblem] = []
        var warnings: [ImportProblem] = []
        var reader = CSVReader(bytes: bytes)
        guard let columns = try Self.readHeader(I.self, &reader, fileName: fileName, problems: &problems) else {
            throw RegistryError.importRejected(file: fileName, problems: problems)
        }
        // Pass 1: validate everything.
        var keys: [String: Int] = [:]
        var uniques: [String: Int] = [:]
        var references: [(line: Int, column: String, value: String)] = []
        var outsideDistrict = false
        var rows = 0
        var inserted = 0
        var updated = 0
        do {
            while let record = try reader.next() {
                rows += 1
                var fields = FieldReader(file: fileName, record: record, columns: columns)
                guard record.fields.count == columns.count else {
                    fields.problem(
                        nil, nil, zh: "该行有 \(record.fields.count) 个字段，表头有 \(columns.count) 个",
                        en: "the record has \(record.fields.count) fields; the header has \(columns.count)")
                    problems += fields.problems
                    continue
                }
                guard fields.checkLimits() else {
                    problems += fields.problems
                    continue
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
                        continue
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
                guard let row else { continue }
                if let district,
                    let outside = try OfficerScope.outside(row, district: district, officer: log.officer, db)
                {
                    problems.append(
                        ImportProblem(
                            file: fileName, line: record.line, column: outside.column, value: outside.value,
                            reason: outside.reason))
                    outsideDistrict = true
                    continue
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
        }
        // A reference to another record of the table must name one in the file or the registry.
        for reference in references where keys[reference.value] == nil {
            guard try !importer.keyExists(reference.value, db) else { continue }
            problems.append(
                ImportProblem(
                    file: fileName, line: reference.line, column: reference.column, value: reference.value,
                    reason: LocalizedText(
                        zh: "登记库和本文件中都没有这个网点（前身网点须先登记，或在本文件中一并导入）",
                        en: "no such outlet in the registry or in this file (the predecessor must be registered first, or imported in the same file)")))
        }
        problems.sort { $0.line < $1.line }  // stable: each line keeps its order
        guard problems.isEmpty else {
            // Rows beyond the officer's district make the refusal one of permission (77).
            if outsideDistrict { throw OfficerError.importOutsideDistrict(file: fileName, problems: problems) }
            throw RegistryError.importRejected(file: fileName, problems: problems)
        }
        let summary = ImportSummary(
            table: I.table, file: fileName, sha256: sha, rows: rows, inserted: inserted, updated: updated,
            dryRun: options.dryRun, warnings: warnings)
        // A file without rows changes nothing: no audit entry says it was imported.
        if options.dryRun || rows == 0 { return summary }

        // Pass 2: write.
        let suspension = bulk && I.table == .outlets ? try OutletIndexing.suspend(db) : nil
        reader = CSVReader(bytes: bytes)
        _ = try reader.next()
        while let record = try reader.next() {
            var fields = FieldReader(file: fileName, record: record, columns: columns)
            guard let row = try importer.parse(&fields, db) else {
                throw RegistryError.database("\(fileName):\(record.line): the record changed between validation and writing")
            }
            // Without update, validation proved every key new.
            let replacing = options.update ? try importer.exists(row, db) : false
            try importer.write(row, replacing: replacing, db, &log)
        }
        if let suspension { try OutletIndexing.resume(db, suspension) }
        let after = JSONValue.object([
            "file": .string(fileName), "table": .string(I.table.rawValue), "sha256": .string(sha),
            "rows": .int(Int64(rows)), "inserted": .int(Int64(inserted)), "updated": .int(Int64(updated)),
        ]).canonicalText
        try log.append(db, action: "import.file", entityType: "file", entityID: fileName, before: nil, after: after)
        return summary
    }

    /// Reads the header: every required column present, no unknown or repeated column.
    static func readHeader<I: RowImporter>(
        _ importer: I.Type, _ reader: inout CSVReader, fileName: String, problems: inout [ImportProblem]
    ) throws -> [String: Int]? {
        let header: CSVRecord
        do {
            guard let record = try reader.next() else {
                problems.append(
                    ImportProblem(
                        file: fileName, line: 1,
                        reason: LocalizedText(zh: "文件为空（没有表头行）", en: "the file is empty (no header line)")))
                return nil
            }
            header = record
        } catch {
            problems.append(ImportProblem(file: fileName, line: error.line, reason: malformed(error)))
            return nil
        }
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
        return problems.isEmpty ? columns : nil
    }

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
