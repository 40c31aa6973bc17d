/// Why a recognition step was refused. Nothing was changed. `message` is in both languages.
public enum RecognitionError: UserFacingError, Equatable, CustomStringConvertible {
    /// The step is not allowed from the current status.
    case illegalTransition(
        outlet: String, status: CertificationStatus?, action: RecognitionAction, allowed: [RecognitionAction])
    /// The step's day is after today.
    case futureDate(LocalDate, today: LocalDate)
    /// The step's day is before the recognition's previous step.
    case beforePreviousStep(LocalDate, previous: LocalDate, action: RecognitionAction)
    /// A decision before the public notice is over.
    case noticeNotOver(outlet: String, lastDay: LocalDate, earliest: LocalDate)
    /// An objection outside the notice period.
    case outsideNotice(outlet: String, from: LocalDate, lastDay: LocalDate)
    /// An approval with objections on record needs a reason saying how they were resolved.
    case objectionsNeedReason(outlet: String, count: Int)
    /// The attached verification run has failing or erring block rules and no override was given.
    case blockRulesFail(outlet: String, run: Int64, rules: [String])
    /// No verification run has been attached (a notice needs a review first).
    case noRunAttached(outlet: String)
    /// The run does not exist or did not cover the outlet.
    case runDoesNotCoverOutlet(run: Int64, outlet: String)
    /// A periodic review outside its window.
    case renewalOutsideWindow(outlet: String, validTo: LocalDate, earliest: LocalDate)
    /// An expiry recorded before the validity ended.
    case notLapsed(outlet: String, validTo: LocalDate)
    /// The officer acts for another district.
    case outsideDistrict(officer: String, outlet: String, reason: LocalizedText)
    /// A required text (reason, objection, override) is empty.
    case missingText(field: String)
    /// A parameter the step needs has no value in force on the day.
    case parameterMissing(name: String, on: LocalDate)
    /// No badge has this number.
    case badgeNotFound(String)
    /// The badge was already voided.
    case badgeVoided(String, on: LocalDate)

    public var message: LocalizedText {
        switch self {
        case .illegalTransition(let outlet, let status, let action, let allowed):
            let now =
                status.map {
                    LocalizedText(
                        zh: "网点 \(outlet) 的认定当前为“\($0.nameZH)”",
                        en: "outlet \(outlet)'s recognition is \"\($0.rawValue)\"")
                } ?? LocalizedText(zh: "网点 \(outlet) 没有在办的认定", en: "outlet \(outlet) has no recognition in progress")
            let next = allowed.map { "\($0.command)" }
            return LocalizedText(
                zh: "\(now.zh)，不能\(action.nameZH)。可办理：\(next.joined(separator: "；"))",
                en: "\(now.en): \(action.nameEN) is not allowed. Allowed next: \(next.joined(separator: "; "))")
        case .futureDate(let day, let today):
            return LocalizedText(
                zh: "--on \(day) 晚于今天（\(today)）：不能预先登记，请在当天或之后办理",
                en: "--on \(day) is after today (\(today)): a step cannot be recorded in advance")
        case .beforePreviousStep(let day, let previous, let action):
            return LocalizedText(
                zh: "--on \(day) 早于该认定上一步（\(action.nameZH)，\(previous)）：请写 \(previous) 或之后的日期",
                en:
                    "--on \(day) is before the recognition's previous step (\(action.nameEN) on \(previous)); give \(previous) or later"
            )
        case .noticeNotOver(let outlet, let lastDay, let earliest):
            return LocalizedText(
                zh: "网点 \(outlet) 的公示期至 \(lastDay) 止，最早 \(earliest) 才能作出认定决定",
                en: "outlet \(outlet)'s public notice runs to \(lastDay): the earliest decision date is \(earliest)")
        case .outsideNotice(let outlet, let from, let lastDay):
            return LocalizedText(
                zh: "异议只能在公示期内登记（网点 \(outlet)：\(from) 至 \(lastDay)）",
                en: "objections are recorded only during the public notice (outlet \(outlet): \(from) to \(lastDay))")
        case .objectionsNeedReason(let outlet, let count):
            return LocalizedText(
                zh: "网点 \(outlet) 公示期间有 \(count) 条异议：认定通过须用 --reason 说明异议如何处理",
                en:
                    "outlet \(outlet) has \(count) objection\(count == 1 ? "" : "s") on record: an approval needs --reason saying how \(count == 1 ? "it was" : "they were") resolved"
            )
        case .blockRulesFail(let outlet, let run, let rules):
            return LocalizedText(
                zh:
                    "网点 \(outlet) 在核验记录 #\(run) 中有阻断性规则未通过（\(rules.joined(separator: "、"))）：整改后重新 puhui certify review，或用 --override 写明放行理由",
                en:
                    "outlet \(outlet) fails block rules in verification run #\(run) (\(rules.joined(separator: ", "))): review again after fixing them, or give --override REASON"
            )
        case .noRunAttached(let outlet):
            return LocalizedText(
                zh: "网点 \(outlet) 尚未附核验记录：先 puhui certify review",
                en: "outlet \(outlet) has no verification run attached: run puhui certify review first")
        case .runDoesNotCoverOutlet(let run, let outlet):
            return LocalizedText(
                zh: "核验记录 #\(run) 不存在或未核验网点 \(outlet)（可不加 --run，由本命令核验该网点）",
                en:
                    "verification run #\(run) does not exist or did not cover outlet \(outlet) (omit --run to verify the outlet now)"
            )
        case .renewalOutsideWindow(let outlet, let validTo, let earliest):
            return LocalizedText(
                zh: "网点 \(outlet) 的认定有效期至 \(validTo)：复核须在 \(earliest) 至 \(validTo) 之间登记",
                en:
                    "outlet \(outlet)'s recognition is valid to \(validTo): a periodic review is recorded from \(earliest) to \(validTo)"
            )
        case .notLapsed(let outlet, let validTo):
            return LocalizedText(
                zh: "网点 \(outlet) 的认定有效期至 \(validTo)，尚未到期",
                en: "outlet \(outlet)'s recognition is valid to \(validTo) and has not lapsed")
        case .outsideDistrict(_, _, let reason):
            return reason
        case .missingText(let field):
            return LocalizedText(zh: "\(field) 不能为空", en: "\(field) must not be empty")
        case .parameterMissing(let name, let day):
            return LocalizedText(
                zh: "规则集参数 \(name) 在 \(day) 无有效值（见 Seed/rules/nantong-inclusive.yaml）",
                en:
                    "the rule-set parameter \(name) has no value in force on \(day) (see Seed/rules/nantong-inclusive.yaml)"
            )
        case .badgeNotFound(let number):
            return LocalizedText(zh: "没有编号为 \(number) 的统一标识", en: "no badge has the number \(number)")
        case .badgeVoided(let number, let day):
            return LocalizedText(zh: "统一标识 \(number) 已于 \(day) 作废", en: "badge \(number) was voided on \(day)")
        }
    }

    /// Outside the officer's district: not permitted; a future day or a missing text: usage; no
    /// such badge: not found; a parameter missing from the rule set: internal; else refused data.
    public var kind: FailureKind {
        switch self {
        case .outsideDistrict: .notPermitted
        case .futureDate, .missingText: .usage
        case .badgeNotFound: .notFound
        case .parameterMissing: .internalFault
        default: .invalidData
        }
    }

    public var description: String { message.en }
}
