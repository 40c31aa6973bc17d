import ArgumentParser
import Registry

// The credit records' closed sets, typed straight into options; `--help` lists their values.
extension BreachCategory: ExpressibleByArgument {}
extension InspectionResult: ExpressibleByArgument {}
extension SignatoryRole: ExpressibleByArgument {}
extension PledgeKind: ExpressibleByArgument {}

/// `--format` of the credit, review and inspection lists.
enum ListFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, csv
}

/// `--format` of a single record.
enum RecordFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json
}
