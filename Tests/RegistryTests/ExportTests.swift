import Foundation
import Testing

@testable import Registry

@Suite("Export")
struct ExportTests {
    @Test func exportImportExportIsIdentical() throws {
        let first = try Fixtures.populated()
        let exported = try RegistryTable.allCases.map { try first.exports.exportText($0, format: .csv) }
        let second = try Fixtures.database()
        let options = ImportOptions(officer: "测试员")
        for (table, text) in zip(RegistryTable.allCases, exported) {
            _ = try second.imports.importCSV(
                table, bytes: Array(text.utf8), fileName: "\(table.rawValue).csv", options: options)
        }
        let again = try RegistryTable.allCases.map { try second.exports.exportText($0, format: .csv) }
        #expect(exported == again)
        // The fixture's own text survives too: quotes, commas, line breaks, classes, badges.
        #expect(exported[1].contains("infant:10:8:3;toddler:15:15:3;preschool:20:18:3"))
        #expect(exported[1].contains(Fixtures.badgeElder))
        #expect(exported[0].contains("\"南通市崇川区\"\"和平\"\"路1号\""))
        #expect(exported[2].contains("1850.50"))
        #expect(exported[2].contains("2200.00"))
    }

    @Test func csvIsOrderedByKeyWithHeader() throws {
        let text = try Fixtures.populated().exports.exportText(.outlets, format: .csv)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first.map(String.init) == Fixtures.outletsHeader)
        #expect(text.hasSuffix("\n"))
        let prices = try Fixtures.populated().exports.exportText(.prices, format: .csv)
        let priceLines = prices.split(separator: "\n").dropFirst().map(String.init)
        #expect(priceLines.map { $0.prefix(7) } == ["NT-0001", "NT-0001", "NT-0002", "NT-0002", "NT-0003"])
        #expect(priceLines[0].contains("床位费"))
    }

    @Test func jsonHasNumbersAndFen() throws {
        let db = try Fixtures.populated()
        let data = Data(try db.exports.exportText(.prices, format: .json).utf8)
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(array.count == 5)
        #expect(array[0]["amount_fen"] as? Int == 185050)
        #expect(array[0]["amount_yuan"] as? String == "1850.50")
        #expect(array[0]["inclusive"] as? Bool == true)
        let outlets = try #require(
            try JSONSerialization.jsonObject(with: Data(try db.exports.exportText(.outlets, format: .json).utf8))
                as? [[String: Any]])
        #expect(outlets[0]["beds"] as? Int == 120)
        #expect((outlets[1]["classes"] as? [Any])?.count == 3)
        #expect((outlets[0]["certification"] as? [String: Any])?["badge_no"] as? String == Fixtures.badgeElder)
        #expect(outlets[2]["certification"] is NSNull)
    }

    @Test func geoJSONPointsAreLonLat() throws {
        let db = try Fixtures.populated()
        let data = Data(try db.exports.exportText(.outlets, format: .geojson).utf8)
        let collection = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(collection["type"] as? String == "FeatureCollection")
        let features = try #require(collection["features"] as? [[String: Any]])
        #expect(features.count == 3)
        let geometry = try #require(features[0]["geometry"] as? [String: Any])
        #expect(geometry["coordinates"] as? [Double] == [120.8712, 32.0123])
        #expect((features[0]["properties"] as? [String: Any])?["id"] as? String == "NT-0001")
        #expect(throws: RegistryError.self) { try db.exports.exportText(.prices, format: .geojson) }
    }

    @Test func emptyRegistryExports() throws {
        let db = try Fixtures.database()
        #expect(
            try db.exports.exportText(.operators, format: .csv) == RegistryTable.operators.columns.joined(
                separator: ",") + "\n")
        #expect(try db.exports.exportText(.outlets, format: .json) == "[]\n")
    }

    @Test func outletRecordHasEverything() throws {
        let db = try Fixtures.populated()
        let record = try #require(try db.outlets.outletRecord(id: "NT-0002"))
        #expect(record.operator.uscc == Fixtures.usccB)
        #expect(record.classes.map(\.type) == [.infant, .toddler, .preschool])
        #expect(record.prices.count == 2)
        #expect(record.certification?.badgeNo == Fixtures.badgeChild)
        #expect(record.certification?.isValid(on: try LocalDate(parsing: "2026-01-01")) == true)
        #expect(record.monthlyPrice(on: try LocalDate(parsing: "2026-01-01")) == Fen(260000))
        #expect(record.outlet.leaseTo?.description == "2026-12-31")
        #expect(try db.outlets.outletRecord(id: "NT-9999") == nil)
        let first = try #require(try db.outlets.outletRecord(id: "NT-0001"))
        #expect(first.outlet.address == "崇川区和平桥\"一号\"\n二楼")
        #expect(first.outlet.name == "颐和养老院, 和平桥")
    }
}
