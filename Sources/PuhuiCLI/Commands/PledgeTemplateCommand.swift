import ArgumentParser
import Registry

/// `puhui pledge template [--kind pledge|repair] [--version N] [--as-of DATE]`.
struct PledgeTemplateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Print a pledge text (承诺书文本).",
        discussion: """
            Without --version, the version in use on the day (Seed/pledges/templates.csv).

            Examples:
              puhui pledge template
              puhui pledge template --kind repair
              puhui pledge template --version 1 --lang en
            """)

    @Option(help: "Which text.")
    var kind: PledgeKind = .pledge

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("A version number (else the one in use on the day).", valueName: "n"))
    var version: Int?

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var common: CommonOptions

    func run() async throws {
        let lang = common.language
        try await CommandRunner.run(lang) {
            let date = asOf.resolve()
            let templates = try PledgeTemplates.embedded()
            let chosen: PledgeTemplate?
            if let version {
                chosen = templates.all.first { $0.kind == kind && $0.version == version }
                guard chosen != nil else {
                    let known = templates.all.filter { $0.kind == kind }.map { String($0.version) }.joined(
                        separator: ", ")
                    throw CLIError.usage(
                        "--version \(version)：没有该版本（现有：\(known)）",
                        "--version \(version): no such version (there are: \(known))")
                }
            } else {
                chosen = templates.current(kind, on: date)
            }
            guard let template = chosen else { throw CreditError.noTemplate(kind: kind, on: date) }
            let until = template.acceptedUntil.map { lang.t("，有效至 \($0)", ", accepted until \($0)") } ?? ""
            Console.out(
                lang.t(
                    "\(template.id) 第\(template.version)版，\(template.inUseFrom) 起使用\(until)；SHA-256 \(template.sha256)",
                    "\(template.id) version \(template.version), in use from \(template.inUseFrom)\(until); SHA-256 \(template.sha256)"
                ))
            Console.out("\n" + template.text)
        }
    }
}
