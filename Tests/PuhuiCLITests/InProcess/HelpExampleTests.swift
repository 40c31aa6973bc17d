import ArgumentParser
import Foundation
import Testing

@testable import PuhuiCLI

/// Every command's help examples can be copied and pasted: at the 80 columns help is rendered
/// in when not on a terminal, each example is one line (none wraps in the middle of a command)
/// and it parses through the command tree, `validate()` included.
@Suite("Help examples")
struct HelpExampleTests {
    /// Every command in the tree, the root first.
    static let commands: [any ParsableCommand.Type] = {
        var found: [any ParsableCommand.Type] = []
        func walk(_ command: any ParsableCommand.Type) {
            found.append(command)
            command.configuration.subcommands.forEach(walk)
        }
        walk(Puhui.self)
        return found
    }()

    static var commandNames: [String] { commands.map { String(describing: $0) } }

    @Test func everyCommandHasAnExample() {
        let without = Self.commands.filter { Self.examples(of: $0).isEmpty }.map { String(describing: $0) }
        #expect(without.isEmpty, "no examples in the help of \(without)")
    }

    @Test(arguments: commandNames)
    func examplesAreOneLineThatParses(_ name: String) throws {
        let command = try #require(Self.commands.first { String(describing: $0) == name })
        for line in Self.examples(of: command) {
            // Another program's line (serve's curl) is not ours to parse; a wrapped line of ours
            // would not begin with a program's name at all.
            guard line.hasPrefix("puhui ") else {
                #expect(line.hasPrefix("curl "), "\(name): \"\(line)\" is not a command (wrapped?)")
                continue
            }
            let words = try ShellWords.split(line)
            do {
                _ = try Puhui.parseAsRoot(Array(words.dropFirst()))
            } catch {
                Issue.record("\(name): \(line)\n  \(Puhui.message(for: error))")
            }
        }
    }

    @Test func theSplitterReadsQuotesAndStopsAtRedirection() throws {
        #expect(
            try ShellWords.split(#"puhui a --by "居民 李某" 'x y' > out.csv"#) == ["puhui", "a", "--by", "居民 李某", "x y"])
        #expect(try ShellWords.split("puhui stats | head") == ["puhui", "stats"])
        #expect(throws: ShellWords.Unclosed.self) { try ShellWords.split(#"puhui a "open"#) }
    }

    /// The lines of the help's "Examples:" block as rendered at 80 columns, unindented.
    static func examples(of command: any ParsableCommand.Type) -> [String] {
        let lines = Puhui.helpMessage(for: command, columns: 80).split(
            separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "Examples:" }) else {
            return []
        }
        return lines[(start + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }
}

/// A command line split as a POSIX shell splits it, enough for help examples: words separated
/// by blanks, '…' and "…" quoting, a backslash escaping the next character; the words end at an
/// unquoted `>`, `|` or `#` (redirection, a pipe, a comment).
enum ShellWords {
    struct Unclosed: Error {}

    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                word.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else {
                    word.append(character)
                }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            case " ", "\t":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case ">", "|":
                if inWord { words.append(word) }
                return words
            case "#" where !inWord:
                return words
            default:
                word.append(character)
                inWord = true
            }
        }
        if quote != nil || escaped { throw Unclosed() }
        if inWord { words.append(word) }
        return words
    }
}
