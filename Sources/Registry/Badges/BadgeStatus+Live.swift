extension BadgeStatus {
    /// A badge's status on `day`, from its own dates and its recognition's status that day:
    /// void once its number was replaced; not yet valid before it was issued; otherwise what the
    /// recognition says — valid while certified and within the validity, expired after it.
    public static func live(
        on day: LocalDate, voidedOn: LocalDate?, issuedOn: LocalDate?, validFrom: LocalDate, validTo: LocalDate,
        recognition: CertificationStatus
    ) -> BadgeStatus {
        if let voidedOn, voidedOn <= day { return .void }
        if day < (issuedOn ?? validFrom) { return .notYetValid }
        switch recognition {
        case .certified: return day <= validTo ? .valid : .expired
        case .suspended: return .suspended
        case .revoked: return .revoked
        case .expired: return .expired
        case .applied, .underReview, .inNotice, .rejected: return .notYetValid
        }
    }
}
