import Foundation
import PuhuiFuzzTargets
import Testing

/// The fuzz targets in the test suite (docs/FUZZING.md): every kept corpus input — each crash
/// or limit bug found, and the seeds — replays, then a short seeded mutation run explores around
/// them. The same seed gives the same inputs, so a failure here reproduces; long runs with
/// coverage guidance are `Scripts/fuzz.sh`'s.
@Suite("fuzz targets: corpus and a seeded run")
struct SeededFuzzTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static func inputs(_ target: FuzzTarget) throws -> [(name: String, bytes: [UInt8])] {
        let folder = corpus.appendingPathComponent(target.rawValue)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            (name, [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func theCorpusReplays(target: FuzzTarget) throws {
        let inputs = try Self.inputs(target)
        #expect(inputs.count >= 5)
        for input in inputs {
            let started = Date()
            do {
                try target.run(input.bytes)
            } catch {
                Issue.record("\(target.rawValue)/\(input.name): \(error)")
            }
            // Every limit trips within a second (docs/LIMITS.md); generous for a debug build.
            #expect(Date().timeIntervalSince(started) < 5, "\(target.rawValue)/\(input.name)")
        }
    }

    /// SplitMix64: a tiny seeded generator, so a run is reproducible.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
    }

    /// Pieces that matter to the parsers: separators, quotes, YAML anchors and aliases, CEL
    /// operators, control characters, multi-byte text.
    static let fragments: [[UInt8]] = [
        ",", "\"", "\"\"", "\n", "\r\n", "\r", "\u{0}", "\t", "\u{FEFF}", "名", "😀", ":", "- ", "&a ", "*a", "[", "]",
        "{", "}", "'", "|", ">-", "#", "!!", "---", "(", ")", ".", "&&", "||", "?", "9223372036854775808", "size(",
        ".map(x, ", ".all(x, ", "has(", "\u{202E}", "\u{FF11}", "2099-01-01", "NT-0001", "-1", "1e999",
    ].map { Array($0.utf8) }

    static func mutate(_ input: [UInt8], _ generator: inout Generator) -> [UInt8] {
        var bytes = input
        for _ in 0...generator.below(4) {
            switch generator.below(5) {
            case 0 where !bytes.isEmpty:
                bytes[generator.below(bytes.count)] = UInt8(truncatingIfNeeded: generator.next())
            case 1:
                bytes.insert(
                    contentsOf: fragments[generator.below(fragments.count)], at: generator.below(bytes.count + 1))
            case 2 where bytes.count > 1:
                let start = generator.below(bytes.count)
                bytes.removeSubrange(start..<min(bytes.count, start + 1 + generator.below(16)))
            case 3 where !bytes.isEmpty:
                let start = generator.below(bytes.count)
                let piece = bytes[start..<min(bytes.count, start + 1 + generator.below(32))]
                bytes.insert(contentsOf: piece, at: generator.below(bytes.count + 1))
            default:
                bytes.append(contentsOf: fragments[generator.below(fragments.count)])
            }
        }
        return bytes
    }

    @Test(arguments: FuzzTarget.allCases)
    func aSeededRunFindsNothing(target: FuzzTarget) throws {
        let seeds = try Self.inputs(target).map(\.bytes).filter { $0.count < 4_096 }
        var generator = Generator(state: 0x5EED_0000 + UInt64(target.rawValue.utf8.count))
        let runs = target == .csv ? 500 : 1_500
        for _ in 0..<runs {
            let input = Self.mutate(seeds[generator.below(seeds.count)], &generator)
            do {
                try target.run(input)
            } catch {
                Issue.record(
                    "\(target.rawValue): \(error) on \(input.count) bytes: \(input.prefix(200).map { String($0) })")
                return
            }
        }
    }
}
