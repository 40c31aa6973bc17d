import ArgumentParser
import PuhuiOutput
import Registry

/// A monthly fee as a share of the market median, in thousandths: `--max-ratio 0.8` is 800
/// (integer arithmetic, as the registry compares them). Above zero, at most three decimals.
struct FeeRatio: TypedArgument, Hashable, CustomStringConvertible {
    let permille: Int

    private init(checked permille: Int) {
        self.permille = permille
    }

    static func parse(_ text: String) throws(ArgumentValueError) -> FeeRatio {
        guard let permille = SearchParameters.parsePermille(text), permille > 0 else {
            throw ArgumentValueError(
                value: text,
                accepted: LocalizedText(
                    zh: "请写与市场中位价之比：大于 0，最多三位小数，例如 0.8（即中位价的 80%）",
                    en:
                        "give the ratio to the market median, above 0 with at most three decimals, e.g. 0.8 (80% of the median)"
                ))
        }
        return FeeRatio(checked: permille)
    }

    /// `0.800`: the ratio as text that `SearchParameters.parsePermille` reads back exactly.
    var description: String {
        let thousandths = permille % 1000
        return "\(permille / 1000)." + String(repeating: "0", count: thousandths < 10 ? 2 : thousandths < 100 ? 1 : 0)
            + "\(thousandths)"
    }
}
