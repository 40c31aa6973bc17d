/// Seed/sample/README.md, written with the files so that its counts and lists of rule breaks
/// always match them.
enum SampleReadme {
    static func render(
        registry: GeneratedRegistry, report: Checker.Report, seed: UInt64, asOf: Day, seedIsDefault: Bool
    ) -> String {
        let pilot = registry.operators.filter { !$0.overrideReason.isEmpty }.map(\.uscc)
        let command =
            "swift run --package-path Benchmarks -c release puhui-datagen --sample --out Seed/sample"
            + (seedIsDefault ? "" : " --seed \(seed)")
        var breaks = ""
        for (defect, ids) in registry.defects {
            breaks += "| `\(defect.id)` | \(defect.chinese) | \(ids.count) | \(ids.joined(separator: ", ")) |\n"
        }
        let defectIds = Set(registry.defects.flatMap(\.ids))
        let summary = report.lines.map { "    " + $0 }.joined(separator: "\n")
        return """
            # 合成示例数据 · Synthetic sample registry

            > **这是合成示例数据（synthetic sample registry），不是真实的登记信息。** 其中的机构名称、统一社会信用代码、
            > 法定代表人、地址、电话、备案号、消防审验号、普惠标识编号和价格全部由程序虚构生成，不对应任何
            > 真实机构或个人；与真实名称的任何雷同均属巧合。请勿将其用于统计或对外发布。
            >
            > **This is a synthetic sample registry (合成示例数据), not real registry data.** Every
            > institution name, credit code, legal representative, address, telephone number, filing
            > and fire-approval number, badge number and price in it was invented by a program; none
            > describes a real institution or person, and any likeness to a real name is chance. Do not
            > use it for statistics or publication.

            `puhui init --sample` loads it so that a fresh clone has something to search, verify and
            benchmark. The reference data it rests on (divisions, 街道/镇, city box) is in
            `Seed/reference/` and is real in its codes and census figures, approximate in its centres.

            ## How it was generated

                \(command)

            from the repository root: `Benchmarks/` holds the generator (`puhui-datagen`, no
            dependencies). It draws everything from one seeded generator (xoshiro256** seeded by
            SplitMix64, seed \(seed)), so the same command writes byte-identical files. The data is
            shaped around the as-of date **\(asOf.text)**: certificates valid on it, some expiring
            within 60 days of it, approvals and leases dated around it. After writing, the generator
            re-reads the files, checks them (below) and writes this README.

            | file | rows | format |
            |---|---|---|
            | `operators.csv` | \(registry.operators.count) | docs/CSV.md, sorted by `uscc` |
            | `outlets.csv` | \(registry.outlets.count) | docs/CSV.md, ids `NT-0001`… in order |
            | `prices.csv` | \(registry.prices.count) | docs/CSV.md, in export order |

            ## What is in it

            The generator's check of these files (`puhui-datagen --check Seed/sample`):

            \(summary)

            - **Operators**: `52` 民办非企业单位 (most), `91` enterprises and `12` 事业单位, registered in
              all eight districts; some carry the retired division codes (320602, 320611,
              320684, 320621) inside their code, as older registrations do. Every code has a correct
              GB 32100-2015 check character and a correct GB 11714 organisation-code check, except
              one early pilot code whose final check character fails: \(pilot.map { "`\($0)`" }.joined(separator: ", ")),
              accepted with its `uscc_override_reason` (the audited override). Its outlets are clean.
            - **Outlets**: every district and kind; coordinates drawn within 2.4 km of the (approximate)
              centre of the 街道/镇 given in `subdistrict`. 崇川 is dense: most of its inclusive childcare
              lies within 2.9 km of 32.0100 N 120.8600 E, so a 3 km childcare search there returns a
              full list. Two certified childcare outlets share exactly one point (one operator, 一照多址)
              and two more lie 1 m apart, to exercise the tie-break by id.
            - **Capacities**: elder institutions 30–400 beds with 护理型床位 ≥ 76% of beds unless listed
              below; community centres and day care small or no beds; childcare classes within the
              limits of 国卫人口发〔2019〕58号 (乳儿班 ≤ 10 at 1:3, 托小班 ≤ 15 at 1:5, 托大班 ≤ 20 at 1:7,
              混合班 ≤ 18 at 1:6) with carers counted on capacity, enrolled ≤ capacity in every class,
              and a full-time health worker wherever a centre has 150 places or more.
            - **Premises and approvals**: owned, or leased for 4–20 years with the lease running past
              the as-of date; fire-safety approval before opening; 备案 after opening (from 2019, when
              filing began); childcare health evaluation before opening (re-done within two years
              for older centres); CCTV kept 90–365 days.
            - **Prices** (`prices.csv`): one item per kind, level or class and unit, so a benchmark
              cell never mixes services — childcare `全日托` per class per month, `半日托` per day,
              `餐费` per day; elder institutions `床位费` (no care level) and `护理费` per care level per
              month; community centres and day care `日间照料费` per care level per month and `餐费`
              per meal (`短期托养` per day where there are beds); home-care stations `上门服务包` per
              care level per month, `上门服务` per hour and `助餐` per meal. Market outlets price
              around a district level (崇川 highest, 如东 lowest); each inclusive price is set 21–28%
              under the market P50 of its cell (district × kind × item × level/class × unit; the
              lower of the weighted and unweighted P50), or, where the district has fewer than 5
              market outlets in the cell, under the lower of the city's P50 and the district's
              cheapest market price — so it stays under the 80% cap whichever way the benchmark
              weighs or pools (with the pooling threshold at 5 outlets). About a
              quarter of the outlets also have an older row (`effective_to` set) that the current
              one replaced. Market outlets' rows are `inclusive=no`, inclusive outlets' `yes`.
            - **Recognition** (`cert_*`): inclusive outlets only; `certified` at `municipal` level
              mostly, some `provincial`, a few `provincial_demonstration`, with 3-year validity; some
              expire within 60 days of \(asOf.text); also `suspended`, `revoked`, `expired`,
              `applied`, `under_review`, `in_notice`, `rejected`, and inclusive outlets that never
              applied (empty columns). Market outlets have none.
            - **History**: two outlets closed and re-registered (`predecessor_id`), one more closed.

            ## Badge numbers

            `NT` + family letter (`E` elder care, `C` childcare) + `-` + year of issue + `-` + 5-digit
            serial (unique per family and year) + `-` + check character, e.g. `\(Badge.make(family: .elder, year: 2024, serial: 12) ?? "")`. The
            check character is **ISO 7064 MOD 37,36** (hybrid system, M = 36) over the 12
            alphanumerics before it with the hyphens removed (`NTE202400012`), alphabet
            `0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ` (values 0–35):

                p = 36
                for each character value v:  s = (p + v) mod 36;  if s == 0 then s = 36;  p = (2 × s) mod 37
                check value = (37 − p) mod 36        → the character with that value

            so that running the loop over all 13 characters ends with (p + check) mod 36 = 1. The same
            algorithm is `BadgeNumber` in `Sources/Registry/Identity/`.

            ## Known rule breaks (已知违规, for `puhui verify --all`)

            \(defectIds.count) of \(registry.outlets.count) outlets (\(percent(defectIds.count, registry.outlets.count))) break exactly one rule each, on purpose; the
            rule set must find these and nothing else — every other outlet is clean as of \(asOf.text).

            | rule broken | 违规内容 | outlets | ids |
            |---|---|---|---|
            \(breaks)
            How each is made: a class with capacity and enrolment above its type's maximum (carers
            still sufficient); a class with one carer fewer than its enrolment needs; a 托育机构 with
            ≥ 150 children enrolled and `staff_health_fulltime` 0; fire approval absent (number and
            date empty) or dated after \(asOf.text); childcare `health_evaluation_on` empty; a lease of
            12–30 months; CCTV kept 7–60 days; 护理型床位 20–45% of beds; an inclusive outlet with no
            inclusive price (two publish nothing, one only `inclusive=no` rows); inclusive prices
            15–30% above the higher of the district and city weighted and unweighted P50 of their
            cell. Price comparisons follow DOMAIN.md: district × kind × care level or age class ×
            unit (× item, which is one per cell here), weighted nearest-rank P50 with weights = beds
            or places, at least 5 market outlets or pooled to the city.

            What "clean" means here (how the generator's own check reads each rule, so a rule set
            may read it strictly either way): class size against the type's maximum on both
            capacity and enrolment; carers against the ratio on both capacity and enrolment; the
            150-children threshold on both places and enrolment; fire approval number and date
            present and not after the as-of date; a childcare health evaluation dated on or before
            it; a recorded lease at least 3 calendar years long (`lease_to` ≥ `lease_from` + 3
            years) and running past the as-of date; CCTV ≥ 90 days wherever recorded (home-care
            stations often record none); 护理型床位 ≥ 75% of beds in every elder institution (and in
            community centres and day care with beds); every operating inclusive outlet has an
            inclusive monthly price in force, at most 80% of its cell's P50.

            ## Conventions

            - Telephone numbers are `0513-0xxxxxxx`: a Chinese local number never begins with 0, so
              none of them can be dialled.
            - Names are put together from invented word lists (`Benchmarks/Sources/DataGen/Names.swift`).
            - Coordinates are WGS-84, six decimals, inside the city box of `Seed/reference/city.csv`.
            """ + "\n"
    }
}
