import Foundation

#if canImport(Glibc)
    import Glibc
#endif

extension PuhuiProcess {
    struct Measured {
        var status: Int32
        /// The child's CPU time (user + system, GNU time's `%U` and `%S`), in seconds: what the
        /// limit costs, whatever else the machine is doing (wall time under a load of 8 on two
        /// cores was twice the limit's own cost).
        var seconds: Double
        /// The child's peak resident memory, in MiB (GNU time's `%M`).
        var peakMiB: Double
        var stderr: String
    }

    /// Runs `puhui` and measures its CPU time and peak memory, for the limit tests ("each
    /// limit trips within 1 s and 200 MiB"). The peak comes from GNU time (`/usr/bin/time`,
    /// Debian's `time`), which forks the command itself: a child spawned straight from this
    /// (large, multithreaded) test process would report this process's resident memory as its
    /// own, because Linux records the old address space's peak at `exec` after a vfork.
    /// It runs in this process's directory: give files by absolute path (`path(_:)`).
    func runMeasured(_ arguments: [String]) throws -> Measured {
        let errPath = path(".measured-stderr-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: errPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let timePath = path(".measured-time-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: timePath) }
        let argv = ["/usr/bin/time", "-f", "%M %U %S", "-o", timePath, Self.executable.path] + arguments
        let environment = ["HOME=\(home.path)", "PATH=/usr/bin:/bin", "LANG=C"]
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in cArgs { free(pointer) }
            for pointer in cEnv { free(pointer) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/usr/bin/time", &actions, nil, &cArgs, &cEnv)
        guard spawned == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        // GNU time writes "Command exited with non-zero status N" before the figures when it fails;
        // the last line is "%M %U %S": peak KiB, user and system seconds.
        let timeText = (try? String(contentsOfFile: timePath, encoding: .utf8)) ?? ""
        let figures = timeText.split(separator: "\n").last?.split(separator: " ").compactMap { Double($0) } ?? []
        guard figures.count == 3 else { throw CocoaError(.fileReadCorruptFile) }
        return Measured(
            status: exit, seconds: figures[1] + figures[2], peakMiB: figures[0] / 1024,
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }
}
