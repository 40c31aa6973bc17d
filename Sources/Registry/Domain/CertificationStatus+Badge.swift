extension CertificationStatus {
    /// Statuses that can only exist after a decision to certify: they carry a badge number and a
    /// validity period (schema: `certification` CHECK).
    public var requiresBadge: Bool {
        switch self {
        case .certified, .suspended, .revoked, .expired: true
        case .applied, .underReview, .inNotice, .rejected: false
        }
    }
}
