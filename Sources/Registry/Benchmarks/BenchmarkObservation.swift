/// One market price in a benchmark cell: a market outlet's price in force on the cut-off day,
/// with the outlet's weight (beds for elder care, places of the class for childcare; at least 1).
public struct BenchmarkObservation: Sendable, Equatable {
    public var outletID: String
    public var districtCode: String
    public var amountFen: Int64
    public var weight: Int64

    public init(outletID: String, districtCode: String, amountFen: Int64, weight: Int64) {
        self.outletID = outletID
        self.districtCode = districtCode
        self.amountFen = amountFen
        self.weight = weight
    }
}
