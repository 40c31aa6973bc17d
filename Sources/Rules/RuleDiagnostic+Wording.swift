import CEL
import PuhuiCore

/// Wording shared by the rule-file diagnostics: a key of the file as written (data, in either
/// language), a missing key, and the kinds of CEL error in Chinese.
extension LocalizedText {
    /// A key of the rule file, as written: `“name”` in Chinese, bare in English.
    static func key(_ name: String) -> LocalizedText {
        LocalizedText(zh: "“\(name)”", en: name)
    }

    /// A top-level key the file lacks.
    static func missing(_ name: String) -> LocalizedText {
        LocalizedText(zh: "缺少“\(name)”", en: "missing '\(name)'")
    }
}

extension RuleSetLoader {
    static let notUTF8 = LocalizedText(zh: "文件不是 UTF-8 文本", en: "the file is not UTF-8 text")

    /// A CEL error's kind in Chinese (the parser's own detail is English and stays in the
    /// English message).
    static func celKind(_ kind: CELError.Kind) -> String {
        switch kind {
        case .syntax: "语法错误"
        case .limit: "超出限制（嵌套过深或过长）"
        case .invalidArgument: "无效参数"
        case .noSuchOverload, .noMatchingOverload: "类型不匹配的运算或函数"
        case .noSuchField: "不存在的字段"
        case .noSuchKey: "不存在的键"
        case .unknownVariable: "未知变量"
        case .unboundFunction: "未知函数"
        case .divideByZero: "除以零"
        case .moduloByZero: "对零取模"
        case .overflow: "数值溢出"
        case .range: "数值超出范围"
        case .indexOutOfRange: "下标越界"
        case .typeConversion: "类型转换错误"
        case .duplicateKey: "重复的键"
        }
    }
}
