import Foundation
import GRDB
import PuhuiResources
import Testing

@testable import Registry

/// A fresh in-memory registry for one search test: the real schema, one district with two
/// subdistricts, one operator, and helpers that insert outlets, certifications, prices and
/// classes with plain SQL (independent of the store's own types).
///
/// (It lives in a `NearbySearch*Tests.swift` file so it stays in the search engineer's paths.)
struct SearchFixture {
    let dbQueue: DatabaseQueue
    static let uscc = "52320600MJ0000000X"
    static let asOf = "2025-06-30"

    init() throws {
        dbQueue = try DatabaseQueue()
        try dbQueue.write { db in
            let schema = try #require(Resources.text("Schema/001_registry.sql"))
            try db.execute(sql: schema)
            try db.execute(
                sql: """
                    INSERT INTO division (code, name, name_en, level, parent_code, centre_lat, centre_lon) VALUES
                        ('320600', '南通市', 'Nantong', 'city', NULL, 32.01, 120.86),
                        ('320613', '崇川区', 'Chongchuan District', 'county', '320600', 32.01, 120.86),
                        ('320685', '海安市', 'Hai''an City', 'county', '320600', 32.53, 120.47),
                        ('320671', '南通经济技术开发区', 'Nantong Economic and Technological Development Area',
                         'county', '320600', 31.98, 120.95);
                    INSERT INTO subdistrict (district_code, name, kind, centre_lat, centre_lon) VALUES
                        ('320613', '城东', 'street', 32.02, 120.90),
                        ('320613', '狼山镇', 'town', 31.96, 120.87),
                        ('320685', '城东镇', 'town', 32.55, 120.50),
                        ('320685', '海安镇', 'town', 32.53, 120.46);
                    INSERT INTO operator (uscc, name, legal_form, legal_representative, created_at, updated_at)
                    VALUES ('\(Self.uscc)', '南通样例托育服务中心', 'private_non_enterprise', '张三',
                            '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
                    """)
        }
    }

    /// Inserts an outlet and returns its rid.
    @discardableResult
    func outlet(
        _ id: String, at point: GeoPoint, kind: String = "childcare_institution", name: String? = nil,
        address: String = "南通市崇川区某路1号", pricing: String = "inclusive", district: String = "320613"
    ) throws -> Int64 {
        try dbQueue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO outlet (id, operator_uscc, name, kind, pricing, district_code, address, lat, lon,
                                        created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')
                    """,
                arguments: [id, Self.uscc, name ?? "网点\(id)", kind, pricing, district, address, point.lat, point.lon])
            return db.lastInsertedRowID
        }
    }

    /// Inserts a certified outlet valid 2025-01-01…2027-12-31 (the common case) and returns its rid.
    @discardableResult
    func certifiedOutlet(
        _ id: String, at point: GeoPoint, kind: String = "childcare_institution", name: String? = nil,
        address: String = "南通市崇川区某路1号"
    ) throws -> Int64 {
        let rid = try outlet(id, at: point, kind: kind, name: name, address: address)
        try certify(rid, status: "certified")
        return rid
    }

    /// Appends a certification row (the latest row is the current one).
    func certify(
        _ rid: Int64, status: String, validFrom: String = "2025-01-01", validTo: String = "2027-12-31",
        level: String = "municipal"
    ) throws {
        let badge = "NTC-\(rid)-\(UUID().uuidString.prefix(8))"
        try dbQueue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO certification (outlet_rid, level, status, badge_no, valid_from, valid_to)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [rid, level, status, badge, validFrom, validTo])
        }
    }

    func price(
        _ rid: Int64, fen: Int, from: String, to: String? = nil, inclusive: Bool = true, unit: String = "month",
        item: String = "全日托"
    ) throws {
        try dbQueue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO price (outlet_rid, item, unit, amount_fen, effective_from, effective_to, is_inclusive)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [rid, item, unit, fen, from, to, inclusive ? 1 : 0])
        }
    }

    func childcareClass(_ rid: Int64, seq: Int, type: String, capacity: Int, enrolled: Int) throws {
        try dbQueue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO childcare_class (outlet_rid, seq, class_type, capacity, enrolled, carers)
                    VALUES (?, ?, ?, ?, ?, 3)
                    """,
                arguments: [rid, seq, type, capacity, enrolled])
        }
    }

    func search(_ query: NearbyQuery) throws -> SearchResult {
        try NearbySearch.run(query, reader: dbQueue)
    }

    func ids(_ query: NearbyQuery) throws -> [String] {
        try search(query).results.map(\.id)
    }
}

/// Independent spherical geometry for the tests (not the code under test).
enum SphereCheck {
    static let radius = 6_371_008.8

    /// Vincenty's formula on the sphere (atan2 of the cross and dot products): well conditioned
    /// at every distance, and a different formula from the haversine the search uses.
    static func distance(_ a: GeoPoint, _ b: GeoPoint) -> Double {
        let phi1 = a.lat * .pi / 180
        let phi2 = b.lat * .pi / 180
        let dLambda = (b.lon - a.lon) * .pi / 180
        let y =
            ((cos(phi2) * sin(dLambda)) * (cos(phi2) * sin(dLambda))
            + pow(cos(phi1) * sin(phi2) - sin(phi1) * cos(phi2) * cos(dLambda), 2)).squareRoot()
        let x = sin(phi1) * sin(phi2) + cos(phi1) * cos(phi2) * cos(dLambda)
        return radius * atan2(y, x)
    }

    /// The point `metres` away from `start` along initial bearing `degrees` (direct problem on
    /// the sphere).
    static func destination(from start: GeoPoint, metres: Double, bearing degrees: Double) -> GeoPoint {
        let delta = metres / radius
        let theta = degrees * .pi / 180
        let phi1 = start.lat * .pi / 180
        let lambda1 = start.lon * .pi / 180
        let phi2 = asin(sin(phi1) * cos(delta) + cos(phi1) * sin(delta) * cos(theta))
        let lambda2 = lambda1 + atan2(sin(theta) * sin(delta) * cos(phi1), cos(delta) - sin(phi1) * sin(phi2))
        return GeoPoint(lat: phi2 * 180 / .pi, lon: lambda2 * 180 / .pi)
    }
}
