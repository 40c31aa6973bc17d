import Registry

/// `benchmark show --format json`.
package struct JSONBenchmarkShow: Encodable {
    package var run: BenchmarkRun
    package var cells: [JSONBenchmarkCell]

    package init(run: BenchmarkRun, cells: [JSONBenchmarkCell]) {
        self.run = run
        self.cells = cells
    }
}
