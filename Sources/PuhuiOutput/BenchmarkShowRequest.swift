import Foundation
import Registry

/// `puhui benchmark show` and `GET /v1/benchmarks/…`: a run (the given one, else the latest) and
/// its cells, filtered by kind (or group) and district (a district also shows the city's pooled
/// cells; `city` shows only those).
package enum BenchmarkShowRequest {
    package static func cells(
        _ registry: any RegistryStore, runID: Int64?, district: String?, kind: String?, _ spell: ParameterSpelling
    ) async throws -> (run: BenchmarkRun, cells: [BenchmarkCell]) {
        let found: BenchmarkRun?
        if let runID {
            found = try await registry.benchmarks.benchmarkRun(id: runID)
        } else {
            found = try await registry.benchmarks.benchmarkRuns().last
        }
        guard let found else {
            throw InputProblem(
                parameter: spell("run"),
                message: runID.map {
                    LocalizedText(
                        zh: "没有第 \($0) 次基准计算。用 puhui benchmark list 查看。",
                        en: "There is no benchmark run \($0); see puhui benchmark list.")
                }
                    ?? LocalizedText(
                        zh: "尚无基准计算记录。用 puhui benchmark compute --officer 工号 计算。",
                        en: "No benchmark runs yet. Compute one with: puhui benchmark compute --officer ID"))
        }
        let kinds = try kind.map { try KindSelector.parse($0).kinds }
        let cityOnly =
            district.map { ["city", "全市"].contains($0.trimmingCharacters(in: .whitespaces).lowercased()) } ?? false
        let districtCode = cityOnly ? nil : district?.trimmingCharacters(in: .whitespaces)
        let cells = try await registry.benchmarks.benchmarkCells(runID: found.id).filter { cell in
            if let kinds, !kinds.contains(cell.key.kind) { return false }
            if cityOnly { return cell.districtCode == nil }
            if let districtCode { return cell.districtCode == nil || cell.districtCode == districtCode }
            return true
        }
        return (found, cells)
    }
}
