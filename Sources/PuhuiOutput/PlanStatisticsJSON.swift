import Registry

/// `stats --format json`, and the data block of `report --html`: one encoder, so the report's
/// embedded figures are byte for byte what `stats --format json` prints.
package enum PlanStatisticsJSON {
    package static func encode(_ stats: PlanStatistics) throws -> String {
        try JSONOutput.encode(stats, snakeCase: true)
    }
}
