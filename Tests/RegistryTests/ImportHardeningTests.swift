import Foundation
import Testing

@testable import Registry

/// What import refuses because it cannot be true or is past a limit (docs/LIMITS.md): every
/// refusal names the line, column and value, and leaves the registry exactly as it was.
@Suite("Import: limits and what cannot be true")
struct ImportHardeningTests {
    let base = ImportTests()

    func rejected(_ overrides: [String: String], column: String) throws -> ImportProblem? {
        try base.oneProblem(overrides, column: column)
    }

    @Test func aNulOrOtherControlCharacterIsRefusedNeverCut() throws {
        let nul = try #require(try rejected(["name": "测试\u{0}名称"], column: "name"))
        #expect(nul.value == "测试\\u{0}名称")
        #expect(nul.description.contains("U+0000"))
        #expect(nul.description(.zh).contains("控制字符 U+0000"))
        for value in ["名称\u{1B}[31m", "甲\u{7F}", "乙\u{202E}丙", "a\tb", "第一行\n第二行"] {
            #expect(try rejected(["name": value], column: "name") != nil, "\(value.debugDescription)")
        }
        // An address may be written on several lines; a control character is still refused there.
        let db = try base.registryWithOperators()
        let summary = try db.imports.importCSV(
            .outlets, bytes: Array(base.outletsCSV([base.outlet(["address": "崇川区测试路1号\n二楼"])]).utf8),
            fileName: "outlets.csv", options: base.officer)
        #expect(summary.inserted == 1)
        #expect(try rejected(["address": "崇川区\u{0}测试路"], column: "address") != nil)
    }

    @Test func overLongFieldsAreRefusedByColumnWithTheirLimit() throws {
        let long = try #require(try rejected(["name": String(repeating: "名", count: 201)], column: "name"))
        #expect(long.reason.contains("201 characters long, more than this column's limit of 200"))
        #expect(long.value?.hasSuffix("…") == true && (long.value?.count ?? 0) <= 41)
        let db = try base.registryWithOperators()
        let atLimit = base.outletsCSV([base.outlet(["name": String(repeating: "名", count: 200)])])
        #expect(
            try db.imports.importCSV(
                .outlets, bytes: Array(atLimit.utf8), fileName: "outlets.csv", options: base.officer
            ).inserted == 1)
        #expect(try rejected(["phone": String(repeating: "1", count: 41)], column: "phone") != nil)
        #expect(try rejected(["filing_no": String(repeating: "X", count: 65)], column: "filing_no") != nil)
    }

    /// A 10 MB name (the hostile run) is refused by column with its length. How fast and
    /// in how much memory is checked on the built binary (`LimitsEndToEndTests`, with GNU time);
    /// a wall clock inside the parallel debug suite would only measure the machine's load.
    @Test func aTenMegabyteNameIsRefusedByColumn() throws {
        let db = try base.registryWithOperators()
        let text = base.outletsCSV([base.outlet(["name": String(repeating: "a", count: 10_000_000)])])
        let found = try base.problems(db, .outlets, text)
        #expect(found.count == 1)
        #expect(found.first?.column == "name")
        #expect(found.first?.reason.contains("10000000 characters long") == true)
        #expect(try db.outlets.counts().outlets == 0)
    }

    @Test func theCSVReaderBoundsFieldsAndRecords() throws {
        var huge = CSVReader(
            text: "a,b\n\"" + String(repeating: "x", count: ImportLimits.maximumFieldBytes + 10) + "\",1\n")
        _ = try huge.next()
        #expect(throws: CSVError.self) { _ = try huge.next() }
        var wide = CSVReader(text: String(repeating: ",", count: 5_000) + "\n")
        #expect { _ = try wide.next() } throws: { error in
            (error as? CSVError)?.reason == CSVError.tooManyFields.en
        }
    }

    @Test func anUnknownPredecessorIsRefusedAndOneInTheFileOrRegistryIsTaken() throws {
        let unknown = try #require(try rejected(["predecessor_id": "NT-9999"], column: "predecessor_id"))
        #expect(unknown.value == "NT-9999")
        #expect(unknown.reason.contains("no such outlet in the registry or in this file"))
        let db = try base.registryWithOperators()
        // Named later in the same file: accepted.
        let both = base.outletsCSV([
            base.outlet(["predecessor_id": "NT-0101"]), base.outlet(["id": "NT-0101", "name": "前身养老院"]),
        ])
        #expect(
            try db.imports.importCSV(.outlets, bytes: Array(both.utf8), fileName: "outlets.csv", options: base.officer)
                .inserted == 2)
        // Already in the registry: accepted.
        let later = base.outletsCSV([base.outlet(["id": "NT-0102", "predecessor_id": "NT-0100"])])
        #expect(
            try db.imports.importCSV(.outlets, bytes: Array(later.utf8), fileName: "outlets.csv", options: base.officer)
                .inserted == 1)
    }

    @Test func enrolmentAboveCapacityIsRefused() throws {
        let problem = try #require(
            try rejected(
                ["kind": "childcare_institution", "name": "测试托育园", "classes": "infant:10:8:3;toddler:15:16:3"],
                column: "classes"))
        #expect(problem.reason.contains("class 2 \"toddler:15:16:3\": 16 enrolled is more than the capacity of 15"))
        #expect(problem.description(.zh).contains("在托人数 16 超过托位数 15"))
    }

    /// Fixtures.clock says 2026-03-01 (Nantong): a day after it is not yet a fact.
    @Test(arguments: ["opened_on", "filing_on", "cert_applied_on"])
    func aPastFactDatedInTheFutureIsRefused(column: String) throws {
        var overrides = [column: "2099-01-01"]
        if column == "cert_applied_on" {
            overrides.merge(["cert_level": "municipal", "cert_status": "applied"]) { $1 }
        }
        let problem = try #require(try rejected(overrides, column: column))
        #expect(problem.reason.contains("after today (2026-03-01)"))
    }

    @Test func todayIsNotTheFuture() throws {
        let db = try base.registryWithOperators()
        let text = base.outletsCSV([base.outlet(["opened_on": "2026-03-01", "filing_on": "2026-03-01"])])
        #expect(
            try db.imports.importCSV(.outlets, bytes: Array(text.utf8), fileName: "outlets.csv", options: base.officer)
                .inserted == 1)
    }

    @Test func aFileWithoutRowsChangesNothingAndWritesNoAuditEntry() throws {
        let db = try base.registryWithOperators()
        let entries = try db.outlets.counts().auditEntries
        let summary = try db.imports.importCSV(
            .outlets, bytes: Array((Fixtures.outletsHeader + "\n").utf8), fileName: "outlets.csv", options: base.officer
        )
        #expect(summary.rows == 0)
        #expect(try db.outlets.counts().auditEntries == entries)
    }

    @Test func aDirectoryAMissingFileAndAnOversizedFileEachSaySo() throws {
        let db = try base.registryWithOperators()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("puhui-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: RegistryError.importFileUnusable(path: folder.path, problem: .directory)) {
            _ = try db.imports.importFile(.outlets, path: folder.path, options: base.officer, progress: nil)
        }
        let missing = folder.appendingPathComponent("nope.csv").path
        #expect(throws: RegistryError.importFileUnusable(path: missing, problem: .missing)) {
            _ = try db.imports.importFile(.outlets, path: missing, options: base.officer, progress: nil)
        }
        // A sparse file past the limit is refused from its size, before a byte is read.
        let big = folder.appendingPathComponent("big.csv")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(ImportLimits.maximumFileBytes) + 1)
        try handle.close()
        let started = Date()
        #expect(
            throws: RegistryError.importFileUnusable(
                path: big.path, problem: .tooLarge(ImportLimits.maximumFileBytes + 1))
        ) {
            _ = try db.imports.importFile(.outlets, path: big.path, options: base.officer, progress: nil)
        }
        #expect(Date().timeIntervalSince(started) < 1)
    }
}
