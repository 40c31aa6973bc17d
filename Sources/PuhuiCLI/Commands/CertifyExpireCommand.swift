import ArgumentParser
import Registry

/// `puhui certify expire`: records every lapsed recognition's expiry.
struct CertifyExpireCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expire",
        abstract: "Record the expiry of every certified recognition past its validity (到期登记).",
        discussion: """
            A certified recognition whose validity ended before --on without a passed periodic \
            review is already shown as expired (badge verify, certify list); this records it: one \
            expire event each (effective the day after the validity's last day), the badge \
            withdrawn, all in one transaction. A district officer sweeps their district only.

            Examples:
              puhui certify expire --officer wang.li
              puhui certify expire --officer wang.li --on 2026-11-29 --format json
            """)

    @OptionGroup var step: RecognitionStepOptions

    func run() async throws {
        try await step.run { registry, officer, day in
            try await registry.recognition.expireLapsedRecognitions(
                on: day, officer: officer, reason: step.officer.reason, basis: step.basis)
        }
    }
}
