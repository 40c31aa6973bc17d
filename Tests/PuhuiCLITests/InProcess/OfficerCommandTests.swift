import Foundation
import Testing

/// `puhui officer` and the officer checks on writes, through the built binary.
@Suite("puhui officer, in-process")
struct OfficerCommandTests {
    @Test func bootstrapRegisterListAndEnforce() async throws {
        let puhui = try ScratchFolder()
        #expect(await puhui.run(["init", "--db", puhui.path("r.sqlite"), "--sample"]).status == 0)
        #expect(
            await puhui.run([
                "export", "outlets", "--db", puhui.path("r.sqlite"), "--output", puhui.path("outlets.csv"),
            ]).status == 0)

        // Before officers: any name writes, with a note recommending officers.
        let early = await puhui.run([
            "import", "outlets", puhui.path("outlets.csv"), "--db", puhui.path("r.sqlite"), "--officer", "anyone",
            "--update", "--dry-run", "--lang", "en",
        ])
        #expect(early.status == 0, "\(early.stderr)")
        #expect(early.stderr.contains("puhui officer add"))

        let empty = await puhui.run(["officer", "list", "--db", puhui.path("r.sqlite"), "--lang", "en"])
        #expect(empty.stdout.contains("No officers are registered"))

        let districtFirst = await puhui.run([
            "officer", "add", "zhao.min", "--name", "赵敏", "--district", "320613", "--db", puhui.path("r.sqlite"),
            "--lang", "en",
        ])
        #expect(districtFirst.status == 65)
        #expect(districtFirst.stderr.contains("first officer must be city-level"))

        let first = await puhui.run([
            "officer", "add", "wang.li", "--name", "王力", "--district", "city", "--db", puhui.path("r.sqlite"), "--lang",
            "zh",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("已登记经办人 wang.li"))

        let noOfficer = await puhui.run([
            "officer", "add", "zhao.min", "--name", "赵敏", "--district", "320613", "--db", puhui.path("r.sqlite"),
            "--lang", "en",
        ])
        #expect(noOfficer.status == 77)
        let second = await puhui.run([
            "officer", "add", "zhao.min", "--name", "赵敏", "--district", "320613", "--db", puhui.path("r.sqlite"),
            "--officer", "wang.li",
        ])
        #expect(second.status == 0, "\(second.stderr)")

        let list = await puhui.run(["officer", "list", "--db", puhui.path("r.sqlite"), "--format", "json"])
        let officers = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(officers.map { $0["id"] as? String } == ["wang.li", "zhao.min"])
        #expect(officers.last?["district_code"] as? String == "320613")
        #expect(officers.first?["district_code"] is NSNull)
        let table = await puhui.run(["officer", "list", "--db", puhui.path("r.sqlite"), "--lang", "zh"])
        #expect(table.stdout.contains("全市"))
        #expect(table.stdout.contains("320613 崇川区"))

        // After: an unknown officer is refused, and nothing changes.
        let before = await puhui.run(["audit", "checkpoint", "--db", puhui.path("r.sqlite"), "--format", "json"]).stdout
        let unknown = await puhui.run([
            "import", "outlets", puhui.path("outlets.csv"), "--db", puhui.path("r.sqlite"), "--officer", "anyone",
            "--update", "--lang", "en",
        ])
        #expect(unknown.status == 77)
        #expect(unknown.stderr.contains("\"anyone\" is not a registered officer"))

        // A district officer's file with other districts' outlets: every such row named, nothing written.
        let scoped = await puhui.run([
            "import", "outlets", puhui.path("outlets.csv"), "--db", puhui.path("r.sqlite"), "--officer", "zhao.min",
            "--update", "--lang", "zh",
        ])
        #expect(scoped.status == 77, "a refusal of scope is one of permission")
        #expect(scoped.stderr.contains("经办人 zhao.min 只能办理 320613 崇川区的网点"), "\(scoped.stderr)")
        #expect(scoped.stderr.contains("outlets.csv:"))
        let checkpoint = await puhui.run(["audit", "checkpoint", "--db", puhui.path("r.sqlite"), "--format", "json"])
            .stdout
        func length(_ json: String) -> Int? {
            (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["length"] as? Int
        }
        #expect(length(checkpoint) == length(before), "nothing was written")

        // A stored verification run needs a registered officer too.
        let anonymous = await puhui.run(["verify", "--all", "--db", puhui.path("r.sqlite"), "--lang", "en"])
        #expect(anonymous.status == 77)
        let verified = await puhui.run(["verify", "--all", "--db", puhui.path("r.sqlite"), "--officer", "wang.li"])
        #expect(verified.status == 0, "\(verified.stderr)")
        // City-wide acts need a city-level officer; a district officer verifies its own district.
        for command in [
            ["verify", "--all"], ["benchmark", "compute", "--as-of", "2026-11-29"],
            ["import", "operators", puhui.path("outlets.csv")],
        ] {
            let refused = await puhui.run(
                command + ["--db", puhui.path("r.sqlite"), "--officer", "zhao.min", "--lang", "en"])
            #expect(refused.status == 77, "\(command): \(refused.stderr)")
            #expect(refused.stderr.contains("only a city-level officer may"), "\(command): \(refused.stderr)")
        }
        let own = await puhui.run([
            "verify", "--all", "--district", "320613", "--db", puhui.path("r.sqlite"), "--officer", "zhao.min",
        ])
        #expect(own.status == 0, "\(own.stderr)")

        let audit = await puhui.run([
            "audit", "log", "--db", puhui.path("r.sqlite"), "--entity-type", "officer", "--lang", "en",
        ])
        #expect(audit.stdout.contains("officer.add"))
        #expect(audit.stdout.contains("officer:zhao.min"))
        #expect(await puhui.run(["audit", "verify", "--db", puhui.path("r.sqlite")]).status == 0)
    }
}
