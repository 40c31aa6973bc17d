/// What kind of failure an error is: one classification for the command line's exit status
/// (sysexits.h) and the HTTP service's status code, so the two can never disagree.
public enum FailureKind: String, Sendable, CaseIterable, Codable {
    /// The command or request was used wrongly: a missing or malformed option, a future day.
    case usage
    /// The data given is not acceptable: a bad value, a refused import, a step not allowed now.
    case invalidData
    /// An input file does not exist or is not what it should be (no registry, no key file).
    case missingInput
    /// The thing asked for does not exist (an outlet, a badge, an operator, a record).
    case notFound
    /// Who is asking may not do this: no officer, an unknown or inactive one, another district.
    case notPermitted
    /// The thing to create exists already (a key file, an officer id).
    case alreadyExists
    /// Reading or writing a file or the database failed.
    case io
    /// The program itself is broken (a missing embedded file, a rule-set parameter missing).
    case internalFault

    /// The exit status of the command line (sysexits.h).
    public var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .invalidData: 65
        case .missingInput: 66
        case .notFound: 69
        case .internalFault: 70
        case .alreadyExists: 73
        case .io: 74
        case .notPermitted: 77
        }
    }

    /// The HTTP status of the service (RFC 9110).
    public var httpStatus: Int {
        switch self {
        case .usage: 400
        case .invalidData: 422
        case .missingInput: 404
        case .notFound: 404
        case .notPermitted: 403
        case .alreadyExists: 409
        case .io: 503
        case .internalFault: 500
        }
    }
}
