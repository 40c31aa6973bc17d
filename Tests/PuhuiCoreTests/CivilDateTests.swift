import Foundation
import PuhuiCore
import Testing

@Suite("Civil dates")
struct CivilDateTests {
    @Test(
        "strict parsing names the fault in both languages",
        arguments: [
            ("2024-02-30", CivilDateError.noSuchDay("2024-02-30")),
            ("2024-13-01", CivilDateError.noSuchDay("2024-13-01")),
            ("0000-01-01", CivilDateError.noSuchDay("0000-01-01")),
            ("2024-2-03", CivilDateError.malformed("2024-2-03")),
            ("２０２４-01-01", CivilDateError.malformed("２０２４-01-01")),
            ("", CivilDateError.malformed("")),
        ])
    func refuses(text: String, expected: CivilDateError) {
        #expect(throws: expected) { try LocalDate(parsing: text) }
        #expect(LocalDate(iso: text) == nil)
        #expect(expected.kind == .invalidData)
        #expect(!expected.message.zh.contains("no such"))
        #expect(expected.message.en.unicodeScalars.allSatisfy { $0.value < 0x2E80 || text.unicodeScalars.contains($0) })
    }

    @Test func roundTrips() throws {
        let day = try LocalDate(parsing: "2024-02-29")
        #expect(day.description == "2024-02-29")
        #expect(LocalDate(iso: "2024-02-29") == day)
        #expect(day.adding(days: 1).description == "2024-03-01")
        #expect(day.adding(months: 12).description == "2025-02-28")
        #expect(LocalDate(daysSinceEpoch: day.daysSinceEpoch) == day)
    }
}

@Suite("A day's start")
struct DayStartTests {
    @Test("a day starts at midnight UTC+8, and that instant is on the same day")
    func startIsTheInverseOfToday() throws {
        let day = try LocalDate(parsing: "2026-11-29")
        #expect(day.start() == Date(timeIntervalSince1970: 1_795_881_600))  // 2026-11-28T16:00:00Z
        #expect(LocalDate.today(at: day.start()) == day)
        #expect(LocalDate.today(at: day.start().addingTimeInterval(-1)) == day.adding(days: -1))
        #expect(day.start(utcOffsetSeconds: 0) == Date(timeIntervalSince1970: 1_795_910_400))
    }
}

@Suite("Failure kinds")
struct FailureKindTests {
    @Test("exit codes follow sysexits.h and HTTP statuses RFC 9110")
    func codes() {
        let expected: [FailureKind: (Int32, Int)] = [
            .usage: (64, 400), .invalidData: (65, 422), .missingInput: (66, 404), .notFound: (69, 404),
            .internalFault: (70, 500), .alreadyExists: (73, 409), .io: (74, 503), .notPermitted: (77, 403),
        ]
        for kind in FailureKind.allCases {
            #expect(kind.exitCode == expected[kind]?.0)
            #expect(kind.httpStatus == expected[kind]?.1)
        }
    }
}
