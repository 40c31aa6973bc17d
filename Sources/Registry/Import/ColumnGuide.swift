/// What every column of the import files is, in one place: its Chinese name, what kind of value
/// it takes (so a workbook stores it as text, a number or a date), what it means in Chinese
/// (the explanation sheet of `puhui template … --format xlsx`) and an example value (the
/// template's example row, which imports as it is). docs/CSV.md says the same in English; a test
/// holds the two to the same columns and the same required marks.
public struct ColumnGuide: Sendable, Equatable {
    /// How a column's value is written in a workbook.
    public enum Kind: Sendable, Equatable {
        /// Free text.
        case text
        /// A code or identifier (a USCC, a district code, an id, a phone number): always text,
        /// so leading zeros and long digit strings survive a spreadsheet.
        case code
        /// A value from a fixed list.
        case choice
        /// A whole number.
        case integer
        /// A decimal number (coordinates).
        case decimal
        /// Yuan with at most two decimals.
        case money
        /// `YYYY-MM-DD`.
        case date
    }

    public var column: String
    /// 中文列名.
    public var nameZH: String
    public var required: Bool
    public var kind: Kind
    /// 说明.
    public var meaningZH: String
    /// The template's example value ("" for none).
    public var example: String
}

extension RegistryTable {
    /// The columns in export order, each with its guide.
    public var guide: [ColumnGuide] {
        columns.map { column in
            let entry = ColumnGuide.entries[self]?[column]
            return ColumnGuide(
                column: column, nameZH: ColumnGuide.namesZH[column] ?? column,
                required: requiredColumns.contains(column),
                kind: entry?.kind ?? .text, meaningZH: entry?.meaning ?? "", example: entry?.example ?? "")
        }
    }
}

extension ColumnGuide {
    /// The Chinese names of the columns (docs/CSV.md), as problems name them too.
    static let namesZH: [String: String] = [
        // operators.csv
        "uscc": "统一社会信用代码", "name": "名称", "legal_form": "法人类型", "legal_representative": "法定代表人",
        "contact_phone": "联系电话", "address": "地址", "uscc_override_reason": "信用代码例外说明",
        // outlets.csv
        "id": "网点编号", "operator_uscc": "运营主体统一社会信用代码", "kind": "网点类型", "pricing": "收费类型",
        "district_code": "区县代码", "subdistrict": "街道/镇", "lat": "纬度", "lon": "经度", "phone": "电话",
        "opened_on": "开业日期", "status": "运营状态", "beds": "床位数", "nursing_beds": "护理型床位数",
        "staff_total": "员工总数", "staff_carers": "护理员（保育人员）数", "staff_health_fulltime": "专职卫生人员数",
        "floor_area_m2": "建筑面积", "outdoor_area_m2": "户外场地面积", "premises_tenure": "场地权属",
        "lease_from": "租赁起始日期", "lease_to": "租赁截止日期", "filing_no": "备案号", "filing_on": "备案日期",
        "filing_cancelled_on": "备案注销日期", "fire_approval_no": "消防审验文号", "fire_approved_on": "消防审验日期",
        "health_evaluation_on": "卫生评价日期", "cctv_retention_days": "监控录像保存天数", "star_rating": "星级",
        "predecessor_id": "前身网点编号", "classes": "托育班级", "cert_level": "认定级别", "cert_status": "认定状态",
        "badge_no": "统一标识编号", "cert_applied_on": "认定申请日期", "cert_decided_on": "认定决定日期",
        "cert_valid_from": "认定有效期起", "cert_valid_to": "认定有效期止", "cert_status_on": "认定状态生效日期",
        // prices.csv
        "outlet_id": "网点编号", "item": "收费项目", "care_level": "照护等级", "age_class": "班型", "unit": "计价单位",
        "amount_yuan": "金额（元）", "effective_from": "生效日期", "effective_to": "截止日期", "inclusive": "是否普惠价",
    ]

    /// The example operator's code: a valid USCC (check character computed, GB 32100-2015).
    static let exampleUSCC =
        "52320613MJ0000018" + String(USCC.computeCheckCharacter(first17: "52320613MJ0000018") ?? "0")

    typealias Entry = (kind: Kind, meaning: String, example: String)

    static let entries: [RegistryTable: [String: Entry]] = [
        .operators: [
            "uscc": (.code, "18 位统一社会信用代码，校验位按 GB 32100-2015 核对；请把此列设为“文本”格式", exampleUSCC),
            "name": (.text, "登记名称，与营业执照或登记证书一致", "南通市崇川区示例养老服务中心"),
            "legal_form": (
                .choice,
                "法人类型，填英文值：private_non_enterprise 民办非企业单位，enterprise 企业，public_institution 事业单位，social_organisation 社会团体，other 其他",
                "private_non_enterprise"
            ),
            "legal_representative": (.text, "法定代表人姓名", "张伟"),
            "contact_phone": (.code, "联系电话", "0513-85550001"),
            "address": (.text, "登记地址（可换行）", "南通市崇川区和平桥街道示例路 1 号"),
            "uscc_override_reason": (
                .text, "仅用于校验位不通过的早期试点代码：说明为何仍予接受（写入审计日志）；校验通过的代码须留空", ""
            ),
        ],
        .outlets: [
            "id": (.code, "网点编号，1–32 个字符，只能用 A-Z a-z 0-9 _ -（如 NT-0001），长期不变", "NT-0001"),
            "operator_uscc": (.code, "运营主体的统一社会信用代码；该运营主体须已在登记库中（或先导入运营主体文件）", exampleUSCC),
            "name": (.text, "网点名称", "示例社区综合养老服务中心"),
            "kind": (
                .choice,
                "网点类型：elder_institution 养老机构，elder_community_center 社区综合养老服务中心，elder_day_care 日间照料中心，elder_home_care_station 居家养老服务站，childcare_institution 托育机构，childcare_community 社区托育点，childcare_kindergarten_class 幼儿园托班，childcare_family 家庭托育点",
                "elder_community_center"
            ),
            "pricing": (.choice, "收费类型：inclusive 提供普惠价格，market 市场价（默认）", "inclusive"),
            "district_code": (.code, "区县代码（本市县级行政区划代码，如 320613）；已撤销的代码不予接受，并提示替代代码", "320613"),
            "subdistrict": (.text, "街道/镇名称；填写时须是该区县的街道/镇之一", "和平桥"),
            "address": (.text, "网点地址（可换行）", "南通市崇川区和平桥街道示例路 1 号"),
            "lat": (.decimal, "纬度，WGS-84 十进制度数，须在市域范围内", "32.0123"),
            "lon": (.decimal, "经度，WGS-84 十进制度数，须在市域范围内", "120.8712"),
            "phone": (.code, "网点电话", "0513-85550002"),
            "opened_on": (.date, "开业日期，YYYY-MM-DD，不得晚于今天", "2024-01-15"),
            "status": (.choice, "运营状态：operating 运营中（默认），suspended 暂停，closed 关闭", "operating"),
            "beds": (.integer, "养老床位数", "60"),
            "nursing_beds": (.integer, "其中护理型床位数，不得多于床位数", "40"),
            "staff_total": (.integer, "员工总数", "25"),
            "staff_carers": (.integer, "护理员（托育为保育人员）人数", "15"),
            "staff_health_fulltime": (.integer, "专职卫生人员人数", "1"),
            "floor_area_m2": (.integer, "建筑面积，整数平方米", "1200"),
            "outdoor_area_m2": (.integer, "户外场地面积，整数平方米", "300"),
            "premises_tenure": (.choice, "场地权属：owned 自有，leased 租赁", "leased"),
            "lease_from": (.date, "租赁起始日期（租赁场地时填写）", "2023-12-01"),
            "lease_to": (.date, "租赁截止日期", "2033-11-30"),
            "filing_no": (.code, "备案号", "崇民养备2024001"),
            "filing_on": (.date, "备案日期", "2024-01-10"),
            "filing_cancelled_on": (.date, "备案注销日期（注销时填写；会暂停其有效认定）", ""),
            "fire_approval_no": (.code, "消防审验文号", ""),
            "fire_approved_on": (.date, "消防审验日期", ""),
            "health_evaluation_on": (.date, "托育机构卫生评价日期", ""),
            "cctv_retention_days": (.integer, "监控录像保存天数", "90"),
            "star_rating": (.integer, "养老机构等级（GB/T 37276），1–5", ""),
            "predecessor_id": (.code, "本网点承接的原网点编号（重新登记时）：须在登记库或本文件中", ""),
            "classes": (
                .text,
                "托育班级，用分号分隔，每班写作 班型:额定人数:在托人数:保育人员数；班型 infant 乳儿班，toddler 托小班，preschool 托大班，mixed 混合班，如 infant:10:8:3;toddler:15:15:3；在托人数不得超过额定人数",
                ""
            ),
            "cert_level": (.choice, "认定级别：municipal 市级，provincial 省级，provincial_demonstration 省级示范", ""),
            "cert_status": (
                .choice,
                "认定状态：applied 已申请，under_review 审核中，in_notice 公示中，certified 已认定，rejected 未通过，suspended 暂停，revoked 撤销，expired 到期（空：从未申请）；登记库已有认定的网点，须与登记库一致（以 puhui export outlets 导出的为准）",
                ""
            ),
            "badge_no": (.code, "统一标识编号（已认定、暂停、撤销、到期的须填写）", ""),
            "cert_applied_on": (.date, "认定申请日期", ""),
            "cert_decided_on": (.date, "认定决定日期", ""),
            "cert_valid_from": (.date, "认定有效期起", ""),
            "cert_valid_to": (.date, "认定有效期止", ""),
            "cert_status_on": (.date, "当前认定状态的生效日期", ""),
        ],
        .prices: [
            "outlet_id": (.code, "网点编号；该网点须已在登记库中（或先导入网点文件）", "NT-0001"),
            "item": (.text, "收费项目，按公示名称（如 全日托、床位费、护理费、餐费）", "床位费"),
            "care_level": (.choice, "养老照护等级：self_care 自理，partly_disabled 半失能，disabled 失能", ""),
            "age_class": (.choice, "托育班型：infant 乳儿班，toddler 托小班，preschool 托大班，mixed 混合班", ""),
            "unit": (.choice, "计价单位：month 月，day 日，hour 小时，meal 餐", "month"),
            "amount_yuan": (.money, "金额，单位元，最多两位小数，不小于 0", "1850.00"),
            "effective_from": (.date, "生效日期", "2024-01-15"),
            "effective_to": (.date, "截止日期（空：长期有效）", ""),
            "inclusive": (.choice, "是否普惠价：yes 普惠价，no 市场价（也可填 是 或 否）", "yes"),
        ],
    ]
}
