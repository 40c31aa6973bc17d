import Foundation
import Testing

@testable import Registry

@Suite("Dates, money, kinds")
struct ValueTests {
    @Test(
        arguments: [("1850", 185000), ("1850.5", 185050), ("1850.50", 185050), ("0", 0), ("0.01", 1), ("12.3", 1230)]
            as [(String, Int64)])
    func yuanParses(text: String, fen: Int64) throws {
        #expect(try Fen(yuan: text).value == fen)
    }

    @Test(arguments: ["-1", "1.234", "", ".5", "5.", "1,850", "1e3", "abc", " 1", "1..2", "+1", "99999999999999"])
    func badYuanIsRefused(text: String) {
        #expect(throws: RegistryError.self) { try Fen(yuan: text) }
    }

    @Test func negativeSaysSo() {
        #expect(
            throws: RegistryError.invalidValue(
                what: LocalizedText(zh: "金额", en: "amount"), value: "-5",
                reason: LocalizedText(zh: "金额不能为负数", en: "negative amount"))
        ) { try Fen(yuan: "-5") }
    }

    @Test(
        arguments: [(185050, "1850.50"), (0, "0.00"), (5, "0.05"), (100, "1.00"), (-250, "-2.50")] as [(Int64, String)])
    func fenFormats(fen: Int64, text: String) {
        #expect(Fen(fen).yuanText == text)
    }

    @Test func datesParseStrictly() throws {
        let date = try LocalDate(parsing: "2024-02-29")
        #expect(date.year == 2024 && date.month == 2 && date.day == 29)
        #expect(date.description == "2024-02-29")
        for bad in [
            "2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-1-01", "24-01-01", "2024/01/01",
            "2024-01-01T00:00", "", "abcd-ef-gh", "1900-02-29",
        ] {
            #expect(throws: CivilDateError.self) { try LocalDate(parsing: bad) }
        }
        #expect(try LocalDate(parsing: "2000-02-29").day == 29)
    }

    @Test func dateArithmeticAndOrder() throws {
        let date = try LocalDate(parsing: "2024-12-31")
        #expect(date.adding(days: 1).description == "2025-01-01")
        #expect(date.adding(days: -366).description == "2023-12-31")
        #expect(try LocalDate(parsing: "2024-03-01").adding(days: -1).description == "2024-02-29")
        #expect(try LocalDate(parsing: "1970-01-01").daysSinceEpoch == 0)
        #expect(date < date.adding(days: 1))
        for days in stride(from: -800_000, to: 2_900_000, by: 9_973) {
            #expect(LocalDate(daysSinceEpoch: days).daysSinceEpoch == days)
        }
    }

    @Test func todayUsesTheGivenInstantAndChinaTime() {
        // 2026-03-01T20:00:00Z is already 2 March in Nantong (UTC+8).
        let instant = Date(timeIntervalSince1970: 1_772_395_200)
        #expect(LocalDate.today(at: instant).description == "2026-03-02")
        #expect(LocalDate.today(at: instant, utcOffsetSeconds: 0).description == "2026-03-01")
        #expect(RegistryClock.timestamp(instant) == "2026-03-01T20:00:00Z")
    }

    @Test func kindsAndGroups() throws {
        #expect(try KindSelector.parse("childcare").kinds.count == 4)
        #expect(try KindSelector.parse("elder").kinds == Set(OutletKind.allCases.filter { $0.family == .elder }))
        #expect(try KindSelector.parse("elder_day_care").kinds == [.elderDayCare])
        #expect(OutletKind.allCases.map(\.number) == Array(1...8))
        #expect(OutletKind(number: 5) == .childcareInstitution)
        #expect(OutletKind.childcareFamily.name(.zh) == "家庭托育点")
        do {
            _ = try KindSelector.parse("nursery")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("childcare_family"))
            #expect(error.description.contains("elder"))
        }
    }

    @Test func canonicalJSON() {
        let value = JSONValue.object([
            "b": .int(1), "a": .array([.string("x\"\n\u{1}"), .null, .bool(true), .double(32.01)]), "中": .string("文"),
        ])
        #expect(value.canonicalText == #"{"a":["x\"\n\u0001",null,true,32.01],"b":1,"中":"文"}"#)
    }

    @Test func recordMembersAreListedInKeyOrder() throws {
        // `.members` sorts when needed; records list theirs in order so writing skips the sort.
        let outlet = Outlet(
            id: "X", operatorUSCC: Fixtures.usccA, name: "n", kind: .elderDayCare, districtCode: "320613", address: "a",
            lat: 32, lon: 120.9)
        let price = Price(
            outletID: "X", item: "i", unit: .month, amount: Fen(1), effectiveFrom: try LocalDate(parsing: "2024-01-01"),
            isInclusive: true)
        let op = Operator(uscc: Fixtures.usccA, name: "n", legalForm: .other, legalRepresentative: "r")
        for members in [outlet.jsonMembers, price.jsonMembers, op.jsonMembers] {
            #expect(zip(members, members.dropFirst()).allSatisfy { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) })
            let dictionary = Dictionary(uniqueKeysWithValues: members.map { ($0.key, $0.value) })
            #expect(JSONValue.members(members.reversed()).canonicalText == JSONValue.object(dictionary).canonicalText)
        }
        #expect(outlet.jsonMembers.count == Outlet.dataColumns.count)
    }

    @Test func clockToday() {
        let clock = RegistryClock.fixed(Date(timeIntervalSince1970: 1_772_395_200))
        #expect(clock.today().description == "2026-03-02")
        #expect(clock.timestamp() == "2026-03-01T20:00:00Z")
    }

    @Test func locationResolution() {
        #expect(
            RegistryLocation.resolve(option: "/tmp/x.sqlite", environment: ["PUHUI_DB": "/y"])
                == RegistryLocation(path: "/tmp/x.sqlite", source: .option))
        #expect(
            RegistryLocation.resolve(option: nil, environment: ["PUHUI_DB": "/y"])
                == RegistryLocation(path: "/y", source: .environment))
        #expect(
            RegistryLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]).path
                == "/d/puhui/registry.sqlite")
        let home = RegistryLocation.resolve(option: nil, environment: ["HOME": "/h"])
        #expect(home == RegistryLocation(path: "/h/.local/share/puhui/registry.sqlite", source: .userDataDirectory))
    }
}
