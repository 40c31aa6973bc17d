/// The recognition (认定) state machine: which steps each status allows and where they lead
/// (docs/RECOGNITION.md). `nil` stands for "no recognition in progress" (never applied, or the
/// last one ended: rejected, revoked or expired), from which only a new application starts.
public enum RecognitionTransitions {
    /// The steps allowed from a status, in the order an officer meets them.
    public static func allowed(from status: CertificationStatus?) -> [RecognitionAction] {
        switch status {
        case nil, .rejected, .revoked, .expired: [.apply]
        case .applied: [.review]
        case .underReview: [.review, .notice, .reject]
        case .inNotice: [.object, .approve, .reject]
        case .certified: [.renew, .suspend, .revoke, .expire, .reissue]
        case .suspended: [.reinstate, .revoke, .reissue]
        }
    }

    /// Where a step leads from a status (nil when the step is not allowed there).
    public static func target(of action: RecognitionAction, from status: CertificationStatus?) -> CertificationStatus? {
        guard allowed(from: status).contains(action) else { return nil }
        switch action {
        case .imported: return nil
        case .apply: return .applied
        case .review: return .underReview
        case .notice, .object: return .inNotice
        case .approve, .reinstate, .renew: return .certified
        case .reject: return .rejected
        case .suspend: return .suspended
        case .revoke: return .revoked
        case .expire: return .expired
        case .reissue: return status
        }
    }
}
