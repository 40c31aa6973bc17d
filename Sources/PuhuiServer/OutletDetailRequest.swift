import Foundation
import PuhuiOutput
import Registry

/// One outlet's public record as the service reads it — for `GET /v1/outlets/{id}` and the
/// residents' `/outlets/{id}` alike: the record, each inclusive price in force against the market
/// and the reviews, by the operations `puhui show` calls.
enum OutletDetailRequest {
    static func detail(_ access: RegistryAccess, id: String, asOf date: LocalDate) async throws -> OutletDetailJSON {
        let wanted = id.trimmingCharacters(in: .whitespaces)
        return try await access.run { registry -> OutletDetailJSON in
            guard let record = try await registry.outlets.outletRecord(id: wanted) else {
                throw RegistryError.outletNotFound(wanted)
            }
            let comparisons = try await registry.benchmarks.benchmarkComparisons(outletID: wanted, asOf: date)
            let reviews = ReviewSummary(try await registry.reviews.reviews(outletID: wanted), asOf: date)
            return OutletDetailJSON(record: record, asOf: date, comparisons: comparisons, reviews: reviews)
        }
    }
}
