import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension PuhuiProcess {
    struct Measured {
        var status: Int32
        var seconds: Double
        /// The child's peak resident memory, in MiB (`wait4`'s `ru_maxrss`).
        var peakMiB: Double
        var stderr: String
    }

    /// Runs `puhui` and measures its wall time and peak memory, for the limit tests ("each
    /// limit trips within 1 s and 200 MiB"): spawned directly so `wait4` reports its own usage.
    /// It runs in this process's directory: give files by absolute path (`path(_:)`).
    func runMeasured(_ arguments: [String]) throws -> Measured {
        let errPath = path(".measured-stderr-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = [Self.executable.path] + arguments
        let environment = ["HOME=\(home.path)", "PATH=/usr/bin:/bin", "LANG=C"]
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in cArgs { free(pointer) }
            for pointer in cEnv { free(pointer) }
        }
        var pid: pid_t = 0
        let started = Date()
        let spawned = posix_spawn(&pid, Self.executable.path, &actions, nil, &cArgs, &cEnv)
        guard spawned == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(started)
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Measured(
            status: exit, seconds: seconds, peakMiB: Double(usage.ru_maxrss) / 1024,
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}
