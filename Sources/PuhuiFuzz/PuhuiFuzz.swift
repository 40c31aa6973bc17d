import PuhuiFuzzTargets

#if PUHUI_LIBFUZZER
    // Built by Scripts/fuzz.sh with -sanitize=fuzzer: `main` hands libFuzzer's driver the callback
    // below for every input; the target is chosen by PUHUI_FUZZ_TARGET (csv, rules, cel).
    import Foundation

    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// Read once, before the driver starts, and never written again.
    nonisolated(unsafe) var fuzzTarget: FuzzTarget = .csv

    @main
    struct PuhuiFuzzDriver {
        static func main() {
            fuzzTarget =
                ProcessInfo.processInfo.environment["PUHUI_FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:)) ?? .csv
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(
                runFuzzerDriver(&argc, &argv) { data, size in
                    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
                    do {
                        try fuzzTarget.run(bytes)
                    } catch {
                        // A broken invariant: crash, so libFuzzer keeps the input.
                        fatalError("fuzz \(fuzzTarget.rawValue): \(error)")
                    }
                    return 0
                })
        }
    }
#else
    import Foundation

    /// Without libFuzzer: replays files (a corpus, a crash libFuzzer kept) through a target —
    /// `swift run PuhuiFuzz csv Tests/PuhuiFuzzTests/Corpus/csv/*` — and exits 1 on a failure.
    @main
    struct PuhuiFuzzReplay {
        static func main() {
            let arguments = CommandLine.arguments.dropFirst()
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
                print("usage: PuhuiFuzz csv|rules|cel FILE… (replays inputs; Scripts/fuzz.sh fuzzes)")
                exit(64)
            }
            var failed = 0
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("\(path): cannot read")
                    failed += 1
                    continue
                }
                do {
                    try target.run([UInt8](data))
                } catch {
                    print("\(path): \(error)")
                    failed += 1
                }
            }
            print("\(arguments.count - 1 - failed) passed, \(failed) failed")
            exit(failed == 0 ? 0 : 1)
        }
    }
#endif
