import GRDB

/// A row of `review` (inserted, then only its follow-up columns updated), the score as stored
/// and days as text; `review(outletID:)` turns it into the public `Review`, reporting a
/// hand-edited value with its column's name.
struct ReviewRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "review"

    var id: Int64?
    var outletRID: Int64
    var score: Int
    var reviewedOn: String
    var text: String?
    var followUpDue: String?
    var followUpOn: String?
    var followUpText: String?
    var rectifiedOn: String?
    var recordedBy: String
    var recordedAt: String

    enum CodingKeys: String, CodingKey {
        case id
        case outletRID = "outlet_rid"
        case score
        case reviewedOn = "reviewed_on"
        case text
        case followUpDue = "follow_up_due"
        case followUpOn = "follow_up_on"
        case followUpText = "follow_up_text"
        case rectifiedOn = "rectified_on"
        case recordedBy = "recorded_by"
        case recordedAt = "recorded_at"
    }

    /// The follow-up columns are the only ones an update may name (trigger `review_follow_up_only`).
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let outletRID = Column(CodingKeys.outletRID)
        static let reviewedOn = Column(CodingKeys.reviewedOn)
        static let followUpOn = Column(CodingKeys.followUpOn)
        static let followUpText = Column(CodingKeys.followUpText)
        static let rectifiedOn = Column(CodingKeys.rectifiedOn)
    }

    init(outletRID: Int64, _ review: Review) {
        id = nil
        self.outletRID = outletRID
        score = review.score.rawValue
        reviewedOn = review.reviewedOn.description
        text = review.text
        followUpDue = review.followUpDue?.description
        followUpOn = review.followUpOn?.description
        followUpText = review.followUpText
        rectifiedOn = review.rectifiedOn?.description
        recordedBy = review.recordedBy
        recordedAt = review.recordedAt
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The review as callers see it (the outlet named by its public id).
    func review(outletID: String) throws -> Review {
        guard let level = ReviewScore(rawValue: score) else {
            throw RegistryError.database("column score holds \(score), not 1–5")
        }
        return Review(
            id: id ?? 0, outletID: outletID, score: level, reviewedOn: try StoredValue.date(reviewedOn, "reviewed_on"),
            text: text, followUpDue: try StoredValue.optionalDate(followUpDue, "follow_up_due"),
            followUpOn: try StoredValue.optionalDate(followUpOn, "follow_up_on"), followUpText: followUpText,
            rectifiedOn: try StoredValue.optionalDate(rectifiedOn, "rectified_on"), recordedBy: recordedBy,
            recordedAt: recordedAt)
    }
}

/// A review read with its outlet's public id: `review`'s columns and `outlet_id` (`select`),
/// decoded by name.
struct ReviewRow: FetchableRecord {
    let review: Review

    /// The review's columns, then its outlet's public id under a name no review column has.
    static let select: SQL = "SELECT r.*, o.id AS outlet_id FROM review r JOIN outlet o ON o.rid = r.outlet_rid"

    init(row: Row) throws {
        review = try ReviewRecord(row: row).review(outletID: row["outlet_id"])
    }
}
