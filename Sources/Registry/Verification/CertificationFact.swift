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
            SQLRequest<Row>(
                literal: """
                    SELECT \(Step.selection)
                    FROM certification_event e \(whole ? "" : SQL("JOIN outlet o ON o.rid = e.outlet_rid AND \(condition)"))
                    ORDER BY e.outlet_rid, e.id
                    """))
    }

    /// The steps of one recognition, in id order.
    static func steps(_ db: Database, certificationID: Int64) throws -> [Step] {
        try Row.fetchAll(
            db,
            SQLRequest<Row>(
                literal: """
                    SELECT \(Step.selection) FROM certification_event e
                    WHERE e.certification_id = \(certificationID) ORDER BY e.id
                    """)
        ).map(Step.init)
    }

    /// One event as read by the merge.
    struct Step {
        let outletRID: Int64
        let certificationID: Int64
        let action: String
        let toStatus: String
        let on: String?
        let validTo: String?

        /// The event's columns read by `init(_:)`: a renewal's new end under the name
        /// `renewed_valid_to` (from its details).
        static let selection: SQL = """
            e.outlet_rid, e.certification_id, e.action, e.to_status, e.on_date,
            json_extract(e.details_json, '$.valid_to') AS renewed_valid_to
            """

        typealias Columns = CertificationEventRecord.Columns

        /// By column name (a hot path of the fact builder: GRDB looks a name up in the
        /// statement's index of columns, no decoding machinery).
        init(_ row: Row) {
            outletRID = row[Columns.outletRID]
            certificationID = row[Columns.certificationID]
            action = row[Columns.action]
            toStatus = row[Columns.toStatus]
            on = row[Columns.onDate]
            validTo = row["renewed_valid_to"]
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
