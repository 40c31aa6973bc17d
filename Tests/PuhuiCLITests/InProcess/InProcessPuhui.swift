@testable import PuhuiCLI

/// `puhui` run in-process through its command tree, its output kept (`CapturedStreams`): what
/// the built binary would print and its exit status, without starting a process.
struct InProcessPuhui {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `puhui ARGUMENTS…`.
    static func run(_ arguments: [String]) async -> Result {
        let streams = CapturedStreams()
        let status = await Puhui.run(arguments, streams: streams)
        return Result(status: status, stdout: streams.out, stderr: streams.err)
    }
}
