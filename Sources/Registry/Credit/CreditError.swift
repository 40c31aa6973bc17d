/// Why a credit, review or inspection command was refused. Nothing was changed. `message` is in
/// both languages and names the field, the value and how to fix it; `description` is English.
public enum CreditError: UserFacingError, Equatable, CustomStringConvertible {
    /// No operator has this credit code.
    case operatorNotFound(String)
    /// No pledge, breach, blacklisting or review has this id.
    case recordNotFound(kind: LocalizedText, id: Int64)
    /// A district officer acting on an outlet (or operator's outlet) of another district.
    case outsideDistrict(officer: String, reason: LocalizedText)
    /// The signatory is not the operator's recorded legal representative.
    case signatoryMismatch(signatory: String, recorded: String, operatorName: String)
    /// A required text is empty (`--signatory`, `--evidence`, `--text`).
    case emptyText(option: String)
    /// No template of this kind is in use on the day.
    case noTemplate(kind: PledgeKind, on: LocalDate)
    /// The rule set has no value of a parameter on the day, or a value of the wrong shape.
    case parameter(name: String, on: LocalDate, reason: LocalizedText)
    /// `credit repair` before the blacklisting's minimum public period has run.
    case repairTooEarly(id: Int64, on: LocalDate, earliest: LocalDate)
    /// `credit repair` on a day the blacklisting is not active (ended, lapsed or not yet listed).
    case notActive(id: Int64, on: LocalDate, state: BlacklistingState, until: LocalDate)
    /// A date before the record it follows (a follow-up before the review, a withdrawal before
    /// the signature).
    case dateBefore(option: String, value: LocalDate, earliest: LocalDate, what: LocalizedText)
    /// A review score outside 1–5.
    case invalidScore(Int)
    /// A follow-up of a review that is not a bad one (3–5 need none).
    case notABadReview(id: Int64, score: Int)
    /// The review was already rectified.
    case alreadyRectified(id: Int64, on: LocalDate)
    /// The pledge was already withdrawn.
    case alreadyWithdrawn(id: Int64, on: LocalDate)
    /// `--on` is after today: a record cannot be made in advance.
    case futureDate(LocalDate, today: LocalDate)

    public var message: LocalizedText {
        switch self {
        case .operatorNotFound(let uscc):
            LocalizedText(
                zh: "没有统一社会信用代码为 \(uscc) 的运营主体（用 puhui export operators 查看）",
                en: "no operator with credit code \(uscc) (see puhui export operators)")
        case .recordNotFound(let kind, let id):
            LocalizedText(zh: "没有编号为 \(id) 的\(kind.zh)", en: "no \(kind.en) with id \(id)")
        case .outsideDistrict(_, let reason):
            reason
        case .signatoryMismatch(let signatory, let recorded, let name):
            LocalizedText(
                zh:
                    "--signatory “\(signatory)”不是\(name)登记的法定代表人“\(recorded)”：由法定代表人签署，或注明 --role authorised_agent（委托代理人）",
                en:
                    "--signatory \"\(signatory)\" is not \(name)'s recorded legal representative \"\(recorded)\": the legal representative signs, or give --role authorised_agent"
            )
        case .emptyText(let option):
            LocalizedText(zh: "\(option) 不能为空", en: "\(option) is empty: give the text")
        case .noTemplate(let kind, let date):
            LocalizedText(
                zh: "\(date) 没有可签署的\(kind.nameZH)文本（见 puhui pledge template；Seed/pledges/templates.csv 的 in_use_from）",
                en:
                    "no \(kind.nameEN) text is in use on \(date) (see puhui pledge template; in_use_from in Seed/pledges/templates.csv)"
            )
        case .parameter(let name, let date, let reason):
            LocalizedText(
                zh: "规则参数 \(name) 在 \(date) 无可用取值：\(reason.zh)（见 Seed/rules/nantong-inclusive.yaml）",
                en:
                    "rule parameter \(name) has no usable value on \(date): \(reason.en) (see Seed/rules/nantong-inclusive.yaml)"
            )
        case .repairTooEarly(let id, let date, let earliest):
            LocalizedText(
                zh: "--on \(date)：失信名单 \(id) 的最短公开期未满，最早可于 \(earliest) 申请信用修复",
                en:
                    "--on \(date): blacklisting \(id) is still within its minimum public period; credit repair is possible from \(earliest)"
            )
        case .notActive(let id, let date, let state, let until):
            LocalizedText(
                zh: "--on \(date)：失信名单 \(id) 当日不在公开期内（\(state.nameZH)，公开至 \(until)），无需修复",
                en:
                    "--on \(date): blacklisting \(id) is not listed on that day (\(state.nameEN), public until \(until)); there is nothing to repair"
            )
        case .dateBefore(let option, let value, let earliest, let what):
            LocalizedText(
                zh: "\(option) \(value) 早于\(what.zh)（\(earliest)），请写 \(earliest) 或以后的日期",
                en: "\(option) \(value) is before \(what.en) (\(earliest)); give \(earliest) or later")
        case .invalidScore(let score):
            LocalizedText(
                zh: "--score \(score) 无效：评价为 1–5（5 非常满意、4 满意、3 基本满意、2 不满意、1 非常不满意）",
                en: "--score \(score): a review scores 1–5 (5 very satisfied … 1 very dissatisfied)")
        case .notABadReview(let id, let score):
            LocalizedText(
                zh: "评价 \(id) 为 \(score) 分，不是差评（1–2 分），无需回访整改",
                en: "review \(id) scores \(score), not a bad review (1–2): it needs no follow-up")
        case .alreadyRectified(let id, let date):
            LocalizedText(zh: "评价 \(id) 已于 \(date) 整改完毕", en: "review \(id) was already rectified on \(date)")
        case .alreadyWithdrawn(let id, let date):
            LocalizedText(zh: "承诺 \(id) 已于 \(date) 撤回", en: "pledge \(id) was already withdrawn on \(date)")
        case .futureDate(let day, let today):
            LocalizedText(
                zh: "--on \(day) 晚于今天（\(today)）：不能预先登记，请写实际发生的日期",
                en:
                    "--on \(day) is after today (\(today)): a record cannot be made in advance; give the day it happened"
            )
        }
    }

    /// Who acts (another district) is not permitted; a missing record is not found; a day after
    /// today is a usage error (the command cannot take it at all); anything else is refused data.
    public var kind: FailureKind {
        switch self {
        case .outsideDistrict: .notPermitted
        case .operatorNotFound, .recordNotFound: .notFound
        case .futureDate: .usage
        default: .invalidData
        }
    }

    public var description: String { message.en }
}
