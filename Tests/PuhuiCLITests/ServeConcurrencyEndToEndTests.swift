import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `puhui serve` and other processes on one registry file: an officer's write through the API
/// that meets a write in progress (an sqlite3 shell holding the write lock) waits its turn and
/// succeeds, as does a command-line writer waiting beside it; public reads are answered
/// meanwhile; the chain is intact afterwards with both changes in it.
@Suite("puhui serve: writers wait their turn", .serialized)
struct ServeConcurrencyEndToEndTests {
    @Test(.enabled(if: AuditEndToEndTests.sqlite3 != nil))
    func anAPIWriteAndACLIWriteWaitForAWriteInProgressWhileReadsGoOn() async throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite", "--sample"]).status == 0)
        #expect(
            try puhui.run(["officer", "add", "wang.li", "--name", "王力", "--district", "city", "--db", "r.sqlite"])
                .status == 0)
        let issued = try puhui.run(
            ["officer", "token", "issue", "wang.li", "--officer", "wang.li", "--db", "r.sqlite", "--format", "json"])
        #expect(issued.status == 0, "\(issued.stderr)")
        let token = try #require(
            (try JSONSerialization.jsonObject(with: Data(issued.stdout.utf8)) as? [String: Any])?["token"] as? String)
        let (server, port) = try await Self.serve(puhui, file: "r.sqlite")
        defer {
            kill(server.process.processIdentifier, SIGTERM)
            server.process.waitUntilExit()
        }

        let holder = try WriteLockHolder(
            sqlite3: try #require(AuditEndToEndTests.sqlite3), path: puhui.path("r.sqlite"))
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/v1/outlets/NT-0057/inspections")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"result":"pass","notes":"并发写入","on":"2026-11-20"}"#.utf8)
        let post = Task { () throws -> Int in
            let (_, response) = try await URLSession.shared.data(for: request)
            return (response as? HTTPURLResponse)?.statusCode ?? 0
        }
        let cli = try puhui.start(
            [
                "officer", "add", "li.na", "--name", "李娜", "--district", "city", "--officer", "wang.li", "--db",
                "r.sqlite",
                "--lang", "en",
            ])
        // Both writers are now waiting (the CLI says so after a second); a read is answered.
        let deadline = Date().addingTimeInterval(60)
        var said = ""
        while Date() < deadline, cli.process.isRunning, !said.contains("waiting for another change") {
            try await Task.sleep(for: .milliseconds(50))
            said = (try? String(contentsOf: cli.stderr, encoding: .utf8)) ?? ""
        }
        #expect(said.contains("waiting for another change"), "\(said)")
        let (_, read) = try await URLSession.shared.data(
            from: URL(string: "http://127.0.0.1:\(port)/v1/outlets/NT-0057")!)
        #expect((read as? HTTPURLResponse)?.statusCode == 200, "a reader is not blocked by the waiting writers")
        let serverSaid = (try? String(contentsOf: server.stderr, encoding: .utf8)) ?? ""
        #expect(!serverSaid.contains("/inspections"), "the API write has not been answered while the lock is held")
        holder.release()
        #expect(try await post.value == 201)
        cli.process.waitUntilExit()
        #expect(cli.process.terminationStatus == 0)

        let entries = try puhui.run(["audit", "log", "--db", "r.sqlite", "--format", "json", "--limit", "5"])
        #expect(entries.stdout.contains("inspection.add") && entries.stdout.contains("li.na"), "\(entries.stdout)")
        #expect(!entries.stdout.lowercased().contains("locked"))
        #expect(try puhui.run(["audit", "verify", "--db", "r.sqlite"]).status == 0)
    }

    /// `puhui serve` on `file` at a free port, once `/healthz` answers.
    static func serve(_ puhui: PuhuiProcess, file: String) async throws
        -> (process: (process: Process, stderr: URL, stdout: URL), port: Int)
    {
        for attempt in 0..<5 {
            let port = 20_000 + Int.random(in: 0..<30_000) + attempt
            let server = try puhui.start(["serve", "--db", file, "--port", String(port), "--lang", "en"])
            for _ in 0..<200 where server.process.isRunning {
                if let (_, response) = try? await URLSession.shared.data(
                    from: URL(string: "http://127.0.0.1:\(port)/healthz")!),
                    (response as? HTTPURLResponse)?.statusCode == 200
                {
                    return (server, port)
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            server.process.terminate()
            server.process.waitUntilExit()
        }
        throw CocoaError(.fileReadUnknown)
    }
}
