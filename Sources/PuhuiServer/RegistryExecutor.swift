import Dispatch

/// Where the registry's operations run. The SQLite store's methods are synchronous (GRDB waits
/// for SQLite, a writer for its turn); on Swift's cooperative threads — two on this machine's
/// two cores — they would stall every other request. Requests therefore run their registry
/// calls with this executor as the task executor preference: a concurrent dispatch queue, whose
/// threads may block. Sendable: it holds only a `DispatchQueue`, itself Sendable.
final class RegistryExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "puhui.registry", qos: .userInitiated, attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
