import Registry

/// `badge verify --format json`: a found badge with every field, or the answer for a number that
/// is not a badge (malformed, mistyped with the suggestion, not found) with its message in both
/// languages. The CLI prints these; the service answers them (a refusal as problem+json).
package enum BadgeJSON {
    /// `--format json` of a found badge.
    package static func found(_ badge: Badge, token: String? = nil) -> [String: JSONField] {
        var out: [String: JSONField] = [
            "badge": .text(badge.number), "status": .text(badge.status.rawValue),
            "as_of": .text(badge.asOf.description),
            "outlet": .object([
                "id": .text(badge.outletID), "name": .text(badge.outletName), "address": .text(badge.outletAddress),
                "district_code": .text(badge.districtCode),
            ]),
            "operator": .object([
                "name": badge.operatorName.map(JSONField.text) ?? .null, "uscc": .text(badge.operatorUSCC),
            ]),
            "level": .text(badge.level.rawValue), "valid_from": .text(badge.validFrom.description),
            "valid_to": .text(badge.validTo.description), "issued_on": .date(badge.issuedOn),
            "voided_on": .date(badge.voidedOn), "void_reason": badge.voidReason.map(JSONField.text) ?? .null,
            "replaced_by": badge.replacedBy.map(JSONField.text) ?? .null,
            "recognition_status": .text(badge.recognitionStatus.rawValue),
            "last_verification": badge.lastVerificationRun.map { run in
                .object(["run": .number(run), "as_of": .date(badge.lastVerificationOn)])
            } ?? .null,
        ]
        if let token { out["token"] = .text(token) }
        return out
    }

    /// Why a number is not a badge: the JSON members, the message and the kind of refusal.
    package struct Refusal: Sendable {
        package enum Kind: Sendable { case malformed, mistyped, notFound }
        package let kind: Kind
        package let members: [String: JSONField]
        package let message: LocalizedText
    }

    /// The refusal for a lookup that found no badge; nil when it found one.
    package static func refusal(_ given: String, _ lookup: BadgeLookup) -> Refusal? {
        switch lookup {
        case .found:
            return nil
        case .malformed:
            return Refusal(
                kind: .malformed, members: ["badge": .text(given), "status": .text("malformed")],
                message: LocalizedText(
                    zh: "“\(given)”不是统一标识编号（养老 NTE-YYYY-NNNNN-C，托育 NTC-YYYY-NNNNN-C）",
                    en:
                        "\"\(given)\" is not a badge number (NTE-YYYY-NNNNN-C for elder care, NTC-YYYY-NNNNN-C for childcare)"
                ))
        case .mistyped(let expected, let found, let suggestion):
            return Refusal(
                kind: .mistyped,
                members: [
                    "badge": .text(given), "status": .text("mistyped"), "expected_check": .text(String(expected)),
                    "suggestion": suggestion.map(JSONField.text) ?? .null,
                ],
                message: LocalizedText(
                    zh: "\(given) 的校验码不对（应为 \(expected)，不是 \(found)）：编号抄错了，不是真伪问题"
                        + (suggestion.map { "；您是不是要查 \($0)？" } ?? ""),
                    en:
                        "\(given) has a wrong check character (\(expected) expected, not \(found)): the number is mistyped"
                        + (suggestion.map { "; did you mean \($0)?" } ?? "")))
        case .notFound:
            return Refusal(
                kind: .notFound, members: ["badge": .text(given), "status": .text("not_found")],
                message: LocalizedText(
                    zh: "登记库中没有统一标识 \(given)（编号格式和校验码无误）：该标识不是本登记库签发的",
                    en:
                        "no badge \(given) in the registry (the number is well-formed): it was not issued by this registry"
                ))
        }
    }
}
