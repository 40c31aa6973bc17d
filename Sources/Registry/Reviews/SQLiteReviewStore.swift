import Foundation
import GRDB
import Rules

/// The review store on SQLite: `ReviewStore` over the registry's connection.
public struct SQLiteReviewStore: ReviewStore {
    /// The connection, with its write transaction (officer check, audit log).
    let database: RegistryDatabase

    /// Records a resident's review of an outlet. A bad review (1–2) gets its follow-up deadline:
    /// `on` + the parameter `review_follow_up_working_days` in force on `on`, counted with the
    /// working-day calendar (`WorkingDayCalendar.adding`). Audited as `review.add`; a district
    /// officer only for an outlet of their district.
    public func addReview(
        outletID: String, score: Int, on date: LocalDate, text: String?, ruleSet: CompiledRuleSet,
        calendar: WorkingDayCalendar, officer: String, reason: String = ""
    ) throws -> ReviewRecorded {
        try database.credit.refuseFutureDay(date)
        guard let level = ReviewScore(rawValue: score) else { throw CreditError.invalidScore(score) }
        let text = text?.trimmingCharacters(in: .whitespacesAndNewlines)
        var due: WorkingDayCalendar.Count?
        var basis: String?
        if level.isBad {
            let period = try CreditParameters(ruleSet: ruleSet, on: date).followUpWorkingDays()
            due = CreditRules.followUpDue(score: level, reviewedOn: date, workingDays: period.days, calendar: calendar)
            basis = period.basis
        }
        return try database.write(officer: officer, reason: reason) { db, log in
            let outlet = try CreditScope.outlet(db, id: outletID)
            try outlet.check(db, officer: log.officer)
            let stored = text?.isEmpty == false ? text : nil
            var review = Review(
                id: 0, outletID: outlet.id, score: level, reviewedOn: date, text: stored, followUpDue: due?.date,
                followUpOn: nil, followUpText: nil, rectifiedOn: nil, recordedBy: log.officer, recordedAt: log.at)
            var record = ReviewRecord(outletRID: outlet.rid, review)
            try record.insert(db)
            review.id = record.id ?? db.lastInsertedRowID
            try log.append(
                db, action: "review.add", entityType: "review", entityID: String(review.id), before: nil,
                after: review.jsonText)
            return ReviewRecorded(review: review, uncoveredYears: due?.uncoveredYears ?? [], deadlineBasis: basis)
        }
    }

    /// Records the follow-up (回访) of a bad review on `on`, and its rectification (整改) that
    /// day when `rectified`. A later follow-up replaces the recorded one (the audit log keeps
    /// both). Audited as `review.follow_up`.
    @discardableResult
    public func followUpReview(
        id: Int64, on date: LocalDate, text: String, rectified: Bool, officer: String, reason: String = ""
    ) throws -> Review {
        try database.credit.refuseFutureDay(date)
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw CreditError.emptyText(option: "--text") }
        return try database.write(officer: officer, reason: reason) { db, log in
            guard let before = try Self.review(db, id: id) else {
                throw CreditError.recordNotFound(kind: LocalizedText(zh: "评价", en: "review"), id: id)
            }
            try CreditScope.outlet(db, id: before.outletID).check(db, officer: log.officer)
            guard before.score.isBad else { throw CreditError.notABadReview(id: id, score: before.score.rawValue) }
            if let rectified = before.rectifiedOn { throw CreditError.alreadyRectified(id: id, on: rectified) }
            guard date >= before.reviewedOn else {
                throw CreditError.dateBefore(
                    option: "--on", value: date, earliest: before.reviewedOn,
                    what: LocalizedText(zh: "评价日期", en: "the review's day"))
            }
            if let previous = before.followUpOn, date < previous {
                throw CreditError.dateBefore(
                    option: "--on", value: date, earliest: previous,
                    what: LocalizedText(zh: "上次回访日期", en: "the last follow-up"))
            }
            var after = before
            after.followUpOn = date
            after.followUpText = text
            after.rectifiedOn = rectified ? date : nil
            // Only the follow-up columns: an update naming any other is refused (`review_follow_up_only`).
            typealias Columns = ReviewRecord.Columns
            try ReviewRecord.filter(key: id).updateAll(
                db, Columns.followUpOn.set(to: date.description), Columns.followUpText.set(to: text),
                Columns.rectifiedOn.set(to: after.rectifiedOn?.description))
            try log.append(
                db, action: "review.follow_up", entityType: "review", entityID: String(id), before: before.jsonText,
                after: after.jsonText)
            return after
        }
    }

    /// Reviews, all or one outlet's, by day then id.
    public func reviews(outletID: String? = nil) throws -> [Review] {
        try database.read { db in
            let filter: SQL = outletID.map { "WHERE o.id = \($0)" } ?? ""
            return try ReviewRow.fetchAll(
                db, SQLRequest(literal: "\(ReviewRow.select) \(filter) ORDER BY r.reviewed_on, r.id")
            ).map(\.review)
        }
    }

    /// One review by id.
    public func review(id: Int64) throws -> Review? {
        try database.read { db in try Self.review(db, id: id) }
    }

    // MARK: - Inside a transaction

    static func review(_ db: Database, id: Int64) throws -> Review? {
        try ReviewRow.fetchOne(db, SQLRequest(literal: "\(ReviewRow.select) WHERE r.id = \(id)"))?.review
    }
}
