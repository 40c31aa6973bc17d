import ArgumentParser
import Registry

// The registry's closed sets, typed straight into options and arguments; `--help` lists values.
extension RegistryTable: ExpressibleByArgument {}
extension ExportFormat: ExpressibleByArgument {}
extension Datum: ExpressibleByArgument {}
extension SearchSort: ExpressibleByArgument {}
extension ClassType: ExpressibleByArgument {}
extension CSVEncoding: ExpressibleByArgument {}
