import Crypto
import Foundation
import PuhuiResources

/// A versioned pledge text (Seed/pledges/, listed in `templates.csv`): what a signatory signs.
/// A pledge records the template's id, version and the SHA-256 of its bytes, so the text
/// signed can always be shown and proven unchanged. A version is in use from `inUseFrom` and
/// still accepted (a pledge signed on it stays current) until `acceptedUntil`, when given.
public struct PledgeTemplate: Sendable, Equatable {
    /// `credit-pledge` or `repair-pledge`.
    public let id: String
    public let version: Int
    public let kind: PledgeKind
    /// The file's path among the embedded files, e.g. `Seed/pledges/credit-pledge-v1.md`.
    public let path: String
    /// The first day the version may be signed.
    public let inUseFrom: LocalDate
    /// The last day a pledge on this version counts as current (nil: no end yet).
    public let acceptedUntil: LocalDate?
    /// The text (UTF-8 Markdown, Chinese with an English gloss).
    public let text: String
    /// SHA-256 of the file's bytes, lowercase hex.
    public let sha256: String

    /// Whether a pledge signed on this version is still accepted on `date`.
    public func isAccepted(on date: LocalDate) -> Bool {
        acceptedUntil.map { date <= $0 } ?? true
    }

    /// SHA-256 of `data`, lowercase hex.
    static func hash(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}

/// The pledge templates compiled into the program.
public struct PledgeTemplates: Sendable {
    public static let indexPath = "Seed/pledges/templates.csv"

    public let all: [PledgeTemplate]

    /// Reads the index and every file it names; a bad row or a missing file is an error naming it.
    public static func embedded() throws -> PledgeTemplates {
        guard let index = Resources.text(indexPath) else { throw RegistryError.missingResource(indexPath) }
        return try PledgeTemplates(index: index, file: indexPath) { Resources.data($0) }
    }

    init(index: String, file: String, read: (String) -> Data?) throws {
        let table = try ReferenceData.Table(
            file: file, text: index,
            required: ["template_id", "version", "kind", "file", "in_use_from", "accepted_until"])
        var templates: [PledgeTemplate] = []
        for row in table {
            let id = try row.text("template_id")
            guard let version = try row.optionalInt("version"), version >= 1 else {
                throw row.fail("version", "required: a version number from 1")
            }
            guard let kind = PledgeKind(rawValue: try row.text("kind")) else {
                throw row.fail("kind", "neither pledge nor repair")
            }
            let name = try row.text("file")
            let path = "Seed/pledges/" + name
            guard let data = read(path), let text = String(data: data, encoding: .utf8) else {
                throw row.fail("file", "\(path) is not an embedded UTF-8 file")
            }
            guard let inUseFrom = try? LocalDate(parsing: try row.text("in_use_from")) else {
                throw row.fail("in_use_from", "not a date (YYYY-MM-DD)")
            }
            var acceptedUntil: LocalDate?
            if let until = row.optional("accepted_until") {
                guard let date = try? LocalDate(parsing: until) else {
                    throw row.fail("accepted_until", "not a date (YYYY-MM-DD)")
                }
                acceptedUntil = date
            }
            if templates.contains(where: { $0.id == id && $0.version == version }) {
                throw row.fail("version", "\(id) version \(version) is listed twice")
            }
            templates.append(
                PledgeTemplate(
                    id: id, version: version, kind: kind, path: path, inUseFrom: inUseFrom,
                    acceptedUntil: acceptedUntil,
                    text: text, sha256: PledgeTemplate.hash(data)))
        }
        all = templates
    }

    /// The version to sign on `date`: the latest of this kind in use on that day.
    public func current(_ kind: PledgeKind, on date: LocalDate) -> PledgeTemplate? {
        all.filter { $0.kind == kind && $0.inUseFrom <= date }.max {
            ($0.inUseFrom, $0.version) < ($1.inUseFrom, $1.version)
        }
    }

    /// A template by id and version.
    public func template(id: String, version: Int) -> PledgeTemplate? {
        all.first { $0.id == id && $0.version == version }
    }
}
