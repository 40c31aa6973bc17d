import PuhuiCore
import Yams

extension RuleSetLoader {
    /// Composes the file's YAML within `RuleFileLimits`: nil, with a diagnostic, when the file
    /// is empty (`emptyMessage`), malformed, too large, or expands past the node or depth limit.
    mutating func composeWithinLimits(emptyMessage: LocalizedText) -> Node? {
        let bytes = text.utf8.count
        guard bytes <= RuleFileLimits.maximumBytes else {
            report(
                line: 1, column: 1,
                LocalizedText(
                    zh: "文件有 \(bytes) 字节，超过上限 \(RuleFileLimits.maximumBytes)（1 MiB，见 docs/LIMITS.md）",
                    en:
                        "the file has \(bytes) bytes, more than the limit of \(RuleFileLimits.maximumBytes) (1 MiB, docs/LIMITS.md)"
                ))
            return nil
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                report(line: 1, column: 1, emptyMessage)
                return nil
            }
            root = node
        } catch {
            reportYAML(error)
            return nil
        }
        guard checkSize(root) else { return nil }
        return root
    }

    /// Walks the composed document, every alias expanded, and stops at the first node past a
    /// limit: the walk costs at most `maximumNodes` steps whatever the aliases would expand to.
    mutating func checkSize(_ root: Node) -> Bool {
        var pending: [(node: Node, depth: Int)] = [(root, 1)]
        var count = 0
        while let (node, depth) = pending.popLast() {
            count += 1
            if count > RuleFileLimits.maximumNodes {
                report(
                    node,
                    LocalizedText(
                        zh:
                            "文档展开后超过 \(RuleFileLimits.maximumNodes) 个值（见 docs/LIMITS.md）：别名（*名称）会重复其锚点（&名称）的内容，嵌套的别名成倍增长；请直接写出取值或少用别名",
                        en:
                            "the document expands to more than \(RuleFileLimits.maximumNodes) values (docs/LIMITS.md): aliases (*name) repeat what their anchor (&name) holds, and nested aliases multiply; write the values out or use fewer aliases"
                    ))
                return false
            }
            if depth > RuleFileLimits.maximumDepth {
                report(
                    node,
                    LocalizedText(
                        zh: "嵌套超过 \(RuleFileLimits.maximumDepth) 层（见 docs/LIMITS.md）：规则文件只需几层",
                        en:
                            "nested more than \(RuleFileLimits.maximumDepth) levels deep (docs/LIMITS.md): a rule file needs a handful"
                    ))
                return false
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping.reversed() {
                    pending.append((value, depth + 1))
                    pending.append((key, depth + 1))
                }
            case .sequence(let sequence):
                for item in sequence.reversed() { pending.append((item, depth + 1)) }
            case .scalar, .alias:
                break
            }
        }
        return true
    }
}
