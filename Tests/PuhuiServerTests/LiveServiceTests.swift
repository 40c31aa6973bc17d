import Foundation
import Hummingbird
import HummingbirdTesting
import PuhuiServer
import Registry
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Over loopback: the application on a real socket, and `puhui serve` as a process that stops
/// cleanly on SIGTERM.
@Suite("puhui serve: live over loopback", .serialized)
struct LiveServiceTests {
    @Test func theApplicationAnswersOverLoopback() async throws {
        let fixture = try ServiceFixture(port: 0)
        try await fixture.application.test(.live) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/v1/outlets?near=32.0100,120.8600&radius=3000&kind=childcare", method: .get)
            { response in
                #expect(response.status == .ok)
                let object = try ServiceFixture.object(response)
                #expect((object["total"] as? Int ?? 0) > 0)
            }
            try await client.execute(
                uri: "/v1/outlets/NT-0057/inspections", method: .post,
                headers: ServiceFixture.bearer(fixture.districtToken),
                body: ServiceFixture.body(#"{"result":"pass","on":"2026-11-20"}"#)
            ) { response in
                #expect(response.status == .created)
            }
        }
        #expect(fixture.log.all.count == 3)
    }

    @Test func serveStopsOnSIGTERMAndExitsZero() async throws {
        let puhui = try PuhuiBinary()
        defer { puhui.cleanUp() }
        let file = puhui.path("r.sqlite")
        #expect(try puhui.run(["init", "--db", file, "--sample"]).status == 0)
        var port = 0
        var process: Process?
        let errURL = puhui.home.appendingPathComponent("serve.err")
        for attempt in 0..<5 {
            port = 20_000 + Int.random(in: 0..<30_000) + attempt
            let candidate = Process()
            candidate.executableURL = PuhuiBinary.executable
            candidate.arguments = ["serve", "--db", file, "--port", String(port), "--lang", "en"]
            candidate.environment = ["HOME": puhui.home.path, "PATH": "/usr/bin:/bin", "LANG": "C"]
            _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
            candidate.standardError = try FileHandle(forWritingTo: errURL)
            candidate.standardOutput = FileHandle.nullDevice
            try candidate.run()
            if try await Self.waitForHealth(port: port, process: candidate) {
                process = candidate
                break
            }
            candidate.terminate()
            candidate.waitUntilExit()
        }
        let server = try #require(process, "puhui serve did not start")
        let (data, response) = try await URLSession.shared.data(
            from: URL(string: "http://127.0.0.1:\(port)/v1/badges/NTC-2025-00031-L")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("\"badge\" : \"NTC-2025-00031-L\""))
        kill(server.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(20)
        while server.isRunning && Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!server.isRunning)
        if server.isRunning { server.terminate() }
        server.waitUntilExit()
        #expect(server.terminationStatus == 0)
        let stderr = try String(contentsOf: errURL, encoding: .utf8)
        #expect(stderr.contains("Stopped; the registry is closed."), "\(stderr)")
        #expect(stderr.contains("\"path\":\"/v1/badges/NTC-2025-00031-L\""), "\(stderr)")
        // The registry file is whole and its audit chain intact after the stop.
        #expect(try puhui.run(["audit", "verify", "--db", file]).status == 0)
    }

    static func waitForHealth(port: Int, process: Process) async throws -> Bool {
        for _ in 0..<200 {
            guard process.isRunning else { return false }
            if let (_, response) = try? await URLSession.shared.data(
                from: URL(string: "http://127.0.0.1:\(port)/healthz")!),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                return true
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        return false
    }
}
