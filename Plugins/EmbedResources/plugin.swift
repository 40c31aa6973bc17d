import Foundation
import PackagePlugin

/// Compiles the package's `Schema/` and `Seed/` folders into the target that uses this plugin,
/// so the `puhui` binary carries its migrations and reference data wherever it is copied.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folders = ["Schema", "Seed"].map { root.appending(path: $0) }
        var inputs: [URL] = []
        for folder in folders {
            guard
                let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
            else { continue }
            for case let url as URL in walker
            where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding Schema/ and Seed/",
                executable: try context.tool(named: "puhui-embed").url,
                arguments: [output.path(percentEncoded: false), root.path(percentEncoded: false)]
                    + folders.map { $0.path(percentEncoded: false) },
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
