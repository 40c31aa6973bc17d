import Foundation
import GRDB
import Testing

@testable import Registry
@testable import Rules

/// The fixture registry (Fixtures: NT-0001 certified elder care in 320613, NT-0002 certified
/// childcare in 320613, NT-0003 elder day care in 320612 without a recognition) on a chosen
/// day, with a city officer `wang.li` and a Tongzhou (320612) officer `zhao.min`.
enum RecognitionFixtures {
    /// 2026-03-01T08:00:00Z, the fixtures' own day.
    static let march2026 = Date(timeIntervalSince1970: 1_772_352_000)

    static func day(_ text: String) -> LocalDate {
        (try? LocalDate(parsing: text)) ?? LocalDate(year: 1, month: 1, day: 1)!
    }

    /// Noon UTC of a day.
    static func instant(_ text: String) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day(text).daysSinceEpoch) * 86_400 + 43_200)
    }

    static func database(today: String = "2026-03-01") throws -> RegistryDatabase {
        let db = try RegistryDatabase.inMemory(clock: .fixed(instant(today)), reference: Fixtures.reference)
        let options = ImportOptions(officer: "测试员", reason: "fixture")
        _ = try db.imports.importCSV(
            .operators, bytes: Array(Fixtures.operatorsCSV.utf8), fileName: "operators.csv", options: options)
        _ = try db.imports.importCSV(
            .outlets, bytes: Array(Fixtures.outletsCSV.utf8), fileName: "outlets.csv", options: options)
        _ = try db.imports.importCSV(
            .prices, bytes: Array(Fixtures.pricesCSV.utf8), fileName: "prices.csv", options: options)
        try db.officers.addOfficer(id: "wang.li", name: "王力", districtCode: nil, by: nil)
        try db.officers.addOfficer(id: "zhao.min", name: "赵敏", districtCode: "320612", by: "wang.li")
        return db
    }

    static func ruleSet() throws -> CompiledRuleSet { try DefaultRuleSet.load() }

    static func calendar() throws -> WorkingDayCalendar { try WorkingDayCalendar.embedded() }

    /// Everything a refused step must leave as it was: the audit log, the events, the
    /// recognitions and the badges.
    static func snapshot(_ db: RegistryDatabase) throws -> [String] {
        try db.read { db in
            var out: [String] = []
            for sql in [
                "SELECT count(*) || ':' || max(hash) FROM audit_log",
                "SELECT count(*) || ':' || coalesce(max(id), 0) FROM certification_event",
                "SELECT group_concat(id || level || status || coalesce(badge_no, '') || coalesce(valid_to, '') || coalesce(status_on, ''), ';') FROM certification",
                "SELECT group_concat(number || valid_to || coalesce(voided_on, ''), ';') FROM badge",
                "SELECT count(*) FROM verification_run",
            ] {
                out.append(try String.fetchOne(db, sql: sql) ?? "")
            }
            return out
        }
    }

    /// Takes NT-0003 from application to the public notice published on `noticeOn`.
    static func toNotice(
        _ db: RegistryDatabase, applyOn: String, reviewOn: String, noticeOn: String, officer: String = "wang.li"
    ) throws -> RecognitionStepResult {
        _ = try db.recognition.applyForRecognition(
            outletID: "NT-0003", level: .municipal, on: day(applyOn), officer: officer, reason: "窗口受理")
        let review = try db.recognition.reviewRecognition(
            outletID: "NT-0003", ruleSet: try ruleSet(), on: day(reviewOn), officer: officer, reason: "")
        return try db.recognition.publishNotice(
            outletID: "NT-0003", on: day(noticeOn), override: review.eligible == true ? nil : "测试：放行",
            ruleSet: try ruleSet(), calendar: try calendar(), officer: officer, reason: "")
    }
}
