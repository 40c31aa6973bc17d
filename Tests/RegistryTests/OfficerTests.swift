import Foundation
import GRDB
import Testing

@testable import Registry
@testable import Rules

/// Registered officers: the bootstrap rule, who may register whom, and what officers may write.
@Suite("Officers")
struct OfficerTests {
    /// A registry with the operators imported (before any officer) and a city officer `wang.li`.
    static func withCityOfficer() throws -> RegistryDatabase {
        let db = try Fixtures.database()
        _ = try db.imports.importCSV(
            .operators, bytes: Array(Fixtures.operatorsCSV.utf8), fileName: "operators.csv",
            options: ImportOptions(officer: "before.officers"))
        try db.officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil)
        return db
    }

    @Test func firstOfficerIsCityLevelAndRegistersThemself() throws {
        let db = try Fixtures.database()
        #expect(try !db.officers.hasOfficers())
        #expect(throws: OfficerError.firstOfficerMustBeCityLevel) {
            try db.officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320613", by: nil)
        }
        let first = try db.officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil)
        #expect(first.createdBy == "wang.li")
        #expect(first.createdAt == "2026-03-01T08:00:00Z")
        #expect(first.isCityLevel && first.isActive)
        #expect(try db.officers.hasOfficers())
        let entry = try #require(try db.audit.auditEntries(matching: AuditQuery(entityType: "officer")).last)
        #expect(entry.action == "officer.add")
        #expect(entry.entityID == "wang.li")
        #expect(entry.officer == "wang.li")
        #expect(entry.afterJSON?.contains("\"district_code\":null") == true)
        #expect(try db.audit.verifyAuditLog().isIntact)
    }

    @Test func afterTheFirstOnlyAnActiveCityOfficerRegisters() throws {
        let db = try Self.withCityOfficer()
        #expect(throws: OfficerError.officerRequired) {
            try db.officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320613", by: nil)
        }
        #expect(throws: OfficerError.unknownOfficer("li.na")) {
            try db.officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320613", by: "li.na")
        }
        let district = try db.officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320613", by: "wang.li")
        #expect(district.districtCode == "320613")
        #expect(district.createdBy == "wang.li")
        #expect(throws: OfficerError.cityLevelRequired(officer: "zhao.min", action: "add")) {
            try db.officers.addOfficer(id: "qian.yi", name: "钱一", districtCode: "320613", by: "zhao.min")
        }
        #expect(throws: OfficerError.duplicateOfficer("zhao.min")) {
            try db.officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320612", by: "wang.li")
        }
        #expect(throws: OfficerError.unknownDistrict("320600")) {
            try db.officers.addOfficer(id: "qian.yi", name: "钱一", districtCode: "320600", by: "wang.li")
        }
        #expect(throws: OfficerError.unknownDistrict("999999")) {
            try db.officers.addOfficer(id: "qian.yi", name: "钱一", districtCode: "999999", by: "wang.li")
        }
        #expect(try db.officers.officers().map(\.id) == ["wang.li", "zhao.min"])
    }

    @Test(arguments: ["Wang.Li", "wang li", "", String(repeating: "a", count: 33), "puhui-init", "system", "王力"])
    func invalidIDsAreRefused(id: String) throws {
        let db = try Fixtures.database()
        #expect(throws: OfficerError.self) {
            try db.officers.addOfficer(id: id, name: "某人", districtCode: nil, by: nil)
        }
        #expect(try !db.officers.hasOfficers())
    }

    @Test func deactivationKeepsACityOfficerAndStopsWrites() throws {
        let db = try Self.withCityOfficer()
        #expect(throws: OfficerError.lastCityOfficer("wang.li")) {
            try db.officers.deactivateOfficer(id: "wang.li", by: "wang.li")
        }
        try db.officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320613", by: "wang.li")
        let done = try db.officers.deactivateOfficer(id: "zhao.min", by: "wang.li", reason: "调离")
        #expect(!done.isActive)
        #expect(done.deactivatedBy == "wang.li")
        #expect(try db.officers.officer(id: "zhao.min")?.isActive == false)
        let entry = try #require(
            try db.audit.auditEntries(matching: AuditQuery(entityType: "officer", entityID: "zhao.min")).last)
        #expect(entry.action == "officer.deactivate")
        #expect(entry.beforeJSON?.contains("\"active\":true") == true)
        #expect(entry.afterJSON?.contains("\"active\":false") == true)
        #expect(entry.reason == "调离")
        #expect(throws: OfficerError.inactiveOfficer("zhao.min")) {
            try db.imports.importCSV(
                .outlets, bytes: Array(Fixtures.outletsCSV.utf8), fileName: "outlets.csv",
                options: ImportOptions(officer: "zhao.min"))
        }
    }

    @Test func withoutOfficersAnyNameMayWriteButNotTheProgramsOwn() throws {
        let db = try Fixtures.database()
        _ = try db.imports.importCSV(
            .operators, bytes: Array(Fixtures.operatorsCSV.utf8), fileName: "operators.csv",
            options: ImportOptions(officer: "任何人"))
        #expect(throws: OfficerError.self) {
            try db.imports.importCSV(
                .outlets, bytes: Array(Fixtures.outletsCSV.utf8), fileName: "outlets.csv",
                options: ImportOptions(officer: "puhui-init"))
        }
    }

    @Test func unknownOfficerIsRefusedAndNothingIsWritten() throws {
        let db = try Self.withCityOfficer()
        let before = try db.outlets.counts()
        #expect(throws: OfficerError.unknownOfficer("li.na")) {
            try db.imports.importCSV(
                .outlets, bytes: Array(Fixtures.outletsCSV.utf8), fileName: "outlets.csv",
                options: ImportOptions(officer: "li.na"))
        }
        #expect(try db.outlets.counts() == before)
        _ = try db.imports.importCSV(
            .outlets, bytes: Array(Fixtures.outletsCSV.utf8), fileName: "outlets.csv",
            options: ImportOptions(officer: "wang.li"))
        #expect(try db.outlets.counts().outlets == 3)
    }

    @Test func districtOfficerImportsOnlyTheirDistrictAllOrNothing() throws {
        let db = try Self.withCityOfficer()
        try db.officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320613", by: "wang.li")
        let before = try db.outlets.counts()
        let error = try #require(throws: OfficerError.self) {
            try db.imports.importCSV(
                .outlets, bytes: Array(Fixtures.outletsCSV.utf8), fileName: "outlets.csv",
                options: ImportOptions(officer: "zhao.min"))
        }
        #expect(error.kind == .notPermitted)
        guard case .importOutsideDistrict(_, let problems) = error else {
            Issue.record("expected importOutsideDistrict, got \(error)")
            return
        }
        // NT-0003 (320612 通州区) starts on line 5: the first outlet's address spans two lines.
        #expect(problems.count == 1)
        #expect(problems.first?.column == "district_code")
        #expect(problems.first?.value == "320612")
        #expect(problems.first?.reason.contains("officer zhao.min acts only for 320613 Chongchuan District") == true)
        #expect(problems.first?.reasonZH.contains("只能办理 320613 崇川区") == true)
        #expect(try db.outlets.counts() == before, "nothing written")

        // The city officer imports them all; then prices of 320612 outlets are refused too.
        _ = try db.imports.importCSV(
            .outlets, bytes: Array(Fixtures.outletsCSV.utf8), fileName: "outlets.csv",
            options: ImportOptions(officer: "wang.li"))
        let prices = try #require(throws: OfficerError.self) {
            try db.imports.importCSV(
                .prices, bytes: Array(Fixtures.pricesCSV.utf8), fileName: "prices.csv",
                options: ImportOptions(officer: "zhao.min"))
        }
        guard case .importOutsideDistrict(_, let priceProblems) = prices else {
            Issue.record("expected importOutsideDistrict, got \(prices)")
            return
        }
        #expect(priceProblems.map(\.line) == [6])
        #expect(priceProblems.first?.value == "NT-0003")
        #expect(try db.outlets.counts().prices == 0)

        // Moving another district's outlet into this one (by --update) is refused as well.
        let moved =
            Fixtures.outletsHeader + "\n"
            + "NT-0003,\(Fixtures.usccC),通州日间照料中心,elder_day_care,market,320613,,崇川区某路3号,32.0100,120.8600"
            + String(repeating: ",", count: 31) + "\n"
        let move = try #require(throws: OfficerError.self) {
            try db.imports.importCSV(
                .outlets, bytes: Array(moved.utf8), fileName: "moved.csv",
                options: ImportOptions(officer: "zhao.min", update: true))
        }
        guard case .importOutsideDistrict(_, let moveProblems) = move else {
            Issue.record("expected importOutsideDistrict, got \(move)")
            return
        }
        #expect(moveProblems.map(\.column) == ["id"])
    }

    @Test func storedVerificationRunNeedsARegisteredOfficer() throws {
        let db = try Self.withCityOfficer()
        let ruleSet = try DefaultRuleSet.load()
        let asOf = try LocalDate(parsing: "2026-03-01")
        #expect(throws: OfficerError.officerRequired) {
            try db.verification.verifyAll(ruleSet: ruleSet, asOf: asOf, officer: nil)
        }
        #expect(throws: OfficerError.unknownOfficer("li.na")) {
            try db.verification.verifyAll(ruleSet: ruleSet, asOf: asOf, officer: "li.na")
        }
        #expect(throws: OfficerError.unknownOfficer("puhui-init")) {
            try db.verification.verifyAll(ruleSet: ruleSet, asOf: asOf, officer: "puhui-init")
        }
        let run = try db.verification.verifyAll(ruleSet: ruleSet, asOf: asOf, officer: "wang.li")
        #expect(run.officer == "wang.li")
        #expect(throws: OfficerError.self) { try db.officers.checkWriter("li.na") }
        try db.officers.checkWriter("wang.li")
    }

    /// City-wide tasks need a city-level officer; a district officer verifies its own district.
    @Test func cityWideTasksNeedACityLevelOfficer() throws {
        let db = try Self.withCityOfficer()
        try db.officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320613", by: "wang.li")
        let before = try db.outlets.counts()
        #expect(throws: OfficerError.cityWideTask(officer: "zhao.min", district: "320613", task: .importOperators)) {
            try db.imports.importCSV(
                .operators, bytes: Array(Fixtures.operatorsCSV.utf8), fileName: "operators.csv",
                options: ImportOptions(officer: "zhao.min"))
        }
        let ruleSet = try DefaultRuleSet.load()
        let asOf = try LocalDate(parsing: "2026-03-01")
        #expect(throws: OfficerError.cityWideTask(officer: "zhao.min", district: "320613", task: .verifyCity)) {
            try db.verification.verifyAll(ruleSet: ruleSet, asOf: asOf, officer: "zhao.min")
        }
        #expect(throws: OfficerError.cityWideTask(officer: "zhao.min", district: "320613", task: .verifyCity)) {
            try db.verification.verifyAll(
                ruleSet: ruleSet, asOf: asOf, scope: VerificationScope(districts: ["320613", "320612"]),
                officer: "zhao.min")
        }
        #expect(throws: OfficerError.cityWideTask(officer: "zhao.min", district: "320613", task: .computeBenchmarks)) {
            try db.benchmarks.computeBenchmarks(asOf: asOf, officer: "zhao.min", reason: "")
        }
        #expect(try db.outlets.counts() == before, "nothing written")
        let own = try db.verification.verifyAll(
            ruleSet: ruleSet, asOf: asOf, scope: VerificationScope(districts: ["320613"]), officer: "zhao.min")
        #expect(own.officer == "zhao.min")
        for error in [
            OfficerError.cityWideTask(officer: "zhao.min", district: "320613", task: .computeBenchmarks),
            .importOutsideDistrict(file: "x.csv", problems: []),
        ] {
            #expect(error.kind.exitCode == 77)
            #expect(!error.message.zh.contains("officer") && error.message.en.contains("district"))
        }
        #expect(RegistryError.officerRequired.kind.exitCode == 77)
    }
}
