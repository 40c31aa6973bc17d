import Crypto
import Foundation
import PuhuiOutput
import Registry

/// The registry in HSDS 3.0 shapes (Open Referral's Human Services Data Specification): an
/// outlet is a service delivered at a location (one service_at_location), its operator an
/// organization with the 统一社会信用代码 as an organization_identifier, recognition the service's
/// `assured_date` and `accreditations`, prices `cost_options` (yuan, CNY) and capacity
/// `service_capacities` (the HSDS 3.1 shape, an extension of this profile). A service, its
/// location and its service_at_location take the outlet's id, an organization its credit code:
/// stable keys a partner can also use with `/v1`. Records without a key of their own (cost
/// options, addresses, capacities) get name-based UUIDs (version 8, SHA-256).
enum HSDSMapping {
    static let version = "3.0"

    /// The id of a record: the registry's key for services, locations, services at locations
    /// and organizations; else a UUID (version 8, name-based on SHA-256) for `kind:key`.
    static func uuid(_ kind: String, _ key: String) -> String {
        if ["service", "location", "service_at_location", "organization"].contains(kind) { return key }
        var bytes = Array(SHA256.hash(data: Data("puhui:\(kind):\(key)".utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String(format: "%02x", $0) }.joined()
        let parts = [
            hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4),
            hex.dropFirst(20),
        ]
        return parts.map(String.init).joined(separator: "-")
    }

    static func serviceStatus(_ status: String) -> String {
        switch status {
        case OutletStatus.operating.rawValue: "active"
        case OutletStatus.suspended.rawValue: "temporarily closed"
        default: "inactive"
        }
    }

    /// A search hit as a service with its one-to-one fields (the `service_list` shape).
    static func service(_ hit: SearchHit) -> [String: JSONField] {
        var out: [String: JSONField] = [
            "id": .text(uuid("service", hit.id)), "organization_id": .text(uuid("organization", hit.operatorUSCC)),
            "name": .text(hit.name), "status": .text("active"),
            "description": .text(kindDescription(hit.kind)),
        ]
        if let certification = hit.certification {
            out["accreditations"] = .text(
                accreditation(
                    status: certification.status, level: certification.level, badge: certification.badgeNo,
                    validTo: certification.validTo))
        }
        if let fee = hit.monthlyPriceFen {
            out["fees_description"] = .text(
                "月收费 \(Fen(Int64(fee)).yuanText) 元起 / from CNY \(Fen(Int64(fee)).yuanText) a month")
        }
        return out
    }

    /// The whole record as a service; `nested` adds the arrays (organization, cost options,
    /// capacities, the service at its location).
    static func service(_ record: OutletRecord, asOf: LocalDate, nested: Bool) -> [String: JSONField] {
        let outlet = record.outlet
        var out: [String: JSONField] = [
            "id": .text(uuid("service", outlet.id)),
            "organization_id": .text(uuid("organization", outlet.operatorUSCC)),
            "name": .text(outlet.name), "status": .text(serviceStatus(outlet.status.rawValue)),
            "description": .text(kindDescription(outlet.kind.rawValue)),
        ]
        if let certification = record.certification {
            out["accreditations"] = .text(
                accreditation(
                    status: certification.status.rawValue, level: certification.level.rawValue,
                    badge: certification.badgeNo,
                    validTo: certification.validTo?.description))
            if let decided = certification.decidedOn ?? certification.validFrom {
                out["assured_date"] = .text(decided.description)
            }
        }
        if let fee = record.monthlyPrice(on: asOf) {
            out["fees_description"] = .text("月收费 \(fee.yuanText) 元起 / from CNY \(fee.yuanText) a month")
        }
        if outlet.kind.family == .childcare {
            out["minimum_age"] = .number(0)
            out["maximum_age"] = .number(3)
        }
        guard nested else { return out }
        out["organization"] = .object(organization(record.operator, nested: false))
        out["cost_options"] = .array(
            record.prices.filter { $0.isInclusive }.map { costOption($0, serviceID: outlet.id) })
        out["service_capacities"] = .array(capacities(record))
        out["service_at_locations"] = .array([.object(serviceAtLocation(record, asOf: asOf, withService: false))])
        return out
    }

    static func kindDescription(_ kind: String) -> String {
        guard let value = OutletKind(rawValue: kind) else { return kind }
        return "\(value.name(.zh)) / \(value.name(.en))"
    }

    static func accreditation(status: String, level: String, badge: String?, validTo: String?) -> String {
        var text = "普惠认定 inclusive recognition: \(level), \(status)"
        if let badge { text += ", badge \(badge)" }
        if let validTo { text += ", valid to \(validTo)" }
        return text
    }

    static func costOption(_ price: Price, serviceID: String) -> JSONField {
        var key =
            "\(price.item)|\(price.careLevel?.rawValue ?? "")|\(price.ageClass?.rawValue ?? "")|\(price.unit.rawValue)|\(price.effectiveFrom)"
        key = serviceID + "|" + key
        var out: [String: JSONField] = [
            "id": .text(uuid("cost_option", key)), "service_id": .text(uuid("service", serviceID)),
            "option": .text(
                [price.item, price.careLevel?.rawValue, price.ageClass?.rawValue].compactMap { $0 }.joined(
                    separator: " · ")),
            "currency": .text("CNY"), "amount": .double(Double(price.amount.value) / 100),
            "amount_description": .text("\(price.unit.name(.zh)) / \(price.unit.name(.en))"),
            "valid_from": .text(price.effectiveFrom.description),
        ]
        if let to = price.effectiveTo { out["valid_to"] = .text(to.description) }
        return .object(out)
    }

    /// Places: beds for elder care, each childcare class's places (maximum) and free places.
    static func capacities(_ record: OutletRecord) -> [JSONField] {
        let id = record.outlet.id
        var out: [JSONField] = []
        if let beds = record.outlet.beds {
            out.append(
                .object([
                    "id": .text(uuid("capacity", id + "|beds")), "service_id": .text(uuid("service", id)),
                    "unit": .object(["id": .text(uuid("unit", "bed")), "name": .text("床位 / beds")]),
                    "maximum": .number(Int64(beds)),
                ]))
        }
        for klass in record.classes {
            out.append(
                .object([
                    "id": .text(uuid("capacity", id + "|" + klass.type.rawValue)),
                    "service_id": .text(uuid("service", id)),
                    "unit": .object([
                        "id": .text(uuid("unit", klass.type.rawValue)),
                        "name": .text("\(klass.type.name(.zh)) / \(klass.type.name(.en))"),
                    ]),
                    "maximum": .number(Int64(klass.capacity)),
                    "available": .number(Int64(max(0, klass.capacity - klass.enrolled))),
                ]))
        }
        return out
    }

    static func location(id: String, name: String, address: String, lat: Double, lon: Double, organization: String)
        -> [String: JSONField]
    {
        [
            "id": .text(uuid("location", id)), "location_type": .text("physical"), "name": .text(name),
            "organization_id": .text(uuid("organization", organization)),
            "latitude": .double(lat), "longitude": .double(lon), "external_identifier": .text(id),
            "external_identifier_type": .text("puhui outlet id"),
            "addresses": .array([
                .object([
                    "id": .text(uuid("address", id)), "location_id": .text(uuid("location", id)),
                    "address_1": .text(address),
                    "city": .text("南通市"), "state_province": .text("江苏省"), "postal_code": .text(""),
                    "country": .text("CN"),
                    "address_type": .text("physical"),
                ])
            ]),
        ]
    }

    static func serviceAtLocation(_ hit: SearchHit) -> [String: JSONField] {
        var out: [String: JSONField] = [
            "id": .text(uuid("service_at_location", hit.id)), "service_id": .text(uuid("service", hit.id)),
            "location_id": .text(uuid("location", hit.id)),
            "service": .object(service(hit)),
            "location": .object(
                location(
                    id: hit.id, name: hit.name, address: hit.address, lat: hit.lat, lon: hit.lon,
                    organization: hit.operatorUSCC)),
        ]
        if let distance = hit.distanceMetres { out["description"] = .text("\(Int(distance.rounded())) m") }
        return out
    }

    static func serviceAtLocation(_ record: OutletRecord, asOf: LocalDate, withService: Bool) -> [String: JSONField] {
        let outlet = record.outlet
        var out: [String: JSONField] = [
            "id": .text(uuid("service_at_location", outlet.id)), "service_id": .text(uuid("service", outlet.id)),
            "location_id": .text(uuid("location", outlet.id)),
            "location": .object(
                location(
                    id: outlet.id, name: outlet.name, address: outlet.address, lat: outlet.lat, lon: outlet.lon,
                    organization: outlet.operatorUSCC)),
        ]
        if withService { out["service"] = .object(service(record, asOf: asOf, nested: false)) }
        return out
    }

    static func organization(_ op: Operator, nested: Bool) -> [String: JSONField] {
        var out: [String: JSONField] = [
            "id": .text(uuid("organization", op.uscc)), "name": .text(op.name),
            "description": .text("\(op.legalForm.name(.zh)) / \(op.legalForm.name(.en))"),
            "legal_status": .text(op.legalForm.rawValue), "tax_id": .text(op.uscc),
        ]
        if nested {
            out["organization_identifiers"] = .array([
                .object([
                    "id": .text(uuid("organization_identifier", op.uscc)),
                    "organization_id": .text(uuid("organization", op.uscc)),
                    "identifier_scheme": .text("CN-USCC"),
                    "identifier_type": .text("统一社会信用代码 / Unified Social Credit Code"),
                    "identifier": .text(op.uscc),
                ])
            ])
        }
        return out
    }
}
