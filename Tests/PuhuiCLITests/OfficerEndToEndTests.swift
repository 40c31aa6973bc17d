import Foundation
import Testing

/// `puhui officer` and the officer checks on writes, through the built binary.
@Suite("puhui officer, end to end")
struct OfficerEndToEndTests {
    @Test func bootstrapRegisterListAndEnforce() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite", "--sample"]).status == 0)
        #expect(try puhui.run(["export", "outlets", "--db", "r.sqlite", "--output", "outlets.csv"]).status == 0)

        // Before officers: any name writes, with a note recommending officers.
        let early = try puhui.run(["import", "outlets", "outlets.csv", "--db", "r.sqlite", "--officer", "anyone", "--update", "--dry-run", "--lang", "en"])
        #expect(early.status == 0, "\(early.stderr)")
        #expect(early.stderr.contains("puhui officer add"))

        let empty = try puhui.run(["officer", "list", "--db", "r.sqlite", "--lang", "en"])
        #expect(empty.stdout.contains("No officers are registered"))

        let districtFirst = try puhui.run(["officer", "add", "zhao.min", "--name", "赵敏", "--district", "320613", "--db", "r.sqlite", "--lang", "en"])
        #expect(districtFirst.status == 65)
        #expect(districtFirst.stderr.contains("first officer must be city-level"))

        let first = try puhui.run(["officer", "add", "wang.li", "--name", "王力", "--district", "city", "--db", "r.sqlite", "--lang", "zh"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("已登记经办人 wang.li"))

        let noOfficer = try puhui.run(["officer", "add", "zhao.min", "--name", "赵敏", "--district", "320613", "--db", "r.sqlite", "--lang", "en"])
        #expect(noOfficer.status == 77)
        let second = try puhui.run(["officer", "add", "zhao.min", "--name", "赵敏", "--district", "320613", "--db", "r.sqlite", "--officer", "wang.li"])
        #expect(second.status == 0, "\(second.stderr)")

        let list = try puhui.run(["officer", "list", "--db", "r.sqlite", "--format", "json"])
        let officers = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(officers.map { $0["id"] as? String } == ["wang.li", "zhao.min"])
        #expect(officers.last?["district_code"] as? String == "320613")
        #expect(officers.first?["district_code"] is NSNull)
        let table = try puhui.run(["officer", "list", "--db", "r.sqlite", "--lang", "zh"])
        #expect(table.stdout.contains("全市"))
        #expect(table.stdout.contains("320613 崇川区"))

        // After: an unknown officer is refused, and nothing changes.
        let before = try puhui.run(["audit", "checkpoint", "--db", "r.sqlite", "--format", "json"]).stdout
        let unknown = try puhui.run(["import", "outlets", "outlets.csv", "--db", "r.sqlite", "--officer", "anyone", "--update", "--lang", "en"])
        #expect(unknown.status == 77)
        #expect(unknown.stderr.contains("\"anyone\" is not a registered officer"))

        // A district officer's file with other districts' outlets: every such row named, nothing written.
        let scoped = try puhui.run(["import", "outlets", "outlets.csv", "--db", "r.sqlite", "--officer", "zhao.min", "--update", "--lang", "zh"])
        #expect(scoped.status == 77, "a refusal of scope is one of permission")
        #expect(scoped.stderr.contains("经办人 zhao.min 只能办理 320613 崇川区的网点"), "\(scoped.stderr)")
        #expect(scoped.stderr.contains("outlets.csv:"))
        let checkpoint = try puhui.run(["audit", "checkpoint", "--db", "r.sqlite", "--format", "json"]).stdout
        func length(_ json: String) -> Int? {
            (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["length"] as? Int
        }
        #expect(length(checkpoint) == length(before), "nothing was written")

        // A stored verification run needs a registered officer too.
        let anonymous = try puhui.run(["verify", "--all", "--db", "r.sqlite", "--lang", "en"])
        #expect(anonymous.status == 77)
        let verified = try puhui.run(["verify", "--all", "--db", "r.sqlite", "--officer", "wang.li"])
        #expect(verified.status == 0, "\(verified.stderr)")
        // City-wide acts need a city-level officer; a district officer verifies its own district.
        for command in [
            ["verify", "--all"], ["benchmark", "compute", "--as-of", "2026-11-29"],
            ["import", "operators", "outlets.csv"],
        ] {
            let refused = try puhui.run(command + ["--db", "r.sqlite", "--officer", "zhao.min", "--lang", "en"])
            #expect(refused.status == 77, "\(command): \(refused.stderr)")
            #expect(refused.stderr.contains("only a city-level officer may"), "\(command): \(refused.stderr)")
        }
        let own = try puhui.run(["verify", "--all", "--district", "320613", "--db", "r.sqlite", "--officer", "zhao.min"])
        #expect(own.status == 0, "\(own.stderr)")

        let audit = try puhui.run(["audit", "log", "--db", "r.sqlite", "--entity-type", "officer", "--lang", "en"])
        #expect(audit.stdout.contains("officer.add"))
        #expect(audit.stdout.contains("officer:zhao.min"))
        #expect(try puhui.run(["audit", "verify", "--db", "r.sqlite"]).status == 0)
    }
}
