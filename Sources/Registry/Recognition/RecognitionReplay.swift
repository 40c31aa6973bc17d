/// A recognition as it stood on a day, replayed from its steps (`certification_event`): the
/// recognition of the latest step on or before the day (an imported step without a date counts
/// from the start), that step's status, and its validity as extended by renewals up to the day.
/// The `certification` fact and the officers' worklist both read recognitions this way.
enum RecognitionReplay {
    struct Standing {
        /// The latest step on or before the day.
        let latest: CertificationFact.Step
        /// The steps of that recognition up to the day, in order.
        let steps: [CertificationFact.Step]
        /// The validity's end as the last renewal (or decision) up to the day set it, if any did.
        let extendedValidTo: String?

        /// The status on `day`: the latest step's, `expired` once a certified recognition is
        /// past `validTo` (the extended end, else the recognition's own).
        func status(on day: String, validTo rowValidTo: String?) -> String {
            let end = extendedValidTo ?? rowValidTo
            if latest.toStatus == CertificationStatus.certified.rawValue, let end, end < day {
                return CertificationStatus.expired.rawValue
            }
            return latest.toStatus
        }
    }

    /// The standing on `day` (`YYYY-MM-DD`) from one outlet's steps in id order, or nil if no
    /// step is on or before the day.
    static func standing(_ steps: [CertificationFact.Step], on day: String) -> Standing? {
        let inForce = steps.filter { ($0.on ?? "") <= day }
        guard let latest = inForce.max(by: { ($0.on ?? "", 0) < ($1.on ?? "", 1) }) else { return nil }
        let own = inForce.filter { $0.certificationID == latest.certificationID }
        return Standing(latest: latest, steps: own, extendedValidTo: own.last(where: { $0.validTo != nil })?.validTo)
    }
}
