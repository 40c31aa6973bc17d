import ArgumentParser
import Registry

/// What an error thrown while parsing the command line holds, read so that it can be said in
/// the user's language: the command it was for, the kind of parse error, the option and value,
/// and an error of ours (a typed argument's `ArgumentValueError`, a `UserFacingError` thrown by
/// `validate()`) inside it.
///
/// ArgumentParser keeps its parse error type internal and renders it in English only, so it is
/// read here by reflection (`Mirror`): the case's name and its payload. If a later
/// ArgumentParser changes that shape, the fields come back empty, the message falls back to
/// ArgumentParser's own English, and `ParseFailureTests` fail.
struct ParseFailure {
    /// The commands from the root to the one being parsed (empty if not known).
    var commandStack: [any ParsableCommand.Type] = []
    /// ArgumentParser's name for the kind of error: `unableToParseValue`, `unknownOption`, …
    var caseName: String?
    /// The option as typed on the command line's syntax: `--radius`, `-h`.
    var optionName: String?
    /// The value ArgumentParser could not parse, as typed.
    var value: String?
    /// Our own error inside ArgumentParser's, if any.
    var userError: (any UserFacingError)?

    init(_ error: any Error) {
        if let own = error as? any UserFacingError {
            userError = own
            return
        }
        let top = Mirror(reflecting: error)
        guard
            let stack = top.children.first(where: { $0.label == "commandStack" })?.value as? [any ParsableCommand.Type],
            let parserError = top.children.first(where: { $0.label == "parserError" })?.value
        else { return }
        commandStack = stack
        read(parserError)
    }

    /// The command's path, `puhui search`, for the hint to its help.
    var commandPath: String {
        let names = commandStack.compactMap { command in command.configuration.commandName }
        return names.isEmpty ? "puhui" : names.joined(separator: " ")
    }

    private mutating func read(_ parserError: Any) {
        let mirror = Mirror(reflecting: parserError)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first else { return }
        caseName = payload.label
        let inner = Mirror(reflecting: payload.value)
        // A case with several values holds a tuple; with one, the value itself.
        let elements = inner.displayStyle == .tuple ? inner.children.map(\.value) : [payload.value]
        for element in elements {
            if userError == nil, let own = Self.unwrap(element) as? any UserFacingError { userError = own }
            if optionName == nil, let name = Self.optionName(element) { optionName = name }
        }
        if caseName == "unableToParseValue", elements.count > 2, let text = elements[2] as? String { value = text }
    }

    /// The value inside an `Optional`, else the value itself.
    private static func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    /// `--radius` for ArgumentParser's `Name.long("radius")` (optional or not), `-h` for a short
    /// name; nil for anything else.
    private static func optionName(_ value: Any) -> String? {
        guard let inner = unwrap(value) else { return nil }
        let mirror = Mirror(reflecting: inner)
        guard mirror.displayStyle == .enum, String(describing: type(of: inner)) == "Name",
            let payload = mirror.children.first
        else { return nil }
        switch payload.label {
        case "long": return (payload.value as? String).map { "--" + $0 }
        case "longWithSingleDash": return (payload.value as? String).map { "-" + $0 }
        case "short":
            let character =
                Mirror(reflecting: payload.value).children.first?.value as? Character ?? payload.value as? Character
            return character.map { "-" + String($0) }
        default: return nil
        }
    }
}
