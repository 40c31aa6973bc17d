import Registry

/// A recognition step in JSON: every member present (`null` when absent), `details` as JSON.
package struct RecognitionEventJSON: Encodable {
    let event: RecognitionEvent

    package init(_ event: RecognitionEvent) { self.event = event }

    package func encode(to encoder: any Encoder) throws {
        let e = event
        let members: [String: JSONField] = [
            "id": .number(e.id), "certification_id": .number(e.certificationID), "outlet_id": .text(e.outletID),
            "action": .text(e.action.rawValue), "from_status": e.fromStatus.map { .text($0.rawValue) } ?? .null,
            "to_status": .text(e.toStatus.rawValue), "on": .date(e.on), "officer": .text(e.officer),
            "reason": .text(e.reason), "basis": .text(e.basis),
            "verification_run_id": e.verificationRunID.map(JSONField.number) ?? .null,
            "override_reason": e.overrideReason.map(JSONField.text) ?? .null,
            "details": e.details.flatMap(JSONField.parse) ?? .null, "recorded_at": .text(e.recordedAt),
        ]
        try members.encode(to: encoder)
    }
}
