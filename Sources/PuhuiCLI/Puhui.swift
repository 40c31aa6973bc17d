import ArgumentParser

/// The `puhui` command tree: the registry of inclusive (普惠) elder-care and childcare outlets.
public struct Puhui: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "puhui",
        abstract: "The registry of inclusive (普惠) elder-care and childcare outlets."
    )

    public init() {}
}
