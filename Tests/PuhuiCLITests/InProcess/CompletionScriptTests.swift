import Foundation
import Testing

@testable import PuhuiCLI

/// `puhui --generate-completion-script SHELL` (swift-argument-parser's generator) writes a
/// script for each shell the README installs, naming the commands and the districts `--district`
/// completes; bash's is checked for syntax by bash itself.
@Suite("Shell completion scripts")
struct CompletionScriptTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func scriptNamesCommandsAndDistricts(_ shell: String) async {
        let result = await InProcessPuhui.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        for command in ["search", "certify", "benchmark", "officer"] {
            #expect(result.stdout.contains(command), "\(shell): \(command)")
        }
        for district in DistrictSelector.districts {
            #expect(result.stdout.contains(district.code), "\(shell): \(district.code)")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/bash")))
    func bashReadsItsScript() async throws {
        let scratch = try ScratchFolder()
        let result = await InProcessPuhui.run(["--generate-completion-script", "bash"])
        try scratch.write("puhui.bash", result.stdout)
        let bash = Process()
        bash.executableURL = URL(fileURLWithPath: "/bin/bash")
        bash.arguments = ["-n", scratch.path("puhui.bash")]
        try bash.run()
        bash.waitUntilExit()
        #expect(bash.terminationStatus == 0)
    }

    /// What the man page is generated from (`generate-manual` reads it): the whole tree as JSON.
    @Test func helpDumpForTheManPage() async throws {
        let result = await InProcessPuhui.run(["--experimental-dump-help"])
        #expect(result.status == 0, "\(result.stderr)")
        let dump = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let command = try #require(dump["command"] as? [String: Any])
        #expect(command["commandName"] as? String == "puhui")
        let names = (command["subcommands"] as? [[String: Any]] ?? []).compactMap { $0["commandName"] as? String }
        #expect(names.contains("search") && names.contains("certify") && names.contains("serve"))
    }
}
