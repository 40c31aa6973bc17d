import Workbook

extension WorkbookValue {
    /// A row's CSV fields as workbook cells, by their columns' kinds: codes, choices and text as
    /// text; counts, amounts and coordinates as numbers; dates as dates; empty fields empty.
    static func cells(_ fields: [String], kinds: [ColumnGuide.Kind]) -> [WorkbookValue] {
        zip(fields, kinds).map { field, kind in
            guard !field.isEmpty else { return .empty }
            switch kind {
            case .text, .code, .choice: return .text(field)
            case .integer, .decimal: return .number(field)
            // `1850.00` is stored as the number 1850 shown as 1850.00 (import reads it as 1850).
            case .money: return .amount(NumberText.canonical(field) ?? field)
            case .date: return LocalDate(iso: field).map(WorkbookValue.date) ?? .text(field)
            }
        }
    }
}
