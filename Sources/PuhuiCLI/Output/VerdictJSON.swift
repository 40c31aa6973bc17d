import Foundation
import Registry
import Rules

/// The JSON of `puhui verify`, exactly as issue 4 specifies:
/// `{"ruleset": {"id", "version", "hash"}, "as_of", "outlets": [{"id", "eligible", "verdicts":
/// [{"rule", "result", "severity", "message", "explanation"}]}]}`. Written in pieces so that a run
/// over a million outlets streams.
enum VerdictJSON {
    struct RuleSetHeader: Encodable {
        let id: String
        let version: String
        let hash: String
    }

    struct Outlet: Encodable {
        let id: String
        let eligible: Bool
        let verdicts: [Verdict]

        init(_ outcome: OutletVerdicts) {
            id = outcome.subject
            eligible = outcome.eligible
            verdicts = outcome.verdicts
        }
    }

    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The whole document for a few outlets.
    static func document(_ ruleSet: CompiledRuleSet, asOf: LocalDate, outlets: [OutletVerdicts]) throws -> String {
        struct Document: Encodable {
            let ruleset: RuleSetHeader
            let asOf: String
            let outlets: [Outlet]
            enum CodingKeys: String, CodingKey {
                case ruleset, outlets
                case asOf = "as_of"
            }
        }
        let document = Document(
            ruleset: RuleSetHeader(id: ruleSet.id, version: ruleSet.version, hash: ruleSet.hash),
            asOf: asOf.description,
            outlets: outlets.map(Outlet.init))
        return String(decoding: try encoder(pretty: true).encode(document), as: UTF8.self)
    }

    /// One outlet on one line (for streaming).
    static func line(_ outcome: OutletVerdicts) throws -> String {
        String(decoding: try encoder(pretty: false).encode(Outlet(outcome)), as: UTF8.self)
    }

    /// The streamed document's head: `{"as_of":"…","outlets":[`; its tail `],"ruleset":{…}}`.
    static func streamHead(asOf: LocalDate) -> String {
        "{\"as_of\":\"\(asOf)\",\"outlets\":[\n"
    }

    static func streamTail(_ ruleSet: CompiledRuleSet) throws -> String {
        let header = String(
            decoding: try encoder(pretty: false).encode(
                RuleSetHeader(id: ruleSet.id, version: ruleSet.version, hash: ruleSet.hash)),
            as: UTF8.self)
        return "\n],\"ruleset\":\(header)}"
    }
}
