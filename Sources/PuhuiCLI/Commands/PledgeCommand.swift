import ArgumentParser

/// `puhui pledge`: credit pledges (社会信用承诺) and their texts.
struct PledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pledge",
        abstract: "Record and show credit pledges (社会信用承诺).",
        discussion: """
            An inclusive outlet's operator signs a credit pledge — price level, service standards, \
            truthful information, accepting supervision, consent to publication, consequences of \
            breach — through its legal representative. The text is a versioned template \
            (Seed/pledges/); each pledge records the template version and the SHA-256 of the text \
            signed. From 2026-12-01 a recognition needs a current pledge (rule CR-01). See \
            docs/CREDIT.md.

            Examples:
              puhui pledge template
              puhui pledge sign NT-0057 --signatory 蒋静 --on 2026-11-02 --officer wang.li
              puhui pledge list NT-0001
              puhui pledge show 1
            """,
        subcommands: [
            PledgeSignCommand.self, PledgeListCommand.self, PledgeShowCommand.self, PledgeTemplateCommand.self,
            PledgeWithdrawCommand.self,
        ])
}
