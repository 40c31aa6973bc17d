import CEL
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

    mutating func report(line: Int, column: Int, _ message: String) {
        let sourceLine = line >= 1 && line <= lines.count ? lines[line - 1] : ""
        let diagnostic = RuleDiagnostic(
            file: fileName, line: line, column: max(1, column), message: message, sourceLine: sourceLine)
        if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
    }

    mutating func report(_ node: Node, _ message: String) {
        let mark = node.mark
        report(line: mark?.line ?? 1, column: mark?.column ?? 1, message)
    }

    mutating func reportYAML(_ error: any Error) {
        switch error {
        case YamlError.scanner(let context, let problem, let mark, _),
            YamlError.parser(let context, let problem, let mark, _),
            YamlError.composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            report(line: mark.line, column: mark.column, "YAML syntax: \(problem)\(detail)")
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            report(
                line: context.mark.line, column: context.mark.column,
                "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in this mapping")
        case YamlError.reader(let problem, _, _, _):
            report(line: 1, column: 1, "unreadable text: \(problem)")
        default:
            report(line: 1, column: 1, "YAML: \(error)")
        }
    }

    // MARK: - The file

    mutating func load() -> Parts? {
        guard let root = composeWithinLimits(
            emptyMessage: "the file is empty: a rule file needs ruleset, version, title and rules")
        else { return nil }
        guard let top = mapping(root, "the rule file") else { return nil }
        var id: String?
        var version: String?
        var title: RuleText?
        var parameterNode: Node?
        var ruleNodes: Node?
        var testNodes: Node?
        for (key, value) in top {
            guard let name = keyName(key) else { continue }
            switch name {
            case "ruleset": id = identifier(value, "ruleset")
            case "version": version = string(value, "version")
            case "title": title = ruleText(value, "title")
            case "parameters": parameterNode = value
            case "rules": ruleNodes = value
            case "tests": testNodes = value
            default: report(key, "unknown key '\(name)' (expected ruleset, version, title, parameters, rules, tests)")
            }
        }
        if id == nil, !top.contains(where: { $0.key.string == "ruleset" }) { report(root, "missing 'ruleset' (the rule set's id)") }
        if version == nil, !top.contains(where: { $0.key.string == "version" }) { report(root, "missing 'version'") }
        let parameters = parameterNode.map { loadParameters($0) } ?? []
        var rules: [Rule] = []
        if let ruleNodes {
            rules = loadRules(ruleNodes, parameters: parameters)
            declaredRuleIDs = Set(ruleNodes.sequence?.compactMap { $0["id"]?.scalar?.string } ?? [])
        } else {
            report(root, "missing 'rules'")
        }
        let tests = testNodes.map { loadTests($0, rules: rules) } ?? []
        guard let id, let version else { return nil }
        return Parts(
            id: id, version: version, title: title ?? RuleText(zh: id, en: id), parameters: parameters, rules: rules,
            tests: tests)
    }

    // MARK: - Parameters

    mutating func loadParameters(_ node: Node) -> [RuleParameter] {
        guard let entries = mapping(node, "parameters") else { return [] }
        var out: [RuleParameter] = []
        for (key, value) in entries {
            guard let name = keyName(key) else { continue }
            guard Self.isIdentifier(name) else {
                report(key, "parameter name '\(name)' must be an identifier (letters, digits, _)")
                continue
            }
            guard let fields = mapping(value, "parameter '\(name)'") else { continue }
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
                default: report(fieldKey, "unknown key '\(field)' in parameter '\(name)' (expected title, values)")
                }
            }
            if !sawValues { report(value, "parameter '\(name)' has no 'values'") }
            out.append(RuleParameter(name: name, title: title, values: values.sorted { $0.from < $1.from }))
        }
        return out
    }

    mutating func loadParameterValues(_ node: Node, parameter: String) -> [ParameterValue] {
        guard let items = sequence(node, "values of '\(parameter)'") else { return [] }
        var out: [ParameterValue] = []
        var days: [LocalDate: Int] = [:]
        for item in items {
            guard let fields = mapping(item, "a value of '\(parameter)'") else { continue }
            var from: LocalDate?
            var value: CELValue?
            var basis: String?
            for (key, fieldValue) in fields {
                guard let field = keyName(key) else { continue }
                switch field {
                case "from":
                    from = date(fieldValue, "from")
                    if let from, let line = days[from] {
                        report(fieldValue, "'\(parameter)' already has a value from \(from) (line \(line))")
                    } else if let from {
                        days[from] = fieldValue.mark?.line ?? 0
                    }
                case "value": value = celValue(fieldValue)
                case "basis": basis = string(fieldValue, "basis")
                default: report(key, "unknown key '\(field)' in a parameter value (expected from, value, basis)")
                }
            }
            if !fields.contains(where: { $0.key.string == "from" }) { report(item, "a value of '\(parameter)' needs 'from' (YYYY-MM-DD)") }
            if value == nil { report(item, "a value of '\(parameter)' needs 'value'") }
            if !fields.contains(where: { $0.key.string == "basis" }) { report(item, "a value of '\(parameter)' needs 'basis' (its legal basis)") }
            if let from, let value {
                out.append(ParameterValue(from: from, value: value, basis: basis ?? ""))
            }
        }
        return out
    }

    // MARK: - Rules

    mutating func loadRules(_ node: Node, parameters: [RuleParameter]) -> [Rule] {
        guard let items = sequence(node, "rules") else { return [] }
        var out: [Rule] = []
        var firstLine: [String: Int] = [:]
        for item in items {
            guard let fields = mapping(item, "a rule") else { continue }
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
                    id = string(value, "id")
                    if let ruleID = id {
                        if let line = firstLine[ruleID] {
                            report(value, "duplicate rule id '\(ruleID)' (first at line \(line))")
                        } else {
                            firstLine[ruleID] = value.mark?.line ?? 0
                        }
                    }
                case "title": title = ruleText(value, "title")
                case "basis": basis = string(value, "basis")
                case "severity":
                    if let text = string(value, "severity") {
                        severity = Severity(rawValue: text)
                        if severity == nil { report(value, "unknown severity '\(text)' (block, warn or info)") }
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
                        "unknown key '\(field)' in a rule (expected id, title, basis, severity, applies_to, effective, when, check, message)")
                }
            }
            let name = id.map { "rule '\($0)'" } ?? "a rule"
            if id == nil, !fields.contains(where: { $0.key.string == "id" }) { report(item, "a rule needs an 'id'") }
            if basis == nil, !fields.contains(where: { $0.key.string == "basis" }) { report(item, "\(name) needs a 'basis' (its legal basis)") }
            if !fields.contains(where: { $0.key.string == "severity" }) { report(item, "\(name) needs a 'severity' (block, warn or info)") }
            if checkNode == nil { report(item, "\(name) has no 'check'") }
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
        } else if let items = sequence(node, "applies_to") {
            entries = items
        } else {
            return ([], nil)
        }
        var names: [String] = []
        var kinds: Set<String> = []
        for entry in entries {
            guard let name = string(entry, "applies_to") else { continue }
            guard let expanded = vocabulary.expand(name) else {
                let known = (vocabulary.groups.keys.sorted() + vocabulary.kinds).joined(separator: ", ")
                report(entry, "unknown kind or group '\(name)' in applies_to (known: \(known))")
                continue
            }
            names.append(name)
            kinds.formUnion(expanded)
        }
        return (names, names.isEmpty ? nil : kinds)
    }

    mutating func loadEffective(_ node: Node) -> (LocalDate?, LocalDate?) {
        guard let fields = mapping(node, "effective") else { return (nil, nil) }
        var from: LocalDate?
        var to: LocalDate?
        for (key, value) in fields {
            guard let field = keyName(key) else { continue }
            switch field {
            case "from": from = date(value, "effective from")
            case "to": to = date(value, "effective to")
            default: report(key, "unknown key '\(field)' in effective (expected from, to)")
            }
        }
        if let from, let to, to < from {
            report(node, "effective 'to' \(to) is before 'from' \(from)")
        }
        return (from, to)
    }

    /// Compiles one expression, reporting CEL syntax errors, unknown facts and unknown
    /// parameters at their position in the YAML file.
    mutating func expression(_ node: Node, _ field: String, parameters: [RuleParameter]) -> RuleExpression? {
        guard case .scalar(let scalar) = node else {
            report(node, "'\(field)' must be a CEL expression (a string)")
            return nil
        }
        let source = scalar.string
        if source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            report(node, "'\(field)' is empty")
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
            report(line: line, column: column, "CEL \(error.kind.rawValue) in '\(field)': \(error.message)")
            return nil
        } catch {
            report(node, "CEL error in '\(field)': \(error)")
            return nil
        }
        let scanner = ExpressionScanner(source)
        var ok = true
        let position = ScalarPosition(scalar: scalar, lines: lines)
        for (name, offset) in scanner.rootReferences() where !vocabulary.factRoots.contains(name) {
            let (line, column) = position.position(ofOffset: offset, celLine: nil, celColumn: nil)
            report(line: line, column: column, "unknown fact '\(name)' in '\(field)' (facts: \(vocabulary.factRoots.joined(separator: ", ")))")
            ok = false
        }
        let known = Set(parameters.map(\.name))
        let read = scanner.parameterReferences()
        for (name, offset) in read where !known.contains(name) {
            let (line, column) = position.position(ofOffset: offset, celLine: nil, celColumn: nil)
            let list = parameters.isEmpty ? "none declared" : parameters.map(\.name).joined(separator: ", ")
            report(line: line, column: column, "unknown parameter '\(name)' in '\(field)' (parameters: \(list))")
            ok = false
        }
        guard ok else { return nil }
        let operands = scanner.topLevelOperands().map { (op: $0.op, ranges: $0.operands) }
        return RuleExpression(text: source, run: run, runTraced: runTraced, parameters: read.map(\.name), operands: operands)
    }

    // MARK: - Tests

    mutating func loadTests(_ node: Node, rules: [Rule]) -> [RuleSetTest] {
        guard let items = sequence(node, "tests") else { return [] }
        let ruleIDs = declaredRuleIDs.union(rules.map(\.id))
        var out: [RuleSetTest] = []
        for item in items {
            guard let fields = mapping(item, "a test") else { continue }
            var name: String?
            var asOf: LocalDate?
            var facts: [String: CELValue] = [:]
            var expectations: [(String, VerdictResult)] = []
            for (key, value) in fields {
                guard let field = keyName(key) else { continue }
                switch field {
                case "name": name = string(value, "name")
                case "as_of": asOf = date(value, "as_of")
                case "facts":
                    guard let roots = mapping(value, "facts") else { continue }
                    for (rootKey, rootValue) in roots {
                        guard let root = keyName(rootKey) else { continue }
                        if root == "params" || root == "as_of" {
                            report(rootKey, "'\(root)' comes from the test's as_of and the parameters; do not give it in facts")
                        } else if !vocabulary.factRoots.contains(root) {
                            report(rootKey, "unknown fact '\(root)' (facts: \(vocabulary.factRoots.joined(separator: ", ")))")
                        } else {
                            facts[root] = celValue(rootValue)
                        }
                    }
                case "expect":
                    guard let entries = mapping(value, "expect") else { continue }
                    for (ruleKey, resultNode) in entries {
                        guard let ruleID = keyName(ruleKey) else { continue }
                        if !ruleIDs.contains(ruleID) {
                            report(ruleKey, "test expects a verdict of unknown rule '\(ruleID)'")
                            continue
                        }
                        guard let text = string(resultNode, "expected result") else { continue }
                        guard let result = VerdictResult(rawValue: text) else {
                            report(resultNode, "unknown result '\(text)' (pass, fail, not_applicable or error)")
                            continue
                        }
                        expectations.append((ruleID, result))
                    }
                default: report(key, "unknown key '\(field)' in a test (expected name, as_of, facts, expect)")
                }
            }
            if !fields.contains(where: { $0.key.string == "as_of" }) { report(item, "a test needs 'as_of' (YYYY-MM-DD)") }
            if !fields.contains(where: { $0.key.string == "expect" }) { report(item, "a test needs 'expect'") }
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
            report(key, "a key must be a plain name")
            return nil
        }
        return name
    }

    mutating func mapping(_ node: Node, _ what: String) -> Node.Mapping? {
        if case .mapping(let m) = node { return m }
        report(node, "\(what) must be a mapping (key: value)")
        return nil
    }

    mutating func sequence(_ node: Node, _ what: String) -> [Node]? {
        if case .sequence(let s) = node { return Array(s) }
        report(node, "\(what) must be a list (- item)")
        return nil
    }

    mutating func string(_ node: Node, _ what: String) -> String? {
        guard let scalar = node.scalar else {
            report(node, "'\(what)' must be text")
            return nil
        }
        return scalar.string
    }

    mutating func identifier(_ node: Node, _ what: String) -> String? {
        guard let text = string(node, what) else { return nil }
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ ExpressionScanner.isIdentifierPart($0) || $0 == "-" || $0 == "." })
        else {
            report(node, "'\(what)' must be letters, digits, '-', '_' or '.', not '\(text)'")
            return nil
        }
        return text
    }

    mutating func date(_ node: Node, _ what: String) -> LocalDate? {
        guard let text = string(node, what) else { return nil }
        guard let day = LocalDate(iso: text) else {
            report(node, "bad date '\(text)' in '\(what)': write YYYY-MM-DD, a day that exists")
            return nil
        }
        return day
    }

    mutating func ruleText(_ node: Node, _ what: String) -> RuleText? {
        if let scalar = node.scalar { return RuleText(zh: scalar.string, en: scalar.string) }
        guard let fields = mapping(node, what) else { return nil }
        var zh = ""
        var en = ""
        for (key, value) in fields {
            guard let field = keyName(key) else { continue }
            switch field {
            case "zh": zh = string(value, "\(what).zh") ?? ""
            case "en": en = string(value, "\(what).en") ?? ""
            default: report(key, "unknown language '\(field)' in \(what) (expected zh, en)")
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
                text.unicodeScalars.allSatisfy({ "0123456789.eE+-".unicodeScalars.contains($0) }), let double = Double(text)
            {
                return .double(double)
            }
            return .string(text)
        case .mapping(let mapping):
            return .map(CELMap(pairs: mapping.map { (CELValue.string($0.key.scalar?.string ?? ""), celValue($0.value)) }))
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
