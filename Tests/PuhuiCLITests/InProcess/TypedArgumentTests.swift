import PuhuiOutput
import Registry
import Testing

@testable import PuhuiCLI

/// Each typed argument: what it accepts, and that every kind of bad value is refused with
/// words saying what is accepted, in both languages.
@Suite("Typed arguments")
struct TypedArgumentTests {
    @Test(arguments: [
        ("2026-11-29", "2026-11-29"), (" 2026-02-28 ", "2026-02-28"), ("２０２６-０３-０１", "2026-03-01"),
        ("2024-02-29", "2024-02-29"),
    ])
    func civilDate(_ text: String, _ expected: String) throws {
        #expect(try LocalDate.parse(text).description == expected)
    }

    @Test(arguments: [
        ("2026-13-01", "没有这一天", "no such day"), ("2025-02-29", "没有这一天", "no such day"),
        ("29/11/2026", "YYYY-MM-DD", "not a date"), ("", "YYYY-MM-DD", "not a date"),
        ("-1", "YYYY-MM-DD", "not a date"),
    ])
    func badCivilDate(_ text: String, _ zh: String, _ en: String) {
        let error = refusal { try LocalDate.parse(text) }
        #expect(error?.value == text)
        #expect(error?.accepted.zh.contains(zh) == true)
        #expect(error?.accepted.en.contains(en) == true)
    }

    @Test func point() throws {
        let point = try GeoPoint.parse("32.0100,120.8600")
        #expect(point.lat == 32.01 && point.lon == 120.86)
        let pasted = try GeoPoint.parse(" 32.01 ， 120.86 ")
        #expect(pasted == point)
        let south = try GeoPoint.parse("-33.8688,151.2093")
        #expect(south.lat == -33.8688)
        // The text handed to the shared search parameters reads back as the same point.
        #expect(SearchParameters.parsePoint(point.argumentText) == point)
    }

    @Test(arguments: ["32.01", "91,120", "32.01,181", "north,east", "32.01,120.86,5", "", "-1"])
    func badPoint(_ text: String) {
        let error = refusal { try GeoPoint.parse(text) }
        #expect(error?.value == text)
        #expect(error?.accepted.en.contains("LAT,LON") == true)
        #expect(error?.accepted.zh.contains("纬度,经度") == true)
    }

    @Test(arguments: [("50", 50), ("3000", 3000), ("50000", 50_000), (" ３０００ ", 3000)])
    func radius(_ text: String, _ metres: Int) throws {
        #expect(try SearchRadius.parse(text).metres == metres)
    }

    @Test(arguments: ["-1", "0", "49", "50001", "1.5", "3km", "", "+100"])
    func badRadius(_ text: String) {
        let error = refusal { try SearchRadius.parse(text) }
        #expect(error?.value == text)
        #expect(error?.accepted.en == "give whole metres from 50 to 50000, e.g. 3000")
        #expect(error?.accepted.zh == "请给 50 到 50000 之间的整数米数，例如 3000")
    }

    @Test(arguments: [
        ("0.8", 800, "0.800"), ("1", 1000, "1.000"), ("0.125", 125, "0.125"), ("1.05", 1050, "1.050"),
        ("0.005", 5, "0.005"),
    ])
    func ratio(_ text: String, _ permille: Int, _ canonical: String) throws {
        let ratio = try FeeRatio.parse(text)
        #expect(ratio.permille == permille)
        #expect(ratio.description == canonical)
        #expect(try FeeRatio.parse(ratio.description) == ratio)
    }

    @Test(arguments: ["-0.5", "-1", "0", "0.0", "0.1234", "80%", "", ".8", "1e3", "+0.8"])
    func badRatio(_ text: String) {
        let error = refusal { try FeeRatio.parse(text) }
        #expect(error?.value == text)
        #expect(error?.accepted.en.contains("above 0 with at most three decimals") == true)
    }

    @Test(arguments: [("3000", Int64(300_000)), ("2999.50", 299_950), ("2999.5", 299_950), ("0", 0), ("１２００", 120_000)])
    func money(_ text: String, _ fen: Int64) throws {
        let amount = try Fen.parse(text)
        #expect(amount.value == fen)
        #expect(try Fen.parse(amount.yuanText) == amount)
    }

    @Test(arguments: ["-1", "-0.01", "1.234", "1,000", "¥300", "", "1e3", "three"])
    func badMoney(_ text: String) {
        let error = refusal { try Fen.parse(text) }
        #expect(error?.value == text)
        #expect(error?.accepted.en.contains("in yuan, not negative") == true)
        #expect(error?.accepted.zh.contains("以元为单位") == true)
    }

    @Test(arguments: [
        ("city", DistrictSelector.city), ("City", .city), ("全市", .city), ("市级", .city), (" city ", .city),
        ("320613", .district("320613")), ("崇川区", .district("320613")), ("崇川", .district("320613")),
        ("Chongchuan District", .district("320613")), ("chongchuan", .district("320613")), ("通州区", .district("320612")),
    ])
    func district(_ text: String, _ expected: DistrictSelector) throws {
        #expect(try DistrictSelector.parse(text) == expected)
    }

    @Test(arguments: ["320600", "320602", "999999", "崇", "上海市", "", "-1", "district"])
    func badDistrict(_ text: String) {
        let error = refusal { try DistrictSelector.parse(text) }
        #expect(error?.value == text)
        // The refusal lists every district of the built-in reference data, in each language.
        for district in DistrictSelector.districts {
            #expect(error?.accepted.zh.contains("\(district.code) \(district.name)") == true)
            #expect(error?.accepted.en.contains("\(district.code) \(district.nameEN)") == true)
        }
        #expect(error?.accepted.en.contains("city (the whole city)") == true)
    }

    @Test func referenceDistricts() {
        // Nantong's county-level divisions; the city itself is not one of them.
        #expect(DistrictSelector.districts.count >= 7)
        #expect(!DistrictSelector.districts.contains { $0.code == "320600" })
    }

    /// The typed argument's refusal, or nil if the text was accepted.
    private func refusal<T>(_ body: () throws -> T) -> ArgumentValueError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? ArgumentValueError
        }
    }
}
