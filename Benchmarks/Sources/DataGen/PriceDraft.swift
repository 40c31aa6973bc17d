/// One line of an outlet's price list before its amount is fixed: the market level it refers
/// to, when it took effect and, for some, the older price it replaced.
struct PriceDraft: Sendable {
    var key: PriceKey
    /// The local market level for this line (district factor applied), in fen.
    var localFen: Double
    /// Where the amount sits against the market: market outlets 0.94–1.10, inclusive set later.
    var spread: Double
    var from: Day
    var to: Day?
    /// An older row: its start and its amount as a share of the current one.
    var history: (from: Day, factor: Double)?

    /// District × kind × item × level/class × unit: the cell this line is compared in.
    func cell(district: String, kind: Kind) -> String {
        district + "|" + cityCell(kind: kind)
    }

    func cityCell(kind: Kind) -> String {
        kind.id + "|" + key.item + "|" + (key.careLevel?.id ?? "") + "|" + (key.ageClass?.id ?? "") + "|" + key.unit
    }
}

enum PriceDrafter {
    /// The lines an outlet publishes, with dates and history drawn; amounts come later.
    static func drafts(for built: BuiltOutlet, asOf: Day, _ rng: inout Xoshiro256) -> [PriceDraft] {
        let o = built.record
        let factor = PriceCatalog.districtFactor(o.districtCode)
        let opened = o.openedOn ?? (asOf - 365)
        let end = built.plan.closedOn ?? asOf
        let keys = PriceCatalog.keys(
            for: o, careLevels: built.careLevels, starFactor: built.starFactor, halfDay: built.halfDay)
        // One price list per outlet: every line took effect on the same day.
        var from = max(opened, end - rng.int(60...900))
        if from > end - 1 { from = end - 1 }
        var history: (Day, Double)?
        if rng.chance(0.25) && from - opened >= 120 {
            let oldFrom = max(opened, from - rng.int(365...1000))
            history = (oldFrom, rng.double(0.88, 0.96))
        }
        return keys.map { key in
            PriceDraft(
                key: key, localFen: Double(key.baseFen) * factor, spread: rng.double(0.94, 1.10), from: from,
                to: built.plan.closedOn, history: history)
        }
    }

    /// The rows of one line once its current amount is known.
    static func rows(outletId: String, draft: PriceDraft, amountFen: Int, inclusive: Bool) -> [PriceRecord] {
        var rows = [
            PriceRecord(
                outletId: outletId, item: draft.key.item, careLevel: draft.key.careLevel, ageClass: draft.key.ageClass,
                unit: draft.key.unit, amountFen: amountFen, effectiveFrom: draft.from, effectiveTo: draft.to,
                inclusive: inclusive)
        ]
        if let history = draft.history {
            let old = PriceCatalog.roundDown(Double(amountFen) * history.factor)
            rows.append(
                PriceRecord(
                    outletId: outletId, item: draft.key.item, careLevel: draft.key.careLevel,
                    ageClass: draft.key.ageClass,
                    unit: draft.key.unit, amountFen: old, effectiveFrom: history.from, effectiveTo: draft.from - 1,
                    inclusive: inclusive))
        }
        return rows
    }
}
