import ArgumentParser
import Foundation
import Registry
import Rules

/// Reading a rule set for the `rules` and `verify` commands: a file given by the user, or the
/// default rule set embedded in the binary. A broken file prints every diagnostic
/// (`FILE:LINE:COLUMN: error: …`, the source line, a caret) on stderr and exits 65.
enum RulesFile {
    static func load(_ path: String?, _ lang: Language) throws -> CompiledRuleSet {
        do {
            guard let path else { return try DefaultRuleSet.load() }
            try CLIError.requireFile(path)
            // At most one byte past the size limit is read: the loader refuses what is longer.
            guard let handle = FileHandle(forReadingAtPath: path),
                let data = try? handle.read(upToCount: RuleFileLimits.maximumBytes + 1)
            else {
                throw CLIError.cannotRead(path, lang.t("无法打开", "cannot open"))
            }
            try? handle.close()
            return try CompiledRuleSet.compile(data: data, fileName: path)
        } catch let error as RuleSetError {
            for diagnostic in error.diagnostics { Console.err(diagnostic.rendered(lang)) }
            let count = error.diagnostics.count
            Console.err(
                lang.t(
                    "规则文件有 \(count) 处错误，未能使用。",
                    "\(count) error\(count == 1 ? "" : "s") in the rule file; it was not used."))
            throw ExitCode(65)
        }
    }

}
