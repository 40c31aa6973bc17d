import ArgumentParser
import Registry

/// Who signed a pledge (a credit pledge or a repair pledge): the operator's legal
/// representative, or an authorised agent who says so.
struct SignatoryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Who signed: the operator's legal representative, by name.", valueName: "name"))
    var signatory: String

    @Option(help: "The signatory's role (an authorised agent signs with a power of attorney).")
    var role: SignatoryRole = .legalRepresentative
}
