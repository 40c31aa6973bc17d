/// Word lists for invented names. Every name in the synthetic registries is put together from
/// these parts; none is meant to be a real institution, person or telephone number.
enum Names {
    /// Brand words for elder-care operators.
    static let elderBrands = [
        "颐宁", "康佑", "嘉禾", "锦程", "和煦", "晴岚", "悦澜", "瑞禧", "福临", "安蕊", "椿萱", "松韵",
        "鹤年", "恒晖", "宁馨", "慈萱", "惠邻", "溪岸", "桐荫", "兰庭", "青禾", "芷园", "乐颐", "安泰",
        "康瑞", "怡和", "寿康", "颐晖", "暖柚", "晚晴",
    ]
    /// Brand words for childcare operators.
    static let childcareBrands = [
        "小树苗", "星芽", "禾苗", "童心湾", "萌芽屋", "小橡果", "启明星", "豆豆乐", "暖阳", "小蜗牛",
        "彩虹桥", "贝乐", "小海豚", "云朵", "米粒", "七彩豆", "稻田", "嘟嘟熊", "小蒲公英", "向日葵",
        "青苗", "满天星", "小鹿角", "花生壳",
    ]
    /// Brand words for operators running both families.
    static let bothBrands = ["一老一小", "和美邻里", "安心家园", "福满堂", "乐享汇", "暖心坊"]
    /// Invented community (社区) names.
    static let communities = [
        "和煦", "锦华", "春晖", "桂园", "枫林", "望江", "梧桐", "翠竹", "清溪", "银杏", "兰苑", "碧波",
        "新桥", "东园", "西苑", "紫荆", "丹桂", "杏林", "柳岸", "荷塘", "金穗", "玉泉", "长虹", "云水",
        "晨曦", "泰和", "安居", "康宁", "丰泽", "祥和", "鸿运", "润园", "芳草", "绿洲", "书香", "星辰",
    ]
    /// Invented road names for addresses.
    static let roads = [
        "梧桐路", "晴川路", "锦绣路", "安康路", "银杏路", "海棠路", "紫薇路", "福寿路", "长泰路", "兴旺路",
        "文昌路", "育才路", "星河路", "桃园路", "青松路", "云台路", "清风路", "明月路", "春晖路", "丰乐路",
        "和兴路", "永安路", "富民路", "兰馨路", "凤鸣路", "瑞祥路", "德馨路", "怡景路",
    ]
    static let surnames = Array(
        "张王李刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石顾钱严戴"
    ).map(String.init)
    static let givenNames = [
        "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
        "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "建国", "红梅", "海燕", "晓东", "志刚", "文静",
        "丽华", "玉兰", "雪梅", "国庆", "春燕", "卫东", "美玲", "志强", "慧敏", "俊杰",
    ]
    static let elderInstitutionSuffixes = ["颐养院", "护理院", "养老院", "康养中心", "颐养中心"]

    /// How a district writes itself at the start of an operator's name.
    static func namePrefix(districtCode: String, districtName: String) -> String {
        switch districtCode {
        case "320613", "320612", "320614": "南通市" + districtName
        default: districtName
        }
    }

    /// The district as written at the start of an address.
    static func addressPrefix(districtCode: String, districtName: String) -> String {
        districtCode == "320671" ? "南通开发区" : districtName
    }

    static func person(_ rng: inout Xoshiro256) -> String { rng.pick(surnames) + rng.pick(givenNames) }

    /// A telephone number that cannot be real: Chinese local numbers never begin with 0, so
    /// `0513-0xxxxxxx` is unassigned by construction.
    static func phone(_ rng: inout Xoshiro256) -> String { "0513-0" + pad(rng.int(0...9_999_999), 7) }
}
