import Foundation
import Rules
import Testing
import Workbook

@testable import Registry

/// Every error a user can see speaks both languages, each in one voice: the Chinese message has
/// no English reason in it, the English one no Chinese wording (the data given — ids, dates,
/// option names, commands — aside). One instance of every case, with ASCII data.
@Suite("Errors speak one language at a time")
struct ErrorLanguageTests {
    static let day = LocalDate(iso: "2026-11-02")!
    static let later = LocalDate(iso: "2026-11-09")!
    static let bilingual = LocalizedText(zh: "原因", en: "the reason")

    static var errors: [any UserFacingError] {
        let recognition: [RecognitionError] = [
            .illegalTransition(
                outlet: "NT-0001", status: .underReview, action: .approve, allowed: [.review, .notice, .reject]),
            .illegalTransition(outlet: "NT-0001", status: nil, action: .renew, allowed: [.apply]),
            .futureDate(later, today: day), .beforePreviousStep(day, previous: later, action: .review),
            .noticeNotOver(outlet: "NT-0001", lastDay: day, earliest: later),
            .outsideNotice(outlet: "NT-0001", from: day, lastDay: later),
            .objectionsNeedReason(outlet: "NT-0001", count: 2),
            .blockRulesFail(outlet: "NT-0001", run: 3, rules: ["CC-01"]), .noRunAttached(outlet: "NT-0001"),
            .runDoesNotCoverOutlet(run: 3, outlet: "NT-0001"),
            .renewalOutsideWindow(outlet: "NT-0001", validTo: later, earliest: day),
            .notLapsed(outlet: "NT-0001", validTo: later),
            .outsideDistrict(officer: "o1", outlet: "NT-0001", reason: bilingual),
            .missingText(field: "--reason"), .parameterMissing(name: "recognition_validity_months", on: day),
            .badgeNotFound("NTC-2025-00003-X"), .badgeVoided("NTC-2025-00003-X", on: day),
        ]
        let credit: [CreditError] = [
            .operatorNotFound("91310110666007217T"), .recordNotFound(kind: bilingual, id: 4),
            .outsideDistrict(officer: "o1", reason: bilingual),
            .signatoryMismatch(signatory: "Li", recorded: "Wang", operatorName: "Acme"),
            .emptyText(option: "--evidence"),
            .noTemplate(kind: .repair, on: day),
            .parameter(name: "credit_blacklist_max_months", on: day, reason: bilingual),
            .repairTooEarly(id: 4, on: day, earliest: later), .notActive(id: 4, on: day, state: .lapsed, until: later),
            .dateBefore(option: "--on", value: day, earliest: later, what: bilingual), .invalidScore(9),
            .notABadReview(id: 4, score: 4), .alreadyRectified(id: 4, on: day), .alreadyWithdrawn(id: 4, on: day),
            .futureDate(later, today: day),
        ]
        let officer: [OfficerError] = [
            .unknownOfficer("o1"), .inactiveOfficer("o1"), .officerRequired,
            .cityLevelRequired(officer: "o1", action: "add"),
            .firstOfficerMustBeCityLevel, .duplicateOfficer("o1"), .invalidID("o 1", bilingual), .emptyName,
            .unknownDistrict("320699"), .lastCityOfficer("o1"),
        ]
        let badge: [any UserFacingError] = [
            BadgeKeyError.noKey(path: "/k"), BadgeKeyError.keyExists(path: "/k"),
            BadgeKeyError.io(path: "/k", reason: "EACCES"),
            BadgeKeyError.malformed(path: "/k", expected: "private"),
            BadgeKeyError.malformed(path: "/k", expected: "public"),
            BadgeKeyError.wrongKey(path: "/k", recorded: "ab12", found: "cd34"),
            BadgeToken.Problem.malformed(bilingual),
            BadgeToken.Problem.badSignature,
        ]
        let search: [SearchError] = [
            .radiusOutOfRange(-1), .invalidCentre(GeoPoint(lat: 99, lon: 0)), .invalidDate("2026-13-01"),
            .unknownKindNumber(9), .unknownAgeClass("baby"), .negativePrice(-1), .negativeRatio(-1),
            .invalidPaging(limit: -1, offset: 0), .emptyKeyword, .placeNotFound(name: "Xyz", suggestions: []),
            .placeNotFound(name: "Xyz", suggestions: ["Xy"]),
        ]
        let registry: [RegistryError] = [
            .invalidValue(what: bilingual, value: "x", reason: bilingual),
            .notARegistry(path: "/r.sqlite", reason: bilingual),
            .registryNewerThanProgram(path: "/r.sqlite", unknownMigrations: ["099"]),
            .cannotCreateDirectory(path: "/d", reason: "EACCES"), .cannotRead(path: "/f", reason: "EACCES"),
            .missingResource("Seed/x.csv"), .officerRequired, .outletNotFound("NT-0009"),
            .importRejected(
                file: "outlets.csv",
                problems: [
                    ImportProblem(file: "outlets.csv", line: 2, column: "lat", value: "3.2", reason: bilingual)
                ]),
        ]
        let other: [any UserFacingError] = [
            CivilDateError.malformed("2026-1-1"), CivilDateError.noSuchDay("2026-02-30"),
            CSVError(line: 3, column: 4, reason: CSVError.unclosedQuote),
        ]
        let files: [any UserFacingError] = [
            WorkbookError.notAWorkbook(file: "outlets.xlsx", legacy: false),
            WorkbookError.notAWorkbook(file: "outlets.xls", legacy: true),
            WorkbookError.missingSheet(file: "outlets.xlsx", sheet: "prices", available: ["Sheet1", "Sheet2"]),
            WorkbookError.noSheets(file: "outlets.xlsx"),
            WorkbookError.mergedCells(file: "outlets.xlsx", sheet: "Sheet1", ranges: ["A1:B1"], inHeader: true),
            WorkbookError.mergedCells(
                file: "outlets.xlsx", sheet: "Sheet1", ranges: ["C5:C7", "D5:D7"], inHeader: false),
            WorkbookError.partTooLarge(file: "outlets.xlsx", part: "xl/styles.xml", limit: 16_777_216),
            WorkbookError.malformedPart(
                file: "outlets.xlsx", part: "xl/worksheets/sheet1.xml", line: 3, parserCode: 76),
            WorkbookError.unexpectedMarkup(
                file: "outlets.xlsx", part: "xl/worksheets/sheet1.xml", line: 1, markup: "<!DOCTYPE>"),
            WorkbookError.damaged(file: "outlets.xlsx", part: "xl/worksheets/sheet1.xml"),
            WorkbookError.cannotWrite(path: "/o.xlsx", reason: "EACCES"),
            EncodingError(file: "outlets.csv", encoding: .utf8, line: 3, byte: 120, byteInLine: 5),
            EncodingError(file: "outlets.csv", encoding: .gb18030, line: 3, byte: 120, byteInLine: 5),
            EncodingError(file: "outlets.csv", encoding: .automatic, line: 3, byte: 120, byteInLine: 5),
            RegistryError.importRejected(
                file: "outlets.xlsx",
                problems: [
                    ImportProblem(file: "outlets.xlsx", line: 7, column: "lat", value: "3.2", reason: bilingual)
                        .placed(inSheet: "Sheet1", columns: ["lat": 8]),
                    ImportProblem(
                        file: "outlets.xlsx", line: 7, column: "lat",
                        reason: SheetRecordSource.problem(.formulaWithoutValue("=A1*2"))
                    )
                    .placed(inSheet: "Sheet1", columns: ["lat": 8]),
                    ImportProblem(file: "outlets.xlsx", line: 7, reason: SheetRecordSource.problem(.error("#N/A"))),
                    ImportProblem(file: "outlets.xlsx", line: 7, reason: SheetRecordSource.problem(.overLong)),
                ]),
        ]
        return recognition + credit + officer + badge + search + registry + other + files
    }

    /// What is data or a name from the command line, not wording: option names, commands, file
    /// paths, environment variables, identifiers given above, codes and formats.
    static func wording(_ text: String) -> String {
        var text = text
        for pattern in [
            // Files, formats and the programs officers keep them in; markup quoted from a file.
            #"[A-Za-z0-9_-]*\.xlsx?"#, #"--encoding gb18030"#, #"docs/[A-Z]+\.md"#, #"\bxl/[A-Za-z0-9_./-]+"#,
            #"<[^>]*>"#, #"=A1\*2"#, #"#N/A"#,
            #"\bExcel\b"#, #"\bWPS\b"#, #"\bCSV\b"#, #"GB18030"#, #"\bGBK\b"#, #"Sheet[12]!?[A-Z]*[0-9]*"#,
            #"[A-D][0-9]:[A-D][0-9]"#,
            #"--[a-z][a-z-]*"#, #"puhui( [a-z][a-z-]*)*"#, #"PUHUI_[A-Z_]+"#, #"Seed/[A-Za-z0-9_./-]+"#,
            #"/[A-Za-z0-9_./-]+"#, #"N[TA-Z]*-[0-9A-Z-]+"#, #"[a-z]+\.csv"#, #"YYYY-MM-DD"#, #"PH1"#,
            #"UTF-8"#, #"GeoJSON"#, #"CC-01"#, #"EACCES"#, #"recognition_validity_months"#,
            #"credit_blacklist_max_months"#,
            #"authorised_agent"#, #"in_use_from"#, #"\bcity\b"#,
        ] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        // The data given above, and the values a message lists as accepted.
        for data in [
            "o1", "Li", "Wang", "Acme", "Xyz", "Xy", "baby", "lat", "ab12", "cd34", "infant", "toddler", "preschool",
            "mixed", "prices",
        ] {
            text = text.replacingOccurrences(of: data, with: " ")
        }
        return text
    }

    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        (0x2E80...0x9FFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
            || (0x3000...0x303F).contains(scalar.value) || [0x201C, 0x201D].contains(scalar.value)
    }

    @Test("no English words in a Chinese message, no Chinese in an English one")
    func oneVoice() {
        for error in Self.errors {
            let zh = Self.wording(error.message.zh)
            let en = Self.wording(error.message.en)
            #expect(zh.unicodeScalars.contains(where: Self.isChinese), "\(error): \(error.message.zh)")
            let words = zh.split { !$0.isASCII || !$0.isLetter }.filter { $0.count >= 2 }
            #expect(words.isEmpty, "English in Chinese: \(words) in \(error.message.zh)")
            #expect(!en.unicodeScalars.contains(where: Self.isChinese), "Chinese in English: \(error.message.en)")
        }
    }

    @Test("every error has a kind, and its exit code is one of sysexits'")
    func kinds() {
        for error in Self.errors {
            #expect([64, 65, 66, 69, 70, 73, 74, 77].contains(error.kind.exitCode))
        }
    }
}
