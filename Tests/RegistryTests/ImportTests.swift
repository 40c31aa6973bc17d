import Foundation
import GRDB
import Testing

@testable import Registry

@Suite("Import")
struct ImportTests {
    let officer = ImportOptions(officer: "测试员", reason: "test")

    /// A registry with the fixture operators, and one valid outlet row's fields.
    func registryWithOperators() throws -> RegistryDatabase {
        let db = try Fixtures.database()
        _ = try db.imports.importCSV(
            .operators, bytes: Array(Fixtures.operatorsCSV.utf8), fileName: "operators.csv", options: officer)
        return db
    }

    static let validOutlet: [String: String] = [
        "id": "NT-0100", "operator_uscc": Fixtures.usccA, "name": "测试养老院", "kind": "elder_institution",
        "district_code": "320613", "address": "崇川区测试路1号", "lat": "32.01", "lon": "120.87",
    ]

    /// An outlets CSV with the full header and one line per row (columns not given are empty).
    func outletsCSV(_ rows: [[String: String]]) -> String {
        let columns = RegistryTable.outlets.columns
        var writer = CSVWriter()
        writer.write(columns)
        for row in rows { writer.write(columns.map { row[$0] ?? "" }) }
        return writer.text
    }

    func outlet(_ overrides: [String: String]) -> [String: String] {
        Self.validOutlet.merging(overrides) { $1 }
    }

    /// Imports and expects a refusal; returns the problems.
    func problems(_ db: RegistryDatabase, _ table: RegistryTable, _ text: String, file: String = "outlets.csv") throws
        -> [ImportProblem]
    {
        do {
            _ = try db.imports.importCSV(table, bytes: Array(text.utf8), fileName: file, options: officer)
        } catch RegistryError.importRejected(let rejected, let problems) {
            #expect(rejected == file)
            return problems
        }
        Issue.record("the import was accepted")
        return []
    }

    func oneProblem(_ overrides: [String: String], column: String) throws -> ImportProblem? {
        let db = try registryWithOperators()
        let found = try problems(db, .outlets, outletsCSV([outlet(overrides)]))
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.column == column)
        #expect(found.first?.line == 2)
        return found.first
    }

    // MARK: - Operators

    @Test func usccCheckCharacterOverrideAndStructure() throws {
        let db = try Fixtures.database()
        let wrong = String(Fixtures.usccA.dropLast()) + "U"
        let csv = """
            uscc,name,legal_form,legal_representative,uscc_override_reason
            \(wrong),甲,enterprise,张三,
            \(Fixtures.usccB),乙,enterprise,李四,试点代码
            9131011066600721,丙,enterprise,王五,
            9131011066600721IT,丁,enterprise,赵六,
            \(Fixtures.usccC),戊,company,钱七,

            """
        let found = try problems(db, .operators, csv, file: "operators.csv")
        #expect(found.map(\.line) == [2, 3, 4, 5, 6])
        #expect(
            found[0].description
                == "operators.csv:2: column uscc: value \"\(wrong)\": check character should be T, not U (an early pilot code needs uscc_override_reason)"
        )
        #expect(
            found[0].description(.zh)
                == "operators.csv:2: 列 uscc：值 \"\(wrong)\"：统一社会信用代码校验码应为 T，不是 U（早期试点代码须在 uscc_override_reason 中说明原因）")
        #expect(found[0].description(.en) == found[0].description)
        #expect(found[2].reasonZH == "统一社会信用代码应为 18 位，这里是 16 位")
        #expect(found[4].reasonZH.hasPrefix("未知的法人类型（有效值：private_non_enterprise 民办非企业单位、enterprise 企业"))
        #expect(found[1].column == "uscc_override_reason")
        #expect(found[2].reason == "a credit code has 18 characters, not 16")
        #expect(found[3].reason.hasPrefix("character 17 \"I\""))
        #expect(found[4].reason.contains("valid: private_non_enterprise, enterprise"))
        #expect(try db.outlets.counts().operators == 0)
    }

    @Test func overrideAcceptsAPilotCodeAndInnerCheckWarns() throws {
        let db = try Fixtures.database()
        let wrong = String(Fixtures.usccA.dropLast()) + "U"
        let innerBad = Fixtures.uscc("91310110666007218")
        let csv = """
            uscc,name,legal_form,legal_representative,uscc_override_reason
            \(wrong),甲,enterprise,张三,2015 年试点代码，经市场监管局核实
            \(innerBad),乙,enterprise,李四,

            """
        let summary = try db.imports.importCSV(
            .operators, bytes: Array(csv.utf8), fileName: "operators.csv", options: officer)
        #expect(summary.inserted == 2)
        #expect(summary.warnings.count == 1)
        #expect(summary.warnings.first?.line == 3)
        #expect(summary.warnings.first?.reasonZH == "组织机构代码校验码（第 17 位）应为 7（GB 11714），已接受")
        #expect(try db.outlets.operatorRecord(uscc: wrong)?.usccOverrideReason == "2015 年试点代码，经市场监管局核实")
    }

    // MARK: - Outlets: one problem each

    @Test func unknownDistrict() throws {
        let problem = try oneProblem(["district_code": "320699"], column: "district_code")
        #expect(problem?.reason.hasPrefix("unknown district (valid: 320612, 320613, 320685)") == true)
    }

    @Test func retiredDistrictNamesItsReplacement() throws {
        let problem = try oneProblem(["district_code": "320611"], column: "district_code")
        #expect(problem?.reason == "retired division code: replaced by 320613 崇川区")
    }

    @Test func subdistrictMustBeTheDistricts() throws {
        let problem = try oneProblem(["subdistrict": "金沙"], column: "subdistrict")
        #expect(problem?.reason == "not a 街道/镇 of 320613 崇川区")
    }

    @Test func coordinatesOutsideTheCity() throws {
        let problem = try oneProblem(["lat": "3.2"], column: "lat")
        #expect(problem?.description == "outlets.csv:2: column lat: value \"3.2\": outside the city (31.60–32.75)")
        #expect(problem?.description(.zh) == "outlets.csv:2: 列 lat：值 \"3.2\"：超出市域范围（31.60–32.75）")
        #expect(try oneProblem(["lon": "119.0"], column: "lon")?.reason == "outside the city (120.20–121.95)")
        #expect(try oneProblem(["lat": "91"], column: "lat")?.reason == "not a WGS-84 latitude")
        #expect(try oneProblem(["lat": "32,01"], column: "lat")?.reason == "not a decimal number")
    }

    @Test func unknownKindListsValidOnes() throws {
        let problem = try oneProblem(["kind": "nursery"], column: "kind")
        #expect(problem?.reason == "unknown kind (valid: \(OutletKind.validValues))")
    }

    @Test(arguments: [
        ("status", "open"), ("pricing", "cheap"), ("premises_tenure", "rented"), ("cert_level", "national"),
    ])
    func unknownEnumValues(column: String, value: String) throws {
        var overrides = [column: value]
        if column == "cert_level" { overrides["cert_status"] = "applied" }
        let problem = try oneProblem(overrides, column: column)
        #expect(problem?.reason.contains("(valid: ") == true)
    }

    @Test func malformedAndNegativeNumbers() throws {
        #expect(try oneProblem(["beds": "abc"], column: "beds")?.reason == "not a whole number")
        #expect(try oneProblem(["beds": "-3"], column: "beds")?.reason == "must not be negative")
        #expect(try oneProblem(["beds": "12.5"], column: "beds")?.reason == "not a whole number")
        #expect(try oneProblem(["star_rating": "6"], column: "star_rating")?.reason == "must be between 1 and 5")
    }

    @Test func nursingBedsAtMostBeds() throws {
        let problem = try oneProblem(["beds": "10", "nursing_beds": "11"], column: "nursing_beds")
        #expect(problem?.reason == "more nursing-type beds than beds (10)")
    }

    @Test func malformedAndImpossibleDates() throws {
        #expect(try oneProblem(["opened_on": "2024-02-30"], column: "opened_on")?.reason == "no such date")
        #expect(try oneProblem(["opened_on": "2024/02/01"], column: "opened_on")?.reason == "not a date (YYYY-MM-DD)")
        #expect(try oneProblem(["opened_on": "2024-02-30"], column: "opened_on")?.reasonZH == "没有这一天")
        #expect(try oneProblem(["opened_on": "2024/02/01"], column: "opened_on")?.reasonZH == "日期格式应为 YYYY-MM-DD")
        #expect(try oneProblem(["lease_from": "2024-01-01", "lease_to": "2023-01-01"], column: "lease_to") != nil)
    }

    @Test func unknownOperator() throws {
        let problem = try oneProblem(["operator_uscc": Fixtures.uscc("91320613MA0000001")], column: "operator_uscc")
        #expect(problem?.reason == "unknown operator (import it in operators.csv first)")
        #expect(problem?.reasonZH == "未知的运营主体（请先在 operators.csv 中导入）")
    }

    @Test func requiredFieldsAndIDs() throws {
        #expect(try oneProblem(["address": ""], column: "address")?.reason == "required")
        #expect(try oneProblem(["address": ""], column: "address")?.description(.zh) == "outlets.csv:2: 列 address：必填")
        #expect(try oneProblem(["id": "NT 01"], column: "id")?.reason.hasPrefix("not an outlet id") == true)
    }

    @Test func badgeChecks() throws {
        let certified = [
            "cert_level": "municipal", "cert_status": "certified", "cert_valid_from": "2024-01-01",
            "cert_valid_to": "2026-12-31",
        ]
        let good = Fixtures.badgeElder
        let wrongCheck = String(good.dropLast()) + (good.last == "0" ? "1" : "0")
        #expect(
            try oneProblem(certified.merging(["badge_no": "NTE-2024-12-7"]) { $1 }, column: "badge_no")?.reason
                .hasPrefix("not a badge number") == true)
        #expect(
            try oneProblem(certified.merging(["badge_no": wrongCheck]) { $1 }, column: "badge_no")?.reason.hasPrefix(
                "badge check character should be") == true)
        #expect(
            try oneProblem(certified.merging(["badge_no": Fixtures.badgeChild]) { $1 }, column: "badge_no")?.reason
                .contains("childcare badge") == true)
        #expect(try oneProblem(certified, column: "badge_no")?.reason == "required for cert_status certified")
        let noDates = ["cert_level": "municipal", "cert_status": "revoked", "badge_no": good]
        let db = try registryWithOperators()
        let found = try problems(db, .outlets, outletsCSV([outlet(noDates)]))
        #expect(found.map(\.column) == ["cert_valid_from", "cert_valid_to"])
        #expect(
            try oneProblem(["badge_no": good], column: "cert_status")?.reason.hasPrefix(
                "required when badge_no is given") == true)
        #expect(try oneProblem(["badge_no": good], column: "cert_status")?.reasonZH == "填写了统一标识编号 badge_no 时必填")
        #expect(
            try oneProblem(certified.merging(["badge_no": wrongCheck]) { $1 }, column: "badge_no")?.reasonZH.hasPrefix(
                "统一标识编号校验码应为 ") == true)
    }

    @Test func classesAreChecked() throws {
        let childcare = ["kind": "childcare_community", "classes": "infant:10:8:3;baby:5:5:1"]
        #expect(try oneProblem(childcare, column: "classes")?.reason.contains("unknown class type") == true)
        #expect(
            try oneProblem(["classes": "infant:10:8:3"], column: "classes")?.reason.hasPrefix(
                "classes are for childcare outlets") == true)
        #expect(try oneProblem(["kind": "childcare_family", "classes": "infant:10:-1:3"], column: "classes") != nil)
    }

    // MARK: - Whole files

    @Test func everyBadRowIsListedAndNothingChanges() throws {
        let db = try registryWithOperators()
        let before = try db.outlets.counts()
        let csv = outletsCSV([
            outlet([:]),
            outlet(["id": "NT-0101", "lat": "3.2"]),
            outlet(["id": "NT-0102", "kind": "nursery", "opened_on": "2023-02-29"]),
            outlet(["id": "NT-0100"]),
            outlet(["id": "NT-0103"]),
        ])
        let found = try problems(db, .outlets, csv)
        #expect(found.map(\.line) == [3, 4, 4, 5])
        #expect(found[3].reason == "duplicate of line 2")
        #expect(try db.outlets.counts() == before)
        #expect(try db.audit.verifyAuditLog().isIntact)
    }

    /// A key repeated in the file is named on every repeat, even when the rows have other problems.
    @Test func duplicatesAreNamedEvenWhenTheRowsHaveOtherProblems() throws {
        let db = try registryWithOperators()
        let unknown = Fixtures.uscc("91320613MA0000001")
        let certified = [
            "cert_level": "municipal", "cert_status": "certified", "cert_valid_from": "2024-01-01",
            "cert_valid_to": "2026-12-31", "badge_no": Fixtures.badgeElder,
        ]
        let csv = outletsCSV([
            outlet(["id": "X-1", "operator_uscc": unknown]),
            outlet(["id": "X-1", "operator_uscc": unknown]),
            outlet(["id": "X-2", "lat": "3.2"]),
            outlet(["id": "X-2"]),
            outlet(certified.merging(["id": "X-3", "beds": "-1"]) { $1 }),
            outlet(certified.merging(["id": "X-4"]) { $1 }),
        ])
        let found = try problems(db, .outlets, csv)
        #expect(found.map(\.line) == [2, 3, 3, 4, 5, 6, 7], "\(found)")
        #expect(found.map(\.column) == ["operator_uscc", "operator_uscc", "id", "lat", "id", "beds", "badge_no"])
        #expect(found[2].description == "outlets.csv:3: column id: value \"X-1\": duplicate of line 2")
        #expect(found[2].description(.zh) == "outlets.csv:3: 列 id：值 \"X-1\"：与第 2 行重复")
        #expect(found[4].reason == "duplicate of line 4")
        #expect(found[6].reason == "duplicate of line 6")

        let prices = """
            outlet_id,item,care_level,age_class,unit,amount_yuan,effective_from,effective_to,inclusive
            NT-9999,床位费,,,month,100,2024-01-01,,yes
            NT-9999,床位费,,,month,100,２０２４-01-01,,yes

            """
        let priceProblems = try problems(db, .prices, prices, file: "prices.csv")
        #expect(priceProblems.map(\.line) == [2, 3, 3])
        #expect(priceProblems.last?.reason == "duplicate of line 2")
    }

    @Test func headerProblems() throws {
        let db = try registryWithOperators()
        let missing =
            "id,operator_uscc,name,kind,district_code,address,lat\nNT-1,\(Fixtures.usccA),甲,elder_day_care,320613,路,32.0\n"
        let found = try problems(db, .outlets, missing)
        #expect(found.map(\.description) == ["outlets.csv:1: column lon: required column is missing"])
        #expect(found.map { $0.description(.zh) } == ["outlets.csv:1: 列 lon：缺少必需的列"])
        let unknown = "id,operator_uscc,name,kind,district_code,address,lat,lon,colour\n"
        let more = try problems(db, .outlets, unknown)
        #expect(more.first?.column == "colour")
        #expect(more.first?.reason.hasPrefix("unknown column (valid: id, operator_uscc") == true)
        #expect(try problems(db, .outlets, "").first?.reason == "the file is empty (no header line)")
        #expect(try problems(db, .outlets, "").first?.description(.zh) == "outlets.csv:1: 文件为空（没有表头行）")
        #expect(more.first?.reasonZH.hasPrefix("未知列（有效列：id、operator_uscc") == true)
    }

    @Test func fieldCountAndMalformedQuoting() throws {
        let db = try registryWithOperators()
        let header = "id,operator_uscc,name,kind,district_code,address,lat,lon\n"
        let short = try problems(db, .outlets, header + "NT-1,\(Fixtures.usccA),甲\n")
        #expect(short.first?.reason == "the record has 3 fields; the header has 8")
        let quoted = try problems(
            db, .outlets, header + "NT-1,\(Fixtures.usccA),\"甲,elder_day_care,320613,路,32.0,120.9\n")
        #expect(quoted.first?.line == 2)
        #expect(quoted.first?.reason.contains("never closed") == true)
        #expect(quoted.first?.reasonZH.hasPrefix("CSV 格式有误（第 ") == true)
        #expect(short.first?.reasonZH == "该行有 3 个字段，表头有 8 个")
    }

    @Test func alreadyInTheRegistryUnlessUpdate() throws {
        let db = try Fixtures.populated()
        let auditBefore = try db.outlets.counts().auditEntries
        let found = try problems(db, .outlets, Fixtures.outletsCSV)
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.reason == "already in the registry (use --update to replace it)" })
        #expect(found.allSatisfy { $0.reasonZH == "登记库中已有该记录（如需替换请加 --update）" })
        var changed = Fixtures.outletsCSV.replacingOccurrences(of: "幸福托育中心", with: "幸福托育中心（新址）")
        changed = changed.replacingOccurrences(of: "infant:10:8:3;", with: "")
        let options = ImportOptions(officer: "测试员", reason: "更正", update: true)
        let summary = try db.imports.importCSV(
            .outlets, bytes: Array(changed.utf8), fileName: "outlets.csv", options: options)
        #expect(summary.inserted == 0 && summary.updated == 3)
        let record = try #require(try db.outlets.outletRecord(id: "NT-0002"))
        #expect(record.outlet.name == "幸福托育中心（新址）")
        #expect(record.classes.count == 2)
        #expect(record.prices.count == 2, "prices stay attached")
        let entries = try db.audit.auditEntries(from: Int64(auditBefore + 1), limit: 10)
        let update = try #require(entries.first { $0.entityID == "NT-0002" })
        #expect(update.action == "import.update")
        #expect(update.beforeJSON?.contains("\"name\":\"幸福托育中心\"") == true)
        #expect(update.afterJSON?.contains("（新址）") == true)
        #expect(try db.audit.verifyAuditLog().isIntact)
    }

    @Test func dryRunWritesNothing() throws {
        let db = try registryWithOperators()
        let before = try db.outlets.counts()
        let options = ImportOptions(officer: "测试员", dryRun: true)
        let summary = try db.imports.importCSV(
            .outlets, bytes: Array(Fixtures.outletsCSV.utf8), fileName: "outlets.csv", options: options)
        #expect(summary.dryRun && summary.inserted == 3 && summary.rows == 3)
        #expect(try db.outlets.counts() == before)
    }

    @Test func normalisesTextAndFullWidthDigits() throws {
        let db = try registryWithOperators()
        let csv = outletsCSV([outlet(["name": "  Cafe\u{301} 养老  ", "beds": "１２０", "lat": "３２．０１"])])
        _ = try db.imports.importCSV(.outlets, bytes: Array(csv.utf8), fileName: "outlets.csv", options: officer)
        let record = try #require(try db.outlets.outletRecord(id: "NT-0100"))
        #expect(record.outlet.name.unicodeScalars.count == "Caf\u{E9} 养老".unicodeScalars.count)
        #expect(record.outlet.beds == 120)
        #expect(record.outlet.lat == 32.01)
    }

    // MARK: - Prices

    @Test func priceProblems() throws {
        let db = try Fixtures.populated()
        let csv = """
            outlet_id,item,care_level,age_class,unit,amount_yuan,effective_from,effective_to,inclusive
            NT-0001,新项目,,,month,-5,2024-01-01,,yes
            NT-0001,新项目2,,,month,12.345,2024-01-01,,yes
            NT-9999,新项目3,,,month,100,2024-01-01,,yes
            NT-0001,新项目4,,,week,100,2024-02-30,,maybe
            NT-0001,床位费,self_care,,month,1900,2024-01-01,,yes
            NT-0002,新项目5,,,month,100,2024-01-01,,yes
            NT-0002,新项目5,,,month,100,2024-01-01,,yes

            """
        let found = try problems(db, .prices, csv, file: "prices.csv")
        #expect(found.map(\.line) == [2, 3, 4, 5, 5, 5, 6, 8])
        #expect(found[0].reason == "negative amount")
        #expect(found[1].reason == "more than two decimals")
        #expect(found[2].reason == "unknown outlet (import it in outlets.csv first)")
        #expect(found[3].column == "unit")
        #expect(found[4].reason == "no such date")
        #expect(found[5].reason == "not yes or no")
        #expect(found[6].reason.hasPrefix("already in the registry"))
        #expect(found[7].reason == "duplicate of line 7")
        #expect(found[0].reasonZH == "金额不能为负数")
        #expect(found[1].reasonZH == "金额最多两位小数")
        #expect(found[7].description(.zh) == "prices.csv:8: 列 outlet_id：值 \"NT-0002|新项目5|||month|2024-01-01\"：与第 7 行重复")
        #expect(found.allSatisfy { $0.reasonZH != $0.reason }, "every reason has its Chinese")
    }

    @Test func moneyReasonsAllHaveTheirChinese() {
        for text in ["-5", "12.345", "99999999999999", "12a", "1.2.3", ".5"] {
            do {
                _ = try Fen(yuan: text)
                Issue.record("\(text) was accepted")
            } catch {
                guard case .invalidValue(_, _, let reason) = error else {
                    Issue.record("\(text): \(error)")
                    continue
                }
                #expect(reason.zh.hasPrefix("金额") || reason.zh.hasPrefix("不是以元"), "\(reason)")
                #expect(
                    reason.zh.unicodeScalars.filter { $0.properties.isAlphabetic && $0.isASCII }.isEmpty, "\(reason)")
            }
        }
    }

    @Test func priceJSONSaysTheAmountIsInFen() throws {
        let price = Price(
            outletID: "NT-0001", item: "床位费", unit: .month, amount: Fen(185050),
            effectiveFrom: try #require(LocalDate(year: 2024, month: 1, day: 1)), isInclusive: true)
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(price)) as? [String: Any])
        #expect(object["amount_fen"] as? Int == 185050)
        #expect(object["amount"] == nil)
        let plain = try JSONEncoder().encode(price)
        let keys = try #require(try JSONSerialization.jsonObject(with: plain) as? [String: Any]).keys
        #expect(keys.contains("amountFen") && !keys.contains("amount"))
        #expect(try JSONDecoder().decode(Price.self, from: plain) == price)
    }

    @Test func priceUpdateReplacesAmount() throws {
        let db = try Fixtures.populated()
        let csv = """
            outlet_id,item,care_level,age_class,unit,amount_yuan,effective_from,effective_to,inclusive
            NT-0001,床位费,self_care,,month,1900,2024-01-01,,是

            """
        let summary = try db.imports.importCSV(
            .prices, bytes: Array(csv.utf8), fileName: "prices.csv", options: .init(officer: "t", update: true))
        #expect(summary.updated == 1)
        let record = try #require(try db.outlets.outletRecord(id: "NT-0001"))
        #expect(record.prices.first { $0.item == "床位费" }?.amount == Fen(190000))
    }
}

@Suite("Bulk outlet indexing")
struct BulkIndexingTests {
    @Test func triggerTextMatchesTheSchema() throws {
        let db = try Fixtures.database()
        let sql = try db.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'outlet_after_insert'")
        }
        #expect(sql == OutletIndexing.triggerSQL, "update OutletIndexing when the trigger changes")
    }

    /// The search indexes after a bulk import equal those the trigger builds row by row.
    @Test func bulkImportIndexesLikeTheTrigger() throws {
        func indexes(bulk: Bool) throws -> ([String], [String], Bool) {
            let db = try Fixtures.database()
            let options = ImportOptions(officer: "t")
            _ = try db.imports.importCSV(
                .operators, bytes: Array(Fixtures.operatorsCSV.utf8), fileName: "operators.csv", options: options)
            _ = try db.write(officer: "t", reason: "") { connection, log in
                try db.imports.runImport(
                    OutletImporter.self,
                    source: CSVRecordSource(fileName: "outlets.csv", bytes: Array(Fixtures.outletsCSV.utf8)),
                    options: options, bulk: bulk, progress: nil, connection, &log)
            }
            return try db.read { db in
                let geo = try Row.fetchAll(db, sql: "SELECT * FROM outlet_geo ORDER BY rid").map(\.description)
                let text = try Row.fetchAll(
                    db,
                    sql: "SELECT rowid, name, address FROM outlet_text WHERE outlet_text MATCH '托育中心' ORDER BY rowid"
                ).map(\.description)
                let trigger =
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name = 'outlet_after_insert'")
                    == 1
                return (geo, text, trigger)
            }
        }
        let normal = try indexes(bulk: false)
        let bulk = try indexes(bulk: true)
        #expect(bulk.0 == normal.0)
        #expect(bulk.0.count == 3)
        #expect(bulk.1 == normal.1)
        #expect(bulk.1.count == 1)
        #expect(bulk.2 && normal.2)
    }
}
