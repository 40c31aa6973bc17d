/// One step in a recognition's history (`certification_event`): what was done, the status
/// before and after, the day it took effect, who did it, why and on which basis.
public struct RecognitionEvent: Sendable, Equatable, Codable {
    public let id: Int64
    /// The recognition (`certification.id`) the step belongs to.
    public let certificationID: Int64
    public let outletID: String
    public let action: RecognitionAction
    public let fromStatus: CertificationStatus?
    public let toStatus: CertificationStatus
    /// The day the step takes effect (nil only for a recognition imported without a status date).
    public let on: LocalDate?
    public let officer: String
    public let reason: String
    public let basis: String
    /// The verification run attached (review).
    public let verificationRunID: Int64?
    /// Why the step went ahead although the attached run has failing block rules (notice).
    public let overrideReason: String?
    /// Step details as canonical JSON: an objection's `by` and `text`, a notice's `last_day`,
    /// an approval's `badge`, `valid_from`, `valid_to`, …
    public let details: String?
    /// When it was recorded (UTC).
    public let recordedAt: String

    public init(
        id: Int64, certificationID: Int64, outletID: String, action: RecognitionAction,
        fromStatus: CertificationStatus?, toStatus: CertificationStatus, on: LocalDate?, officer: String,
        reason: String, basis: String, verificationRunID: Int64?, overrideReason: String?, details: String?,
        recordedAt: String
    ) {
        self.id = id
        self.certificationID = certificationID
        self.outletID = outletID
        self.action = action
        self.fromStatus = fromStatus
        self.toStatus = toStatus
        self.on = on
        self.officer = officer
        self.reason = reason
        self.basis = basis
        self.verificationRunID = verificationRunID
        self.overrideReason = overrideReason
        self.details = details
        self.recordedAt = recordedAt
    }
}
