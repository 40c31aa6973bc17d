import ArgumentParser

/// `puhui review`: residents' reviews (好差评) and the follow-up of bad ones.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record residents' reviews and follow up bad ones (好差评).",
        discussion: """
            Five levels: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意. A bad review (1–2) \
            must be followed up and rectified within the parameter review_follow_up_working_days \
            (15 working days, counted with the national holiday calendar) of the review day; one \
            left open past that day fails rule CR-03. See docs/CREDIT.md.

            Examples:
              puhui review add NT-0001 --score 2 --text 护理员态度差 --officer wang.li
              puhui review follow-up 1 --text 已回访，更换护理员 --rectified --officer wang.li
              puhui review list NT-0001
              puhui review list --overdue --as-of 2026-11-29
            """,
        subcommands: [ReviewAddCommand.self, ReviewFollowUpCommand.self, ReviewListCommand.self])
}
