import CEL
import Rules

/// The recognition workflow's dated parameters, read from a rule set as of a step's day
/// (Seed/rules/nantong-inclusive.yaml): each with its value and basis.
public struct RecognitionParameters: Sendable {
    /// A value in force with its basis.
    public struct Reading: Sendable, Equatable {
        public let name: String
        public let value: Int
        public let from: String
        public let basis: String

        /// `name=value (from FROM; basis)`, as recorded in an event's basis.
        public var cited: String { "\(name)=\(value)（\(from) 起；\(basis)）" }
    }

    static let noticeName = "recognition_notice_working_days"
    static let validityName = "recognition_validity_months"
    static let reviewWindowName = "recognition_review_window_days"

    /// 公示期（工作日）
    public let noticeWorkingDays: Reading
    /// 认定有效期（月）
    public let validityMonths: Reading
    /// 复核最早可提前天数
    public let reviewWindowDays: Reading

    /// Reads the parameters in force on `day`; throws `parameterMissing` for one without a value.
    public init(_ ruleSet: CompiledRuleSet, on day: LocalDate) throws {
        let date = day
        func read(_ name: String) throws -> Reading {
            guard let value = ruleSet.parameter(name)?.value(on: date), let number = value.value.intValue,
                number >= 0, number <= 1200
            else { throw RecognitionError.parameterMissing(name: name, on: day) }
            return Reading(name: name, value: Int(number), from: value.from.description, basis: value.basis)
        }
        noticeWorkingDays = try read(Self.noticeName)
        validityMonths = try read(Self.validityName)
        reviewWindowDays = try read(Self.reviewWindowName)
    }
}
