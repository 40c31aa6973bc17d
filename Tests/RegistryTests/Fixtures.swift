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

    static let reference = ReferenceData(divisions: divisions, divisionAliases: aliases, subdistricts: subdistricts, city: city)

    /// 2026-03-01T08:00:00Z
    static let clock = RegistryClock.fixed(Date(timeIntervalSince1970: 1_772_352_000))

    static func database() throws -> RegistryDatabase {
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
