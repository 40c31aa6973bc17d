import GRDB

extension RegistryDatabase {
    /// Closes the registry's connections (a long-running process at its end: `puhui serve` after
    /// its last request). Any later use of this value fails.
    public func close() throws {
        try mapErrors {
            if let pool = writer as? DatabasePool { try pool.close() }
            if let queue = writer as? DatabaseQueue { try queue.close() }
        }
    }
}
