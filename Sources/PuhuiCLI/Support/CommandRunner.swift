import ArgumentParser
import Foundation
import Registry

/// Runs a command's body and turns what it throws into a clear message on stderr, in the
/// user's language, and an exit status (sysexits.h) from the error's `FailureKind`: 64 usage,
/// 65 bad data, 66 missing input, 69 not found, 70 internal, 73 exists, 74 I/O, 77 not permitted.
/// Usage errors found while parsing stay with ArgumentParser.
enum CommandRunner {
    static func run(_ lang: Language, _ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as ValidationError {
            throw error
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch {
            let (message, code) = describe(error, lang)
            Console.err(ErrorReport.prefix(lang) + message)
            throw ExitCode(code)
        }
    }

    /// The words and exit status of an error: its own, if it speaks for itself.
    static func describe(_ error: any Error, _ lang: Language) -> (String, Int32) {
        guard let error = error as? any UserFacingError else {
            return (lang.t("内部错误：\(error)", "internal error: \(error)"), FailureKind.internalFault.exitCode)
        }
        return (error.message.text(lang), error.kind.exitCode)
    }
}
