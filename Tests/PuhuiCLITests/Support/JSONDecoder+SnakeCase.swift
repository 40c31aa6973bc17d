import Foundation

extension JSONDecoder {
    /// A decoder for the CLI's `--format json`, whose members are snake_case (`benchmark_run`), into
    /// test structs named the Swift way (`benchmarkRun`).
    static var fromSnakeCase: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return decoder
    }
}
