import Foundation
import Testing

/// The officer's import and export, run through the built binary.
@Suite("puhui import and export, end to end")
struct ImportExportEndToEndTests {
    @Test func exportImportExportGivesIdenticalFiles() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "first.sqlite", "--sample"]).status == 0)
        #expect(try puhui.run(["init", "--db", "second.sqlite"]).status == 0)
        for table in ["operators", "outlets", "prices"] {
            let exported = try puhui.run(["export", table, "--db", "first.sqlite", "--output", "\(table).csv"])
            #expect(exported.status == 0, "\(exported.stderr)")
            let imported = try puhui.run([
                "import", table, "\(table).csv", "--db", "second.sqlite", "--officer", "test.officer",
            ])
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        for table in ["operators", "outlets", "prices"] {
            let again = try puhui.run(["export", table, "--db", "second.sqlite"])
            #expect(again.status == 0)
            #expect(again.stdout == (try puhui.read("\(table).csv")), "\(table) differs after a round trip")
        }
    }

    @Test func aFileWithBadRowsChangesNothingAndNamesEveryRow() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite"]).status == 0)
        try puhui.write(
            "operators.csv",
            """
            uscc,name,legal_form,legal_representative
            91310110666007217T,南通测试养老服务有限公司,enterprise,张三

            """)
        #expect(
            try puhui.run(["import", "operators", "operators.csv", "--db", "r.sqlite", "--officer", "o1"]).status == 0)
        let before = try puhui.run(["export", "outlets", "--db", "r.sqlite"]).stdout
        try puhui.write(
            "outlets.csv",
            """
            id,operator_uscc,name,kind,district_code,address,lat,lon
            T-1,91310110666007217T,好托育,childcare_institution,320613,崇川区某路1号,32.01,120.86
            T-2,91310110666007217T,坏类型,baby_care,320613,崇川区某路2号,32.01,120.86
            T-3,91310110666007217T,出城,childcare_family,320613,崇川区某路3号,3.2,120.86
            T-4,91310110666007217X,坏主体,childcare_family,320613,崇川区某路4号,32.02,120.86

            """)
        let rejected = try puhui.run(["import", "outlets", "outlets.csv", "--db", "r.sqlite", "--officer", "o1"])
        #expect(rejected.status == 65)
        #expect(rejected.stderr.contains("outlets.csv:3"))
        #expect(rejected.stderr.contains("baby_care"))
        #expect(rejected.stderr.contains("outlets.csv:4"))
        #expect(rejected.stderr.contains("outlets.csv:5"))
        #expect(!rejected.stderr.contains("outlets.csv:2"), "the good row is not a problem")
        #expect(try puhui.run(["export", "outlets", "--db", "r.sqlite"]).stdout == before, "nothing was written")

        try puhui.write(
            "outlets.csv",
            """
            id,operator_uscc,name,kind,district_code,address,lat,lon
            T-1,91310110666007217T,好托育,childcare_institution,320613,崇川区某路1号,32.01,120.86
            T-2,91310110666007217T,好家庭,childcare_family,320613,崇川区某路2号,32.011,120.861

            """)
        let accepted = try puhui.run(["import", "outlets", "outlets.csv", "--db", "r.sqlite", "--officer", "o1"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let after = try puhui.run(["export", "outlets", "--db", "r.sqlite"]).stdout
        #expect(after.contains("T-1,") && after.contains("T-2,"))
    }

    @Test func aBadImportInChineseGivesChineseReasons() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite"]).status == 0)
        try puhui.write(
            "operators.csv", "uscc,name,legal_form,legal_representative\n91310110666007217T,某公司,enterprise,张三\n")
        #expect(
            try puhui.run(["import", "operators", "operators.csv", "--db", "r.sqlite", "--officer", "o1"]).status == 0)
        try puhui.write(
            "outlets.csv",
            """
            id,operator_uscc,name,kind,district_code,address,lat,lon
            T-1,91310110666007217T,出城,childcare_family,320613,崇川区某路1号,3.2,120.86
            T-2,91310110666007217X,坏主体,childcare_family,320613,崇川区某路2号,32.02,120.86
            T-2,91310110666007217X,坏主体,childcare_family,320613,崇川区某路2号,32.02,120.86

            """)
        let arguments = ["import", "outlets", "outlets.csv", "--db", "r.sqlite", "--officer", "o1", "--lang"]
        let chinese = try puhui.run(arguments + ["zh"])
        #expect(chinese.status == 65)
        #expect(chinese.stderr.contains("未导入任何记录"), "\(chinese.stderr)")
        #expect(chinese.stderr.contains("outlets.csv:2: 列 lat：值 \"3.2\"：超出市域范围（"))
        #expect(
            chinese.stderr.contains(
                "outlets.csv:3: 列 operator_uscc：值 \"91310110666007217X\"：未知的运营主体（请先在 operators.csv 中导入）"))
        #expect(chinese.stderr.contains("outlets.csv:4: 列 id：值 \"T-2\"：与第 3 行重复"))
        #expect(!chinese.stderr.contains("outside the city"))
        let english = try puhui.run(arguments + ["en"])
        #expect(english.status == 65)
        #expect(english.stderr.contains("outlets.csv:2: column lat: value \"3.2\": outside the city ("))
        #expect(english.stderr.contains("outlets.csv:4: column id: value \"T-2\": duplicate of line 3"))
    }

    @Test func importWithoutAnOfficerIsRefused() throws {
        let puhui = try PuhuiProcess()
        defer { puhui.cleanUp() }
        #expect(try puhui.run(["init", "--db", "r.sqlite"]).status == 0)
        try puhui.write(
            "operators.csv", "uscc,name,legal_form,legal_representative\n91310110666007217T,某公司,enterprise,张三\n")
        let result = try puhui.run(["import", "operators", "operators.csv", "--db", "r.sqlite"])
        #expect(result.status == 77, "a change without an officer is not permitted")
        #expect(result.stderr.contains("officer"))
    }
}
