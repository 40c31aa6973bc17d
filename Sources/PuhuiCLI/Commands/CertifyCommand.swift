import ArgumentParser

/// `puhui certify`: the recognition (认定) workflow.
struct CertifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certify",
        abstract: "Take outlets through recognition: apply, review, notice, decide, and after (认定办理).",
        discussion: """
            applied → under_review (a verification run attached) → in_notice (public notice of \
            recognition_notice_working_days working days, objections recorded) → certified (badge \
            issued) or rejected; certified → suspended → certified or revoked; certified → expired \
            when the validity ends without a passed periodic review (renew). Any other step is \
            refused, naming the current status and the allowed next steps. Every step records the \
            officer, the day (--on, default today, never in the future), the reason and the basis, \
            and is in the audit log. A district officer acts only on their district's outlets. \
            See docs/RECOGNITION.md.

            Examples:
              puhui certify apply NT-0001 --level provincial --officer wang.li
              puhui certify review NT-0001 --officer wang.li --on 2026-11-03
              puhui certify notice NT-0001 --officer wang.li --on 2026-11-04
              puhui certify decide NT-0001 --approve --officer wang.li --on 2026-11-11
              puhui certify history NT-0001
              puhui certify list --expiring 30
            """,
        subcommands: [
            CertifyApplyCommand.self, CertifyReviewCommand.self, CertifyNoticeCommand.self, CertifyObjectCommand.self,
            CertifyDecideCommand.self, CertifySuspendCommand.self, CertifyReinstateCommand.self,
            CertifyRevokeCommand.self, CertifyRenewCommand.self, CertifyExpireCommand.self,
            CertifyHistoryCommand.self, CertifyListCommand.self,
        ])
}
