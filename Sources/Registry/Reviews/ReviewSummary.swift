/// Reviews of one outlet (or several) as of a day: how many, the average score to one decimal
/// (computed in integers: tenths, rounded half up), and the bad ones still open or overdue.
public struct ReviewSummary: Sendable, Equatable, Codable {
    public var count: Int
    /// The average score × 10, rounded half up (43 = 4.3); nil without reviews.
    public var averageTenths: Int?
    /// Bad reviews (1–2).
    public var bad: Int
    /// Bad reviews not rectified on the day.
    public var openBad: Int
    /// Open bad reviews past their follow-up deadline.
    public var overdueBad: Int

    /// Over the reviews made on or before `date`.
    public init(_ reviews: [Review], asOf date: LocalDate) {
        let counted = reviews.filter { $0.reviewedOn <= date }
        count = counted.count
        let total = counted.reduce(0) { $0 + $1.score.rawValue }
        averageTenths = count == 0 ? nil : (total * 20 + count) / (count * 2)
        bad = counted.filter(\.score.isBad).count
        openBad = counted.filter { $0.isOpen(on: date) }.count
        overdueBad = counted.filter { $0.isOverdue(on: date) }.count
    }

    /// `4.3` from 43 tenths.
    public static func decimal(tenths: Int) -> String {
        "\(tenths / 10).\(tenths % 10)"
    }
}
