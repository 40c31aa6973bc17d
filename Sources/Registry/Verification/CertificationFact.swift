import CEL
import GRDB

/// The `certification` fact (docs/RULES.md): the outlet's recognition as of the day, from its
/// steps (`certification_event`), loaded in bulk with the other facts — one cursor over the
/// events ordered by outlet, merged like the rest (`Peeking`).
///
/// The recognition as of the day is the one of the latest step on or before it (an imported
/// one without a date counts from the start); its `status` is that step's, `expired` once a
/// certified recognition is past its validity, and `valid_to` the end as extended by the
/// renewals up to the day. `history` lists the recognition's steps up to the day as
/// `{action, to_status, on}`. An outlet with no step on or before the day has an empty map; a
/// recognition without steps (written behind the workflow's back) is taken as its row stands.
enum CertificationFact {
    /// The events, ordered by outlet and id, of the outlets in scope.
    static func cursor(_ db: Database, whole: Bool, condition: SQL) throws -> RowCursor {
        try Row.fetchCursor(
            db,
            SQLRequest<Row>(literal: """
                SELECT e.outlet_rid, e.certification_id, e.action, e.to_status, e.on_date,
                       json_extract(e.details_json, '$.valid_to')
                FROM certification_event e \(whole ? "" : SQL("JOIN outlet o ON o.rid = e.outlet_rid AND \(condition)"))
                ORDER BY e.outlet_rid, e.id
                """))
    }

    /// One event as read by the merge.
    struct Step {
        let certificationID: Int64
        let action: String
        let toStatus: String
        let on: String?
        let validTo: String?

        init(_ row: Row) {
            certificationID = row[1]
            action = row[2]
            toStatus = row[3]
            on = row[4]
            validTo = row[5]
        }
    }

    /// The fact from the outlet's certification rows (each as its column pairs, in id order)
    /// and its steps.
    static func fact(rows: [[String: CELValue]], steps: [Step], asOf: LocalDate) -> CELValue {
        let day = asOf.description
        guard let standing = RecognitionReplay.standing(steps, on: day),
            var pairs = rows.last(where: { $0["id"]?.intValue == standing.latest.certificationID })
        else {
            // Rows without any step: as the row stands (legacy or hand-written data).
            if steps.isEmpty, let last = rows.last { return .map(CELMap(last)) }
            return .map(CELMap([:]))
        }
        if let extended = standing.extendedValidTo { pairs["valid_to"] = .string(extended) }
        pairs["status"] = .string(standing.status(on: day, validTo: pairs["valid_to"]?.stringValue))
        pairs["history"] = .list(
            standing.steps.map { step in
                var item: [String: CELValue] = ["action": .string(step.action), "to_status": .string(step.toStatus)]
                if let on = step.on { item["on"] = .string(on) }
                return .map(CELMap(item))
            })
        return .map(CELMap(pairs))
    }
}
