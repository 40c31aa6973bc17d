import PuhuiCore
import Yams

extension RuleSetLoader {
    struct ParameterFileParts {
        var id: String
        var version: String
        var title: RuleText
        var parameters: [RuleParameter]
    }

    /// A parameters-only file: `parameter_set`, `version`, `title`, `parameters` (each parameter
    /// read by `loadParameters`, as in a rule file).
    mutating func loadParameterFile() -> ParameterFileParts? {
        guard
            let root = composeWithinLimits(
                emptyMessage: LocalizedText(
                    zh: "文件为空：参数文件需要“parameter_set”“version”“title”和“parameters”",
                    en: "the file is empty: a parameter file needs parameter_set, version, title and parameters"))
        else { return nil }
        guard let top = mapping(root, LocalizedText(zh: "参数文件", en: "the parameter file")) else { return nil }
        var id: String?
        var version: String?
        var title: RuleText?
        var parameters: [RuleParameter]?
        for (key, value) in top {
            guard let name = keyName(key) else { continue }
            switch name {
            case "parameter_set": id = identifier(value, .key("parameter_set"))
            case "version": version = string(value, .key("version"))
            case "title": title = ruleText(value, "title")
            case "parameters": parameters = loadParameters(value)
            default:
                report(
                    key,
                    LocalizedText(
                        zh: "未知的键“\(name)”（可用：parameter_set、version、title、parameters）",
                        en: "unknown key '\(name)' (expected parameter_set, version, title, parameters)"))
            }
        }
        if !top.contains(where: { $0.key.string == "parameter_set" }) {
            report(root, LocalizedText(zh: "缺少“parameter_set”（文件的标识）", en: "missing 'parameter_set' (the file's id)"))
        }
        if !top.contains(where: { $0.key.string == "version" }) { report(root, .missing("version")) }
        if parameters == nil { report(root, .missing("parameters")) }
        guard let id, let version, let parameters else { return nil }
        return ParameterFileParts(
            id: id, version: version, title: title ?? RuleText(zh: id, en: id), parameters: parameters)
    }
}
