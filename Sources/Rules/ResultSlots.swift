import Foundation

/// Per-index result storage for a parallel batch: each index is written by exactly one worker
/// of `DispatchQueue.concurrentPerform` and read only after it returns, so no two threads touch
/// the same slot and the final read happens after every write (concurrentPerform joins).
/// That is why the `@unchecked Sendable` is safe; a lock per slot would only add cost.
final class ResultSlots: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<OutletVerdicts?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    func set(_ index: Int, _ value: OutletVerdicts) {
        buffer[index] = value
    }

    func collect() -> [OutletVerdicts] {
        buffer.compactMap { $0 }
    }
}

/// The number of cores to use.
enum ProcessInfoCores {
    static var active: Int { ProcessInfo.processInfo.activeProcessorCount }
}
