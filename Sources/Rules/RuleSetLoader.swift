import CEL
import Foundation
import PuhuiCore
import Yams

/// Reads a rule file's YAML through Yams' node API (which keeps every node's line and column)
/// into parameters, compiled rules and tests, collecting every problem as a positioned
/// `RuleDiagnostic` rather than stopping at the first.
struct RuleSetLoader {
    struct Parts {
        var id: String
        var version: String
        var title: RuleText
        var parameters: [RuleParameter]
        var rules: [Rule]
        var tests: [RuleSetTest]
    }

    let text: String
    let fileName: String
    let vocabulary: RuleVocabulary
    let lines: [String]
    private(set) var diagnostics: [RuleDiagnostic] = []
    /// Every rule id the file declares, compiled or not (a test naming a rule that failed to
    /// compile is not reported again as naming an unknown rule).
    var declaredRuleIDs: Set<String> = []

    init(text: String, fileName: String, vocabulary: RuleVocabulary) {
        self.text = text
        self.fileName = fileName
        self.vocabulary = vocabulary
        // A file past the size limit is refused before anything else reads it (RuleFileLimits).
        let tooLarge = text.utf8.count > RuleFileLimits.maximumBytes
        lines = (tooLarge ? "" : text).split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
    }

    // MARK: - Diagnostics

    mutating func report(line: Int, column: Int, _ message: LocalizedText) {
        let sourceLine = line >= 1 && line <= lines.count ? lines[line - 1] : ""
        let diagnostic = RuleDiagnostic(
            file: fileName, line: line, column: max(1, column), message: message, sourceLine: sourceLine)
        if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
    }

    mutating func report(_ node: Node, _ message: LocalizedText) {
        let mark = node.mark
        report(line: mark?.line ?? 1, column: mark?.column ?? 1, message)
    }

    mutating func reportYAML(_ error: any Error) {
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _),
            YamlError.parser(let context, let problem, let mark, _),
            YamlError.composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            // libyaml's own words are English: the Chinese message names the place, the caret shows it.
            report(
                line: mark.line, column: mark.column,
                LocalizedText(zh: "YAML 语法错误（位置见下方箭头）", en: "YAML syntax: \(problem)\(detail)"))
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            report(
                line: context.mark.line, column: context.mark.column,
                LocalizedText(
                    zh: "同一映射中的键重复：\(duplicates.map { "“\($0)”" }.joined(separator: "、"))",
                    en: "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in this mapping"))
        case YamlError.reader(let problem, _, _, _):
            report(line: 1, column: 1, LocalizedText(zh: "文本无法读取（含不可用的字符）", en: "unreadable text: \(problem)"))
        default:
            report(line: 1, column: 1, LocalizedText(zh: "YAML 无法读取", en: "YAML: \(error)"))
        }
    }

    // MARK: - The file

    mutating func load() -> Parts? {
        guard
            let root = composeWithinLimits(
                emptyMessage: LocalizedText(
                    zh: "文件为空：规则文件需要“ruleset”“version”“title”和“rules”",
                    en: "the file is empty: a rule file needs ruleset, version, title and rules"))
        else { return nil }
        guard let top = mapping(root, LocalizedText(zh: "规则文件", en: "the rule file")) else { return nil }
        var id: String?
        var version: String?
        var title: RuleText?
        var parameterNode: Node?
        var ruleNodes: Node?
        var testNodes: Node?
        for (key, value) in top {
            guard let name = keyName(key) else { continue }
            switch name {
            case "ruleset": id = identifier(value, .key("ruleset"))
            case "version": version = string(value, .key("version"))
            case "title": title = ruleText(value, "title")
            case "parameters": parameterNode = value
            case "rules": ruleNodes = value
            case "tests": testNodes = value
            default:
                report(
                    key,
                    LocalizedText(
                        zh: "未知的键“\(name)”（可用：ruleset、version、title、parameters、rules、tests）",
                        en: "unknown key '\(name)' (expected ruleset, version, title, parameters, rules, tests)"))
            }
        }
        if id == nil, !top.contains(where: { $0.key.string == "ruleset" }) {
            report(root, LocalizedText(zh: "缺少“ruleset”（规则集的标识）", en: "missing 'ruleset' (the rule set's id)"))
        }
        if version == nil, !top.contains(where: { $0.key.string == "version" }) { report(root, .missing("version")) }
        let parameters = parameterNode.map { loadParameters($0) } ?? []
        var rules: [Rule] = []
        if let ruleNodes {
            rules = loadRules(ruleNodes, parameters: parameters)
            declaredRuleIDs = Set(ruleNodes.sequence?.compactMap { $0["id"]?.scalar?.string } ?? [])
        } else {
            report(root, .missing("rules"))
        }
        let tests = testNodes.map { loadTests($0, rules: rules) } ?? []
        guard let id, let version else { return nil }
        return Parts(
            id: id, version: version, title: title ?? RuleText(zh: id, en: id), parameters: parameters, rules: rules,
            tests: tests)
    }

    // MARK: - Parameters

    mutating func loadParameters(_ node: Node) -> [RuleParameter] {
        guard let entries = mapping(node, .key("parameters")) else { return [] }
        var out: [RuleParameter] = []
        for (key, value) in entries {
            guard let name = keyName(key) else { continue }
            guard Self.isIdentifier(name) else {
                report(
                    key,
                    LocalizedText(
                        zh: "参数名“\(name)”须是标识符（字母、数字、_）",
                        en: "parameter name '\(name)' must be an identifier (letters, digits, _)"))
                continue
            }
            guard let fields = mapping(value, LocalizedText(zh: "参数“\(name)”", en: "parameter '\(name)'")) else {
                continue
            }
            var title: RuleText?
            var values: [ParameterValue] = []
            var sawValues = false
            for (fieldKey, fieldValue) in fields {
                guard let field = keyName(fieldKey) else { continue }
                switch field {
                case "title": title = ruleText(fieldValue, "title")
                case "values":
                    sawValues = true
                    values = loadParameterValues(fieldValue, parameter: name)
                default:
                    report(
                        fieldKey,
                        LocalizedText(
                            zh: "参数“\(name)”中有未知的键“\(field)”（可用：title、values）",
                            en: "unknown key '\(field)' in parameter '\(name)' (expected title, values)"))
                }
            }
            if !sawValues {
                report(value, LocalizedText(zh: "参数“\(name)”没有“values”", en: "parameter '\(name)' has no 'values'"))
            }
            out.append(RuleParameter(name: name, title: title, values: values.sorted { $0.from < $1.from }))
        }
        return out
    }

    mutating func loadParameterValues(_ node: Node, parameter: String) -> [ParameterValue] {
        guard let items = sequence(node, LocalizedText(zh: "“\(parameter)”的 values", en: "values of '\(parameter)'"))
        else {
            return []
        }
        var out: [ParameterValue] = []
        var days: [LocalDate: Int] = [:]
        for item in items {
            guard let fields = mapping(item, LocalizedText(zh: "“\(parameter)”的一个取值", en: "a value of '\(parameter)'"))
            else {
                continue
            }
            var from: LocalDate?
            var value: CELValue?
            var basis: String?
            for (key, fieldValue) in fields {
                guard let field = keyName(key) else { continue }
                switch field {
                case "from":
                    from = date(fieldValue, .key("from"))
                    if let from, let line = days[from] {
                        report(
                            fieldValue,
                            LocalizedText(
                                zh: "“\(parameter)”已有自 \(from) 起的取值（第 \(line) 行）",
                                en: "'\(parameter)' already has a value from \(from) (line \(line))"))
                    } else if let from {
                        days[from] = fieldValue.mark?.line ?? 0
                    }
                case "value": value = celValue(fieldValue)
                case "basis": basis = string(fieldValue, .key("basis"))
                default:
                    report(
                        key,
                        LocalizedText(
                            zh: "参数取值中有未知的键“\(field)”（可用：from、value、basis）",
                            en: "unknown key '\(field)' in a parameter value (expected from, value, basis)"))
                }
            }
            if !fields.contains(where: { $0.key.string == "from" }) {
                report(
                    item,
                    LocalizedText(
                        zh: "“\(parameter)”的取值需要“from”（YYYY-MM-DD）",
                        en: "a value of '\(parameter)' needs 'from' (YYYY-MM-DD)"))
            }
            if value == nil {
                report(
                    item, LocalizedText(zh: "“\(parameter)”的取值需要“value”", en: "a value of '\(parameter)' needs 'value'")
                )
            }
            if !fields.contains(where: { $0.key.string == "basis" }) {
                report(
                    item,
                    LocalizedText(
                        zh: "“\(parameter)”的取值需要“basis”（法规依据）",
                        en: "a value of '\(parameter)' needs 'basis' (its legal basis)"))
            }
            if let from, let value {
                out.append(ParameterValue(from: from, value: value, basis: basis ?? ""))
            }
        }
        return out
    }

    // MARK: - Rules

    mutating func loadRules(_ node: Node, parameters: [RuleParameter]) -> [Rule] {
        guard let items = sequence(node, .key("rules")) else { return [] }
        var out: [Rule] = []
        var firstLine: [String: Int] = [:]
        for item in items {
            guard let fields = mapping(item, LocalizedText(zh: "一条规则", en: "a rule")) else { continue }
            var id: String?
            var title: RuleText?
            var basis: String?
            var severity: Severity?
            var appliesTo: [String] = []
            var kinds: Set<String>?
            var effectiveFrom: LocalDate?
            var effectiveTo: LocalDate?
            var whenNode: Node?
            var checkNode: Node?
            var messageNode: Node?
            for (key, value) in fields {
                guard let field = keyName(key) else { continue }
                switch field {
                case "id":
                    id = string(value, .key("id"))
                    if let ruleID = id {
                        if let line = firstLine[ruleID] {
                            report(
                                value,
                                LocalizedText(
                                    zh: "规则编号“\(ruleID)”重复（首次出现在第 \(line) 行）",
                                    en: "duplicate rule id '\(ruleID)' (first at line \(line))"))
                        } else {
                            firstLine[ruleID] = value.mark?.line ?? 0
                        }
                    }
                case "title": title = ruleText(value, "title")
                case "basis": basis = string(value, .key("basis"))
                case "severity":
                    if let text = string(value, .key("severity")) {
                        severity = Severity(rawValue: text)
                        if severity == nil {
                            report(
                                value,
                                LocalizedText(
                                    zh: "未知的严重程度“\(text)”（可用：block、warn、info）",
                                    en: "unknown severity '\(text)' (block, warn or info)"))
                        }
                    }
                case "applies_to":
                    (appliesTo, kinds) = loadAppliesTo(value)
                case "effective":
                    (effectiveFrom, effectiveTo) = loadEffective(value)
                case "when": whenNode = value
                case "check": checkNode = value
                case "message": messageNode = value
                default:
                    report(
                        key,
                        LocalizedText(
                            zh:
                                "规则中有未知的键“\(field)”（可用：id、title、basis、severity、applies_to、effective、when、check、message）",
                            en:
                                "unknown key '\(field)' in a rule (expected id, title, basis, severity, applies_to, effective, when, check, message)"
                        ))
                }
            }
            let name =
                id.map { LocalizedText(zh: "规则“\($0)”", en: "rule '\($0)'") } ?? LocalizedText(zh: "规则", en: "a rule")
            if id == nil, !fields.contains(where: { $0.key.string == "id" }) {
                report(item, LocalizedText(zh: "规则需要“id”", en: "a rule needs an 'id'"))
            }
            if basis == nil, !fields.contains(where: { $0.key.string == "basis" }) {
                report(
                    item,
                    LocalizedText(zh: "\(name.zh)需要“basis”（法规依据）", en: "\(name.en) needs a 'basis' (its legal basis)"))
            }
            if !fields.contains(where: { $0.key.string == "severity" }) {
                report(
                    item,
                    LocalizedText(
                        zh: "\(name.zh)需要“severity”（可用：block、warn、info）",
                        en: "\(name.en) needs a 'severity' (block, warn or info)"))
            }
            if checkNode == nil {
                report(item, LocalizedText(zh: "\(name.zh)没有“check”", en: "\(name.en) has no 'check'"))
            }
            let when = whenNode.flatMap { expression($0, "when", parameters: parameters) }
            let check = checkNode.flatMap { expression($0, "check", parameters: parameters) }
            let message = messageNode.flatMap { expression($0, "message", parameters: parameters) }
            guard let id, let severity, let check else { continue }
            if whenNode != nil && when == nil { continue }
            if messageNode != nil && message == nil { continue }
            out.append(
                Rule(
                    id: id, title: title ?? RuleText(zh: id, en: id), basis: basis ?? "", severity: severity,
                    appliesTo: appliesTo, kinds: kinds, effectiveFrom: effectiveFrom, effectiveTo: effectiveTo,
                    when: when, check: check, message: message))
        }
        return out
    }

    mutating func loadAppliesTo(_ node: Node) -> ([String], Set<String>?) {
        let entries: [Node]
        if case .scalar = node {
            entries = [node]
        } else if let items = sequence(node, .key("applies_to")) {
            entries = items
        } else {
            return ([], nil)
        }
        var names: [String] = []
        var kinds: Set<String> = []
        for entry in entries {
            guard let name = string(entry, .key("applies_to")) else { continue }
            guard let expanded = vocabulary.expand(name) else {
                let known = vocabulary.groups.keys.sorted() + vocabulary.kinds
                report(
                    entry,
                    LocalizedText(
                        zh: "“applies_to”中有未知的类型或分组“\(name)”（可用：\(known.joined(separator: "、"))）",
                        en: "unknown kind or group '\(name)' in applies_to (known: \(known.joined(separator: ", ")))"))
                continue
            }
            names.append(name)
            kinds.formUnion(expanded)
        }
        return (names, names.isEmpty ? nil : kinds)
    }

    mutating func loadEffective(_ node: Node) -> (LocalDate?, LocalDate?) {
        guard let fields = mapping(node, .key("effective")) else { return (nil, nil) }
        var from: LocalDate?
        var to: LocalDate?
        for (key, value) in fields {
            guard let field = keyName(key) else { continue }
            switch field {
            case "from": from = date(value, LocalizedText(zh: "“effective”的“from”", en: "effective from"))
            case "to": to = date(value, LocalizedText(zh: "“effective”的“to”", en: "effective to"))
            default:
                report(
                    key,
                    LocalizedText(
                        zh: "“effective”中有未知的键“\(field)”（可用：from、to）",
                        en: "unknown key '\(field)' in effective (expected from, to)"))
            }
        }
        if let from, let to, to < from {
            report(
                node,
                LocalizedText(
                    zh: "“effective”的“to”（\(to)）早于“from”（\(from)）", en: "effective 'to' \(to) is before 'from' \(from)")
            )
        }
        return (from, to)
    }

    /// Compiles one expression, reporting CEL syntax errors, unknown facts and unknown
    /// parameters at their position in the YAML file.
    mutating func expression(_ node: Node, _ field: String, parameters: [RuleParameter]) -> RuleExpression? {
        guard case .scalar(let scalar) = node else {
            report(
                node,
                LocalizedText(zh: "“\(field)”须是 CEL 表达式（文本）", en: "'\(field)' must be a CEL expression (a string)"))
            return nil
        }
        let source = scalar.string
        if source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            report(node, LocalizedText(zh: "“\(field)”为空", en: "'\(field)' is empty"))
            return nil
        }
        let run: @Sendable ([CELValue]) -> CELValue
        let runTraced: @Sendable ([CELValue]) -> CELTrace
        do {
            let program = try CEL.compile(source, options: CELOptions(variables: vocabulary.factRoots))
            run = { program.evaluate(slots: $0) }
            runTraced = { program.evaluateWithTrace(slots: $0) }
        } catch let error as CELError {
            let (line, column) = ScalarPosition(scalar: scalar, lines: lines).position(
                ofOffset: error.offset ?? 0, celLine: error.line, celColumn: error.column)
            // The CEL parser's detail is English; the Chinese message names the kind, the caret the place.
            report(
                line: line, column: column,
                LocalizedText(
                    zh: "“\(field)”中的 CEL 表达式有\(Self.celKind(error.kind))（位置见下方箭头）",
                    en: "CEL \(error.kind.rawValue) in '\(field)': \(error.message)"))
            return nil
        } catch {
            report(node, LocalizedText(zh: "“\(field)”中的 CEL 表达式无法编译", en: "CEL error in '\(field)': \(error)"))
            return nil
        }
        let scanner = ExpressionScanner(source)
        var ok = true
        let position = ScalarPosition(scalar: scalar, lines: lines)
        for (name, offset) in scanner.rootReferences() where !vocabulary.factRoots.contains(name) {
            let (line, column) = position.position(ofOffset: offset, celLine: nil, celColumn: nil)
            report(
                line: line, column: column,
                LocalizedText(
                    zh: "“\(field)”中有未知的事实“\(name)”（可用：\(vocabulary.factRoots.joined(separator: "、"))）",
                    en: "unknown fact '\(name)' in '\(field)' (facts: \(vocabulary.factRoots.joined(separator: ", ")))")
            )
            ok = false
        }
        let known = Set(parameters.map(\.name))
        let read = scanner.parameterReferences()
        for (name, offset) in read where !known.contains(name) {
            let (line, column) = position.position(ofOffset: offset, celLine: nil, celColumn: nil)
            let names = parameters.map(\.name)
            report(
                line: line, column: column,
                LocalizedText(
                    zh:
                        "“\(field)”中有未知的参数“\(name)”（\(names.isEmpty ? "未声明任何参数" : "可用：" + names.joined(separator: "、"))）",
                    en:
                        "unknown parameter '\(name)' in '\(field)' (parameters: \(names.isEmpty ? "none declared" : names.joined(separator: ", ")))"
                ))
            ok = false
        }
        guard ok else { return nil }
        let operands = scanner.topLevelOperands().map { (op: $0.op, ranges: $0.operands) }
        return RuleExpression(
            text: source, run: run, runTraced: runTraced, parameters: read.map(\.name), operands: operands)
    }

    // MARK: - Tests

    mutating func loadTests(_ node: Node, rules: [Rule]) -> [RuleSetTest] {
        guard let items = sequence(node, .key("tests")) else { return [] }
        let ruleIDs = declaredRuleIDs.union(rules.map(\.id))
        var out: [RuleSetTest] = []
        for item in items {
            guard let fields = mapping(item, LocalizedText(zh: "一项测试", en: "a test")) else { continue }
            var name: String?
            var asOf: LocalDate?
            var facts: [String: CELValue] = [:]
            var expectations: [(String, VerdictResult)] = []
            for (key, value) in fields {
                guard let field = keyName(key) else { continue }
                switch field {
                case "name": name = string(value, .key("name"))
                case "as_of": asOf = date(value, .key("as_of"))
                case "facts":
                    guard let roots = mapping(value, .key("facts")) else { continue }
                    for (rootKey, rootValue) in roots {
                        guard let root = keyName(rootKey) else { continue }
                        if root == "params" || root == "as_of" {
                            report(
                                rootKey,
                                LocalizedText(
                                    zh: "“\(root)”来自测试的“as_of”和参数，不要写在“facts”中",
                                    en:
                                        "'\(root)' comes from the test's as_of and the parameters; do not give it in facts"
                                ))
                        } else if !vocabulary.factRoots.contains(root) {
                            report(
                                rootKey,
                                LocalizedText(
                                    zh: "未知的事实“\(root)”（可用：\(vocabulary.factRoots.joined(separator: "、"))）",
                                    en:
                                        "unknown fact '\(root)' (facts: \(vocabulary.factRoots.joined(separator: ", ")))"
                                ))
                        } else {
                            facts[root] = celValue(rootValue)
                        }
                    }
                case "expect":
                    guard let entries = mapping(value, .key("expect")) else { continue }
                    for (ruleKey, resultNode) in entries {
                        guard let ruleID = keyName(ruleKey) else { continue }
                        if !ruleIDs.contains(ruleID) {
                            report(
                                ruleKey,
                                LocalizedText(
                                    zh: "测试期望的规则“\(ruleID)”不存在",
                                    en: "test expects a verdict of unknown rule '\(ruleID)'"))
                            continue
                        }
                        guard let text = string(resultNode, LocalizedText(zh: "期望结果", en: "expected result")) else {
                            continue
                        }
                        guard let result = VerdictResult(rawValue: text) else {
                            report(
                                resultNode,
                                LocalizedText(
                                    zh: "未知的结果“\(text)”（可用：pass、fail、not_applicable、error）",
                                    en: "unknown result '\(text)' (pass, fail, not_applicable or error)"))
                            continue
                        }
                        expectations.append((ruleID, result))
                    }
                default:
                    report(
                        key,
                        LocalizedText(
                            zh: "测试中有未知的键“\(field)”（可用：name、as_of、facts、expect）",
                            en: "unknown key '\(field)' in a test (expected name, as_of, facts, expect)"))
                }
            }
            if !fields.contains(where: { $0.key.string == "as_of" }) {
                report(item, LocalizedText(zh: "测试需要“as_of”（YYYY-MM-DD）", en: "a test needs 'as_of' (YYYY-MM-DD)"))
            }
            if !fields.contains(where: { $0.key.string == "expect" }) {
                report(item, LocalizedText(zh: "测试需要“expect”", en: "a test needs 'expect'"))
            }
            guard let asOf else { continue }
            out.append(
                RuleSetTest(
                    name: name ?? "test at line \(item.mark?.line ?? 0)", asOf: asOf, facts: facts,
                    expectations: expectations, line: item.mark?.line ?? 0))
        }
        return out
    }

    // MARK: - Node helpers

    mutating func keyName(_ key: Node) -> String? {
        guard let name = key.scalar?.string else {
            report(key, LocalizedText(zh: "键须是普通名称", en: "a key must be a plain name"))
            return nil
        }
        return name
    }

    mutating func mapping(_ node: Node, _ what: LocalizedText) -> Node.Mapping? {
        if case .mapping(let m) = node { return m }
        report(node, LocalizedText(zh: "\(what.zh)须是映射（键: 值）", en: "\(what.en) must be a mapping (key: value)"))
        return nil
    }

    mutating func sequence(_ node: Node, _ what: LocalizedText) -> [Node]? {
        if case .sequence(let s) = node { return Array(s) }
        report(node, LocalizedText(zh: "\(what.zh)须是列表（- 项）", en: "\(what.en) must be a list (- item)"))
        return nil
    }

    mutating func string(_ node: Node, _ what: LocalizedText) -> String? {
        guard let scalar = node.scalar else {
            report(node, LocalizedText(zh: "\(what.zh)须是文本", en: "'\(what.en)' must be text"))
            return nil
        }
        return scalar.string
    }

    mutating func identifier(_ node: Node, _ what: LocalizedText) -> String? {
        guard let text = string(node, what) else { return nil }
        guard !text.isEmpty,
            text.unicodeScalars.allSatisfy({ ExpressionScanner.isIdentifierPart($0) || $0 == "-" || $0 == "." })
        else {
            report(
                node,
                LocalizedText(
                    zh: "\(what.zh)只能由字母、数字、“-”“_”或“.”组成，而不是“\(text)”",
                    en: "'\(what.en)' must be letters, digits, '-', '_' or '.', not '\(text)'"))
            return nil
        }
        return text
    }

    mutating func date(_ node: Node, _ what: LocalizedText) -> LocalDate? {
        guard let text = string(node, what) else { return nil }
        guard let day = LocalDate(iso: text) else {
            report(
                node,
                LocalizedText(
                    zh: "\(what.zh)中的日期“\(text)”无效：请写 YYYY-MM-DD，且须是存在的日子",
                    en: "bad date '\(text)' in '\(what.en)': write YYYY-MM-DD, a day that exists"))
            return nil
        }
        return day
    }

    mutating func ruleText(_ node: Node, _ what: String) -> RuleText? {
        if let scalar = node.scalar { return RuleText(zh: scalar.string, en: scalar.string) }
        guard let fields = mapping(node, .key(what)) else { return nil }
        var zh = ""
        var en = ""
        for (key, value) in fields {
            guard let field = keyName(key) else { continue }
            switch field {
            case "zh": zh = string(value, .key("\(what).zh")) ?? ""
            case "en": en = string(value, .key("\(what).en")) ?? ""
            default:
                report(
                    key,
                    LocalizedText(
                        zh: "“\(what)”中有未知的语言“\(field)”（可用：zh、en）",
                        en: "unknown language '\(field)' in \(what) (expected zh, en)"))
            }
        }
        return RuleText(zh: zh, en: en)
    }

    /// A YAML value as a CEL value: plain scalars that read as integers, decimals, booleans or
    /// null become those; everything else (quoted scalars, dates) is a string.
    func celValue(_ node: Node) -> CELValue {
        switch node {
        case .scalar(let scalar):
            let text = scalar.string
            guard scalar.style == .plain || scalar.style == .any else { return .string(text) }
            if let int = Int64(text) { return .int(int) }
            switch text {
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            case "null", "Null", "NULL", "~", "": return .null
            default: break
            }
            if text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }),
                text.unicodeScalars.allSatisfy({ "0123456789.eE+-".unicodeScalars.contains($0) }),
                let double = Double(text)
            {
                return .double(double)
            }
            return .string(text)
        case .mapping(let mapping):
            return .map(
                CELMap(pairs: mapping.map { (CELValue.string($0.key.scalar?.string ?? ""), celValue($0.value)) }))
        case .sequence(let sequence):
            return .list(sequence.map { celValue($0) })
        case .alias:
            return .null
        }
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ExpressionScanner.isIdentifierStart(first) else { return false }
        return text.unicodeScalars.allSatisfy(ExpressionScanner.isIdentifierPart)
    }
}
