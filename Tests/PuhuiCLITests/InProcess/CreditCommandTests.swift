import Foundation
import Testing

/// `puhui pledge`, `credit`, `review` and `inspection`, through the built binary, on the sample.
@Suite("puhui pledge, credit, review, inspection, in-process")
struct CreditCommandTests {
    /// A sample registry with a city officer wang.li and a 通州 (320612) officer zhao.min.
    static func sample(_ puhui: ScratchFolder) async {
        #expect(await puhui.run(["init", "--db", puhui.path("r.sqlite"), "--sample"]).status == 0)
        #expect(
            await puhui.run([
                "officer", "add", "wang.li", "--name", "王力", "--district", "city", "--db", puhui.path("r.sqlite"),
            ]).status == 0)
        #expect(
            await puhui.run([
                "officer", "add", "zhao.min", "--name", "赵敏", "--district", "320612", "--db", puhui.path("r.sqlite"),
                "--officer", "wang.li",
            ]).status == 0)
    }

    static func auditLength(_ puhui: ScratchFolder) async -> Int? {
        let json = await puhui.run(["audit", "checkpoint", "--db", puhui.path("r.sqlite"), "--format", "json"]).stdout
        return (try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["length"] as? Int
    }

    static func json(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test func pledgeBreachBlacklistRepair() async throws {
        let puhui = try ScratchFolder()
        await Self.sample(puhui)
        let db = ["--db", puhui.path("r.sqlite")]
        // NT-0002 (崇川 320613) belongs to the pilot operator 52320602535644320G, legal representative 姜国庆.
        let template = await puhui.run(["pledge", "template", "--as-of", "2026-12-01"] + db)
        #expect(template.status == 0)
        #expect(template.stdout.contains("credit-pledge version 1") && template.stdout.contains("违诺后果"))

        let before = await Self.auditLength(puhui)
        let wrongName = await puhui.run(
            [
                "pledge", "sign", "NT-0002", "--signatory", "王五", "--on", "2025-11-01", "--officer", "wang.li",
                "--lang", "en",
            ] + db)
        #expect(wrongName.status == 65)
        #expect(wrongName.stderr.contains("--signatory \"王五\" is not") && wrongName.stderr.contains("姜国庆"))
        let outside = await puhui.run(
            [
                "pledge", "sign", "NT-0002", "--signatory", "姜国庆", "--on", "2025-11-01", "--officer", "zhao.min",
                "--lang", "zh",
            ] + db)
        #expect(outside.status == 77)
        #expect(outside.stderr.contains("经办人 zhao.min 只能办理 320612 通州区的网点"))
        let badDate = await puhui.run(
            ["pledge", "sign", "NT-0002", "--signatory", "姜国庆", "--on", "2026-02-30", "--officer", "wang.li"] + db)
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("--on 2026-02-30"))
        let future = await puhui.run(
            [
                "pledge", "sign", "NT-0002", "--signatory", "姜国庆", "--on", "2099-01-01", "--officer", "wang.li",
                "--lang", "en",
            ] + db)
        #expect(future.status == 64 && future.stderr.contains("a record cannot be made in advance"))
        let noOfficer = await puhui.run(["pledge", "sign", "NT-0002", "--signatory", "姜国庆", "--on", "2025-11-01"] + db)
        #expect(noOfficer.status == 64 || noOfficer.status == 77)
        #expect(await Self.auditLength(puhui) == before, "refusals write nothing")

        let signed = await puhui.run(
            [
                "pledge", "sign", "NT-0002", "--signatory", "姜国庆", "--on", "2025-11-01", "--officer", "wang.li",
                "--format", "json",
            ] + db)
        #expect(signed.status == 0, "\(signed.stderr)")
        let pledge = try #require(Self.json(signed.stdout) as? [String: Any])
        #expect(pledge["template_id"] as? String == "credit-pledge")
        #expect((pledge["text_sha256"] as? String)?.count == 64)
        let show = await puhui.run(["pledge", "show", "1", "--lang", "en"] + db)
        #expect(show.stdout.contains("matches the embedded text") && show.stdout.contains("信用承诺书"))
        let list = await puhui.run(["pledge", "list", "NT-0002", "--as-of", "2025-11-02", "--format", "csv"] + db)
        #expect(list.stdout.contains(",credit-pledge,1,") && list.stdout.hasSuffix("true\n"))

        let breach = await puhui.run(
            [
                "credit", "breach", "NT-0002", "--category", "fire_hazard", "--evidence", "重大火灾隐患拒不整改",
                "--on", "2025-11-10", "--officer", "wang.li", "--format", "json",
            ] + db)
        #expect(breach.status == 0, "\(breach.stderr)")
        let outcome = try #require(Self.json(breach.stdout) as? [String: Any])
        let listing = try #require(outcome["blacklisting"] as? [String: Any])
        #expect(listing["minimum_end"] as? String == "2026-11-10")
        #expect(listing["maximum_end"] as? String == "2028-11-10")
        #expect((outcome["breach"] as? [String: Any])?["pledge_id"] as? Int == 1)
        #expect(outcome["suspended_outlets"] is [Any])
        let outlets = try #require(outcome["operator_outlets"] as? [String])
        #expect(outlets.contains("NT-0002") && outlets.count == 3, "the pilot operator's three outlets")

        let published = await puhui.run(
            ["credit", "list", "--blacklist", "--as-of", "2026-01-01", "--format", "json"] + db)
        let entries = try #require(Self.json(published.stdout) as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["operator_uscc"] as? String == "52320602535644320G")
        #expect(entries.first?["public_until"] as? String == "2028-11-10")
        #expect(entries.first?["category"] as? String == "fire_hazard")
        let table = await puhui.run(["credit", "list", "--blacklist", "--as-of", "2026-01-01", "--lang", "zh"] + db)
        #expect(table.stdout.contains("重大火灾隐患拒不整改") && table.stdout.contains("南通市崇川区康佑居家养老服务社"))
        #expect(
            await puhui.run(["credit", "list", "--blacklist", "--as-of", "2025-11-09", "--lang", "en"] + db).stdout
                .contains("empty"))

        let verify = await puhui.run(["verify", "NT-0002", "--as-of", "2026-01-01", "--lang", "en"] + db)
        #expect(verify.stdout.contains("CR-02") && verify.stdout.contains("not eligible"))

        let beforeRepair = await Self.auditLength(puhui)
        let early = await puhui.run(
            [
                "credit", "repair", "1", "--signatory", "姜国庆", "--on", "2026-06-01", "--officer", "wang.li", "--lang",
                "en",
            ] + db)
        #expect(early.status == 65)
        #expect(early.stderr.contains("credit repair is possible from 2026-11-10"))
        #expect(await Self.auditLength(puhui) == beforeRepair)
        let repaired = await puhui.run(
            [
                "credit", "repair", "1", "--signatory", "姜国庆", "--on", "2026-11-10", "--officer", "wang.li", "--lang",
                "en",
            ] + db)
        #expect(repaired.status == 0, "\(repaired.stderr)")
        #expect(await Self.auditLength(puhui) == (beforeRepair ?? 0) + 2)
        let record = await puhui.run(
            ["credit", "show", "52320602535644320G", "--as-of", "2026-11-20", "--format", "json"] + db)
        let credit = try #require(Self.json(record.stdout) as? [String: Any])
        #expect(credit["blacklisted"] as? Bool == false)
        #expect((credit["pledges"] as? [Any])?.count == 2)
        let breaches = await puhui.run(["credit", "list", "--as-of", "2026-11-20", "--format", "csv"] + db)
        #expect(breaches.stdout.contains("fire_hazard") && breaches.stdout.contains(",repaired"))
        #expect(await puhui.run(["credit", "show", "91000000000000000X"] + db).status == 69)
        let shown = await puhui.run(
            ["credit", "show", "52320602535644320G", "--as-of", "2026-01-01", "--lang", "zh"] + db)
        #expect(shown.stdout.contains("在失信名单上，公开至 2028-11-10") && shown.stdout.contains("#1 公开中"))
        let breachTable = await puhui.run(["credit", "list", "--as-of", "2026-01-01", "--lang", "en"] + db)
        #expect(breachTable.stdout.contains("#1 listed") && breachTable.stdout.contains("NT-0002"))

        // Texts and withdrawal.
        let repairText = await puhui.run(["pledge", "template", "--kind", "repair", "--lang", "en"] + db)
        #expect(repairText.stdout.contains("repair-pledge version 1") && repairText.stdout.contains("信用修复承诺书"))
        #expect(await puhui.run(["pledge", "template", "--version", "9"] + db).status == 64)
        #expect(await puhui.run(["pledge", "show", "99"] + db).status == 69)
        let beforeWithdraw = await Self.auditLength(puhui)
        let tooEarly = await puhui.run(
            ["pledge", "withdraw", "1", "--on", "2025-10-31", "--officer", "wang.li", "--lang", "en"] + db)
        #expect(tooEarly.status == 65 && tooEarly.stderr.contains("give 2025-11-01 or later"))
        #expect(await Self.auditLength(puhui) == beforeWithdraw)
        #expect(
            await puhui.run(["pledge", "withdraw", "1", "--on", "2026-11-15", "--officer", "wang.li"] + db).status == 0)
        let pledges = await puhui.run(["pledge", "list", "--as-of", "2026-11-20", "--lang", "en"] + db)
        #expect(pledges.stdout.contains("withdrawn 2026-11-15") && pledges.stdout.contains("repair"))
        #expect(await puhui.run(["audit", "verify"] + db).status == 0)
    }

    @Test func reviewsAndInspections() async throws {
        let puhui = try ScratchFolder()
        await Self.sample(puhui)
        let db = ["--db", puhui.path("r.sqlite"), "--officer", "wang.li"]
        let bad = await puhui.run(
            ["review", "add", "NT-0002", "--score", "2", "--on", "2026-09-28", "--text", "护理员态度差", "--lang", "en"] + db)
        #expect(bad.status == 0, "\(bad.stderr)")
        #expect(bad.stdout.contains("by 2026-10-23"))
        #expect(await puhui.run(["review", "add", "NT-0002", "--score", "5", "--on", "2026-10-01"] + db).status == 0)
        let before = await Self.auditLength(puhui)
        let six = await puhui.run(
            ["review", "add", "NT-0002", "--score", "6", "--on", "2026-10-01", "--lang", "en"] + db)
        #expect(six.status == 65 && six.stderr.contains("--score 6"))
        let notBad = await puhui.run(
            ["review", "follow-up", "2", "--on", "2026-10-02", "--text", "x", "--lang", "en"] + db)
        #expect(notBad.status == 65 && notBad.stderr.contains("not a bad review"))
        #expect(await puhui.run(["review", "follow-up", "9", "--on", "2026-10-02", "--text", "x"] + db).status == 69)
        #expect(await Self.auditLength(puhui) == before)

        let overdue = await puhui.run([
            "review", "list", "--overdue", "--as-of", "2026-10-24", "--format", "json", "--db", puhui.path("r.sqlite"),
        ])
        let listed = try #require(Self.json(overdue.stdout) as? [String: Any])
        #expect((listed["reviews"] as? [[String: Any]])?.map { $0["id"] as? Int } == [1])
        let summary = try #require(listed["summary"] as? [String: Any])
        #expect(summary["average_tenths"] as? Int == 35 && summary["overdue_bad"] as? Int == 1)
        let show = await puhui.run([
            "show", "NT-0002", "--as-of", "2026-10-24", "--lang", "zh", "--db", puhui.path("r.sqlite"),
        ])
        #expect(show.stdout.contains("2 条，平均 3.5 分，差评 1 条（未整改 1，逾期 1）"), "\(show.stdout)")

        let fixed = await puhui.run(
            ["review", "follow-up", "1", "--on", "2026-10-30", "--text", "整改完成", "--rectified", "--lang", "en"] + db)
        #expect(fixed.status == 0 && fixed.stdout.contains("rectified 2026-10-30"))
        let open = await puhui.run([
            "review", "list", "NT-0002", "--open", "--as-of", "2026-11-01", "--format", "csv", "--db",
            puhui.path("r.sqlite"),
        ])
        #expect(open.stdout.split(separator: "\n").count == 1, "only the header: nothing open")

        let added = await puhui.run(
            ["inspection", "add", "NT-0002", "--on", "2025-11-30", "--result", "pass", "--notes", "消防通道畅通"] + db)
        #expect(added.status == 0, "\(added.stderr)")
        let bogus = await puhui.run(["inspection", "add", "NT-0002", "--on", "2025-11-30", "--result", "maybe"] + db)
        #expect(bogus.status == 64)
        let inspectionTable = await puhui.run(["inspection", "list", "--lang", "zh", "--db", puhui.path("r.sqlite")])
        #expect(inspectionTable.stdout.contains("合格") && inspectionTable.stdout.contains("消防通道畅通"))
        let reviewTable = await puhui.run([
            "review", "list", "NT-0002", "--as-of", "2026-11-01", "--lang", "zh", "--db", puhui.path("r.sqlite"),
        ])
        #expect(reviewTable.stdout.contains("已整改 2026-10-30") && reviewTable.stdout.contains("5 非常满意"))
        let inspections = await puhui.run([
            "inspection", "list", "NT-0002", "--format", "csv", "--db", puhui.path("r.sqlite"),
        ])
        #expect(inspections.stdout.contains(",2025-11-30,pass,消防通道畅通,wang.li,"))
        let verify = await puhui.run([
            "verify", "NT-0002", "--as-of", "2026-11-30", "--lang", "en", "--db", puhui.path("r.sqlite"),
        ])
        #expect(verify.stdout.contains("CR-04"))
        #expect(await puhui.run(["audit", "verify", "--db", puhui.path("r.sqlite")]).status == 0)
    }
}
