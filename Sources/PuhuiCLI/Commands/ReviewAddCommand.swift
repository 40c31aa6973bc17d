import ArgumentParser
import Foundation
import Registry

/// `puhui review add OUTLET --score 1..5 --on DATE [--text TEXT]`.
struct ReviewAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a resident's review of an outlet (登记评价).",
        discussion: """
            A score of 1 or 2 is a bad review: it gets its follow-up deadline, --on plus the \
            working days of the parameter in force on --on.

            Examples:
              puhui review add NT-0001 --score 5 --on 2026-11-20 --officer wang.li
              puhui review add NT-0001 --score 1 --text 收费与公示不符 --officer wang.li
            """)

    @Argument(help: ArgumentHelp("The outlet's id, e.g. NT-0001.", valueName: "outlet"))
    var outlet: String

    @Option(parsing: .unconditional, help: ArgumentHelp("5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意.", valueName: "1..5"))
    var score: Int

    @Option(help: ArgumentHelp("What the resident said.", valueName: "text"))
    var text: String?

    @OptionGroup var recording: RecordingOptions

    func run() async throws {
        let lang = recording.lang
        try await recording.run { registry, who, date in
            guard ReviewScore(rawValue: score) != nil else { throw CreditError.invalidScore(score) }
            let recorded = try await registry.reviews.addReview(
                outletID: outlet.trimmingCharacters(in: .whitespaces), score: score, on: date, text: text,
                ruleSet: try DefaultRuleSet.load(), calendar: try WorkingDayCalendar.embedded(), officer: who,
                reason: recording.officer.reason)
            let review = recorded.review
            try recording.output(review) {
                var lines = [
                    lang.t(
                        "已登记评价 #\(review.id)：\(review.outletID) · \(review.score.rawValue) 分 \(review.score.nameZH) · \(review.reviewedOn)",
                        "Recorded review #\(review.id): \(review.outletID) · \(review.score.rawValue) \(review.score.nameEN) · \(review.reviewedOn)"
                    )
                ]
                if let due = review.followUpDue {
                    lines.append(
                        lang.t("差评：须于 \(due) 前（含当日）回访整改。", "Bad review: follow up and rectify by \(due) (inclusive)."))
                    if let basis = recorded.deadlineBasis { lines.append(lang.t("依据：", "basis: ") + basis) }
                }
                return lines.joined(separator: "\n")
            }
            if let note = CreditText.uncoveredNote(recorded.uncoveredYears, lang) { Console.err(note) }
        }
    }
}
