import ArgumentParser
import Registry

/// `puhui review follow-up REVIEW_ID --on DATE --text TEXT [--rectified]`.
struct ReviewFollowUpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up",
        abstract: "Record the follow-up of a bad review, and its rectification (差评回访整改).",
        discussion: """
            --rectified records that the problem was put right on --on; without it the review stays \
            open (a later follow-up may rectify it).

            Examples:
              puhui review follow-up 1 --on 2026-10-10 --text 已回访，约定整改 --officer wang.li
              puhui review follow-up 1 --text 整改完成，住户确认 --rectified --officer wang.li
            """)

    @Argument(help: ArgumentHelp("The review's id (puhui review list).", valueName: "id"))
    var id: Int64

    @Option(help: ArgumentHelp("What was done.", valueName: "text"))
    var text: String

    @Flag(help: "The problem was rectified on --on.")
    var rectified = false

    @OptionGroup var recording: RecordingOptions

    func run() async throws {
        let lang = recording.lang
        try await recording.run { registry, who, date in
            let review = try await registry.reviews.followUpReview(
                id: id, on: date, text: text, rectified: rectified, officer: who, reason: recording.officer.reason)
            try recording.output(review) {
                lang.t("评价 #\(review.id) 已登记回访（\(date)）：", "Review #\(review.id) followed up on \(date): ")
                    + CreditText.reviewState(review, on: date, lang)
            }
        }
    }
}
