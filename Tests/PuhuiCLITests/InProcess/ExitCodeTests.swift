import Foundation
import Registry
import Testing

/// Every exit status `puhui` documents (README, "Exit codes"), each from a command of the kind
/// the table names, run in-process through the command tree. 70 (the program broken) cannot be
/// produced from a working build; 74 (another change held the registry past the wait) needs a
/// second process holding the lock and is walked by the end-to-end README test.
@Suite("Exit codes, in-process")
struct ExitCodeTests {
    @Test func everyStatusFromTheCommandThatGivesIt() async throws {
        let scratch = try ScratchFolder()
        let db = scratch.path("r.sqlite")
        let key = scratch.path("badge-signing.key")
        #expect(await InProcessPuhui.run(["init", "--db", db, "--sample", "--lang", "en"]).status == 0)
        #expect(
            await InProcessPuhui.run(["officer", "add", "wang.li", "--name", "王力", "--district", "市级", "--db", db])
                .status == 0)
        try scratch.write("bad.csv", "uscc,name,legal_form,legal_representative\n91320600MA1XXXXXXA,某公司,company,张三\n")
        try scratch.write(
            "failing.yaml",
            "ruleset: t\nversion: \"1\"\nrules:\n  - {id: A-01, basis: b, severity: block, check: 'true'}\ntests:\n  - {name: t, as_of: 2024-01-01, facts: {}, expect: {A-01: fail}}\n"
        )
        try FileManager.default.createDirectory(atPath: scratch.path("folder"), withIntermediateDirectories: false)
        let walk: [(Int32, [String], String)] = [
            (0, ["search", "--keyword", "颐养", "--db", db], ""),
            (1, ["rules", "test", scratch.path("failing.yaml")], ""),
            (64, ["search", "--radius", "abc", "--db", db], "error: --radius abc: give whole metres"),
            (65, ["import", "operators", scratch.path("bad.csv"), "--db", db, "--officer", "wang.li"], "error: "),
            (66, ["show", "NT-0001", "--db", scratch.path("missing.sqlite")], "error: there is no registry at"),
            (
                66, ["import", "outlets", scratch.path("folder"), "--db", db, "--officer", "wang.li"],
                "it is a directory"
            ),
            (66, ["badge", "verify", "--token", "x", "--public-key", scratch.path("missing.pub")], "error: "),
            (66, ["audit", "verify", "--db", db, "--public-key", scratch.path("folder")], "is a folder"),
            (69, ["show", "NT-9999", "--db", db], "error: "),
            (77, ["import", "operators", scratch.path("bad.csv"), "--db", db], "error: "),
            (77, ["import", "operators", scratch.path("bad.csv"), "--db", db, "--officer", "nobody.here"], "error: "),
            (0, ["badge", "key", "init", "--signing-key", key, "--officer", "wang.li", "--db", db], ""),
            (73, ["badge", "key", "init", "--signing-key", key, "--officer", "wang.li", "--db", db], "error: "),
        ]
        for (status, arguments, said) in walk {
            let result = await InProcessPuhui.run(arguments + ["--lang", "en"])
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            if !said.isEmpty { #expect(result.stderr.contains(said), "\(arguments): \(result.stderr)") }
            if status != 0 {
                // One error prefix per language on stderr, and nothing else before it.
                #expect(status == 1 || result.stderr.hasPrefix("error: "), "\(arguments): \(result.stderr)")
            }
        }
        // The same refusals in Chinese begin with the Chinese prefix.
        for (status, arguments, _) in walk where status > 1 && status != 73 {
            let result = await InProcessPuhui.run(arguments + ["--lang", "zh"])
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("错误："), "\(arguments): \(result.stderr)")
        }
    }

    @Test func helpAndVersionAreNotErrors() async {
        let help = await InProcessPuhui.run(["search", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: puhui search"))
        #expect(help.stderr.isEmpty)
    }

    /// `puhui --version` names the program's version and the schema a registry it creates has:
    /// the same number the registry's own migration table counts.
    @Test func versionNamesTheSchemaANewRegistryHas() async throws {
        let scratch = try ScratchFolder()
        #expect(await InProcessPuhui.run(["init", "--db", scratch.path("r.sqlite")]).status == 0)
        let registry = try RegistryDatabase.openExisting(
            path: scratch.path("r.sqlite"), access: .read, wait: WriteWait(limit: 0))
        let schema = try registry.schemaVersion()
        #expect(schema >= 8)
        let version = await InProcessPuhui.run(["--version"])
        #expect(version.status == 0)
        let words = version.stdout.split(separator: " ")
        #expect(words.first == "puhui")
        #expect(words.dropFirst().first?.split(separator: ".").count == 3)
        #expect(version.stdout.hasSuffix("(registry schema \(schema))\n"), "\(version.stdout)")
    }
}
