import Foundation

@testable import Registry

/// Small reference data and helpers shared by the registry tests: a fresh in-memory database per
/// test, a fixed clock, and fixture CSVs written here (not the seed engineer's files).
enum Fixtures {
    static let divisions = """
        code,name,name_en,level,parent_code,population,population_source,centre_lat,centre_lon
        320600,南通市,Nantong,city,,7726635,第七次全国人口普查 (2020),32.0100,120.8600
        320613,崇川区,Chongchuan District,county,320600,1183740,第七次全国人口普查 (2020),32.0100,120.8600
        320612,通州区,Tongzhou District,county,320600,1258739,第七次全国人口普查 (2020),32.0800,121.0700
        320685,海安市,Hai'an,county,320600,874334,第七次全国人口普查 (2020),32.5300,120.4700

        """
    static let aliases = """
        old_code,new_code,note
        320602,320613,原崇川区
        320611,320613,原港闸区

        """
    static let subdistricts = """
        district_code,name,kind,centre_lat,centre_lon
        320613,和平桥,street,32.0120,120.8700
        320613,狼山镇,town,31.9500,120.8800
        320612,金沙,street,32.0800,121.0700

        """
    static let city = """
        key,value
        min_lat,31.60
        max_lat,32.75
        min_lon,120.20
        max_lon,121.95

        """

    static let reference = ReferenceData(
        divisions: divisions, divisionAliases: aliases, subdistricts: subdistricts, city: city)

    /// 2026-03-01T08:00:00Z
    static let clock = RegistryClock.fixed(Date(timeIntervalSince1970: 1_772_352_000))

    static func database(clock: RegistryClock = clock) throws -> RegistryDatabase {
        try RegistryDatabase.inMemory(clock: clock, reference: reference)
    }

    /// Valid USCCs built from a 17-character stem.
    static func uscc(_ first17: String) -> String {
        first17 + String(USCC.computeCheckCharacter(first17: first17) ?? "?")
    }

    static let usccA = "91310110666007217T"
    static let usccB = uscc("52320613MJ0000011")
    static let usccC = uscc("12320612466000000")
}

extension Fixtures {
    static let badgeElder = BadgeNumber.make(family: .elder, year: 2024, serial: 12) ?? ""
    static let badgeChild = BadgeNumber.make(family: .childcare, year: 2025, serial: 3) ?? ""

    static let operatorsCSV = """
        uscc,name,legal_form,legal_representative,contact_phone,address,uscc_override_reason
        \(usccA),"南通颐和养老服务有限公司, 崇川",enterprise,张伟,0513-85550001,"南通市崇川区""和平""路1号",
        \(usccB),南通市崇川区幸福托育中心,private_non_enterprise,李娜,,"南通市崇川区
        幸福街道2号",
        \(usccC),南通市通州区社会福利院,public_institution,王强,0513-86660000,,

        """

    static let outletsHeader =
        "id,operator_uscc,name,kind,pricing,district_code,subdistrict,address,lat,lon,phone,opened_on,status,beds,nursing_beds,staff_total,staff_carers,staff_health_fulltime,floor_area_m2,outdoor_area_m2,premises_tenure,lease_from,lease_to,filing_no,filing_on,filing_cancelled_on,fire_approval_no,fire_approved_on,health_evaluation_on,cctv_retention_days,star_rating,predecessor_id,classes,cert_level,cert_status,badge_no,cert_applied_on,cert_decided_on,cert_valid_from,cert_valid_to,cert_status_on"

    static let outletsCSV = """
        \(outletsHeader)
        NT-0001,\(usccA),"颐和养老院, 和平桥",elder_institution,inclusive,320613,和平桥,"崇川区和平桥""一号""
        二楼",32.0123,120.8712,0513-1,2019-05-01,operating,120,90,45,30,2,5000,800,owned,,,民养备001,2019-04-01,,消001,2019-03-01,,90,4,,,provincial,certified,\(badgeElder),2024-01-10,2024-03-01,2024-03-01,2027-02-28,2024-03-01
        NT-0002,\(usccB),幸福托育中心,childcare_institution,inclusive,320613,,崇川区幸福路2号,32.0200,120.8800,,2021-09-01,operating,,,20,12,1,600,150,leased,2021-01-01,2026-12-31,托备002,2021-08-01,,,,2021-07-15,90,,,infant:10:8:3;toddler:15:15:3;preschool:20:18:3,municipal,certified,\(badgeChild),2025-01-05,2025-02-01,2025-02-01,2028-01-31,2025-02-01
        NT-0003,\(usccC),通州日间照料中心,elder_day_care,market,320612,金沙,通州区金沙镇3号,32.0800,121.0700,,,suspended,,,,,,,,,,,,,,,,,,,NT-0001,,,,,,,,,

        """

    static let pricesCSV = """
        outlet_id,item,care_level,age_class,unit,amount_yuan,effective_from,effective_to,inclusive
        NT-0001,床位费,self_care,,month,1850.50,2024-01-01,,yes
        NT-0001,护理费,disabled,,month,2200,2024-01-01,2024-12-31,no
        NT-0002,"全日托, 含餐",,infant,month,2800.00,2025-01-01,,yes
        NT-0002,全日托,,toddler,month,2600,2025-01-01,,yes
        NT-0003,餐费,,,meal,15,2023-06-01,,no

        """

    /// A registry with the three fixture files imported.
    static func populated(clock: RegistryClock = clock) throws -> RegistryDatabase {
        let db = try database(clock: clock)
        let options = ImportOptions(officer: "测试员", reason: "fixture")
        _ = try db.imports.importCSV(
            .operators, bytes: Array(operatorsCSV.utf8), fileName: "operators.csv", options: options)
        _ = try db.imports.importCSV(.outlets, bytes: Array(outletsCSV.utf8), fileName: "outlets.csv", options: options)
        _ = try db.imports.importCSV(.prices, bytes: Array(pricesCSV.utf8), fileName: "prices.csv", options: options)
        return db
    }
}
