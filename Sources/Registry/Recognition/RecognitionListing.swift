/// One outlet's current recognition in an officer's worklist (`puhui certify list`).
public struct RecognitionListing: Sendable, Equatable, Codable {
    public let outletID: String
    public let outletName: String
    public let districtCode: String
    public let level: CertificationLevel
    /// The recorded status.
    public let status: CertificationStatus
    /// The status as of the list's day: a certified recognition past its validity is `expired`
    /// even before anyone records the expiry.
    public let liveStatus: CertificationStatus
    public let statusOn: LocalDate?
    public let appliedOn: LocalDate?
    public let validTo: LocalDate?
    public let badgeNo: String?
    /// Days from the list's day to the end of the validity (negative once lapsed).
    public let daysLeft: Int?
}
