import Foundation
import Testing

/// `puhui certify` and `puhui badge`, through the built binary: an officer takes a sample outlet
/// from application to badge, a resident verifies it (by number and by signed token), then the
/// outlet's closure suspends it.
@Suite("puhui certify and badge, end to end")
struct RecognitionEndToEndTests {
    @Test func applicationToBadgeThenSuspendedByAClosure() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        let db = ["--db", "r.sqlite"]
        let officer = db + ["--officer", "wang.li", "--lang", "en"]
        #expect(try puhui.run(["init", "--sample"] + db).status == 0)
        #expect(try puhui.run(["officer", "add", "wang.li", "--name", "王力", "--district", "city"] + db).status == 0)

        // Illegal first step: refused with the allowed next step, exit 65.
        let early = try puhui.run(["certify", "notice", "NT-0001", "--on", "2026-09-28"] + officer)
        #expect(early.status == 65)
        #expect(early.stderr.contains("Allowed next: puhui certify apply"))
        let future = try puhui.run(
            ["certify", "apply", "NT-0001", "--level", "municipal", "--on", "2999-01-01"] + officer)
        #expect(future.status == 64)

        let apply = try puhui.run(
            ["certify", "apply", "NT-0001", "--level", "municipal", "--on", "2026-09-28"] + officer)
        #expect(apply.status == 0, "\(apply.stderr)")
        #expect(apply.stdout.contains("Next: puhui certify review NT-0001"))
        let review = try puhui.run(["certify", "review", "NT-0001", "--on", "2026-09-29"] + officer)
        #expect(review.status == 0, "\(review.stderr)")
        // National Day: 29, 30 September, then 8, 9 and Saturday 10 October (a make-up working day).
        let notice = try puhui.run(
            ["certify", "notice", "NT-0001", "--on", "2026-09-29", "--format", "json"] + officer)
        #expect(notice.status == 0, "\(notice.stderr)")
        let noticed = try #require(try JSONSerialization.jsonObject(with: Data(notice.stdout.utf8)) as? [[String: Any]])
        #expect(noticed.first?["notice_last_day"] as? String == "2026-10-10")
        let tooEarly = try puhui.run(["certify", "decide", "NT-0001", "--approve", "--on", "2026-10-10"] + officer)
        #expect(tooEarly.status == 65)
        #expect(tooEarly.stderr.contains("2026-10-11"))
        let decide = try puhui.run(["certify", "decide", "NT-0001", "--approve", "--on", "2026-10-12"] + officer)
        #expect(decide.status == 0, "\(decide.stderr)")
        let badge = try #require(
            decide.stdout.split(separator: " ").map(String.init).first { $0.hasPrefix("NTE-2026-") }?
                .trimmingCharacters(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: "-"))))

        // A district officer acts only on their district's outlets (NT-0001 is in 320613).
        #expect(
            try puhui.run(["officer", "add", "zhao.min", "--name", "赵敏", "--district", "320612"] + officer).status == 0)
        let outside = try puhui.run(
            ["certify", "suspend", "NT-0001", "--reason", "测试"] + db + ["--officer", "zhao.min"])
        #expect(outside.status == 77)

        // The worklist: certified recognitions of the sample ending within 10 days of 2026-11-29.
        let list = try puhui.run(
            ["certify", "list", "--expiring", "10", "--as-of", "2026-11-29", "--format", "csv"] + db)
        #expect(list.status == 0)
        #expect(list.stdout.hasPrefix("outlet_id,name,district_code,level,status,live_status"))
        #expect(list.stdout.contains("NT-0079,"))
        #expect(!list.stdout.contains("NT-0001,"))

        // A resident checks it: no officer, exit 0, JSON with the fields.
        let verify = try puhui.run(["badge", "verify", badge, "--format", "json"] + db)
        #expect(verify.status == 0, "\(verify.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(verify.stdout.utf8)) as? [String: Any])
        #expect(answer["badge"] as? String == badge)
        #expect(answer["status"] as? String == "valid")
        #expect((answer["outlet"] as? [String: Any])?["id"] as? String == "NT-0001")
        #expect(answer["valid_to"] as? String == "2029-10-11")
        #expect(((answer["last_verification"] as? [String: Any])?["as_of"]) as? String == "2026-09-29")
        var typo = Array(badge)
        typo[15] = typo[15] == "A" ? "B" : "A"
        let mistyped = try puhui.run(["badge", "verify", String(typo), "--lang", "en"] + db)
        #expect(mistyped.status == 65)
        #expect(mistyped.stderr.contains("did you mean \(badge)"))

        // The signed token, checked offline with the public key only.
        #expect(try puhui.run(["badge", "key", "init"] + officer).status == 0)
        #expect(try puhui.run(["badge", "key", "public", "--out", "badge.pub"]).status == 0)
        let printed = try puhui.run(["badge", "print", badge] + db)
        #expect(printed.status == 0, "\(printed.stderr)")
        let token = try #require(
            printed.stdout.split(separator: "\n").first { $0.hasPrefix("令牌 Token: ") }?
                .replacingOccurrences(of: "令牌 Token: ", with: ""))
        let offline = try puhui.run(["badge", "verify", "--token", token, "--public-key", "badge.pub", "--lang", "en"])
        #expect(offline.status == 0, "\(offline.stderr)")
        #expect(offline.stdout.contains("Signature valid"))
        let forged = token.replacingOccurrences(of: ".", with: ".A", options: [], range: token.range(of: "."))
        #expect(try puhui.run(["badge", "verify", "--token", forged, "--public-key", "badge.pub"]).status != 0)

        // The outlet closes: the import suspends its recognition and the same badge verifies as suspended.
        #expect(try puhui.run(["export", "outlets", "--output", "outlets.csv"] + db).status == 0)
        let csv = try puhui.read("outlets.csv")
        let closed = csv.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            line.hasPrefix("NT-0001,") ? line.replacingOccurrences(of: ",operating,", with: ",closed,") : String(line)
        }.joined(separator: "\n")
        #expect(closed != csv)
        try puhui.write("closed.csv", closed)
        let imported = try puhui.run(["import", "outlets", "closed.csv", "--update"] + officer)
        #expect(imported.status == 0, "\(imported.stderr)")
        let suspended = try puhui.run(["badge", "verify", badge, "--lang", "en"] + db)
        #expect(suspended.status == 1)
        #expect(suspended.stdout.contains("suspended"))
        let history = try puhui.run(["certify", "history", "NT-0001", "--format", "json"] + db)
        let events = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
        #expect(events.compactMap { $0["action"] as? String } == ["apply", "review", "notice", "approve", "suspend"])
        let audit = try puhui.run(["audit", "verify"] + db)
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
    }
}
