import ArgumentParser
import Foundation
import PuhuiOutput
import Registry

/// Runs a command's body and turns what it throws into a clear message on stderr, in the
/// user's language, and an exit status (sysexits.h): 65 bad data, 66 missing input, 69 not
/// found, 70 internal, 74 I/O, 77 not permitted (officers), 1 anything else. Usage errors (64) stay with ArgumentParser.
enum CommandRunner {
    static func run(_ lang: Language, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ValidationError {
            throw error
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch {
            let (message, code) =
                (error as? CLIError).map { ($0.message(lang), $0.exitCode) } ?? ErrorMessages.describe(error, lang) ?? ("\(error)", 1)
            Console.err(lang.t("错误：", "error: ") + message)
            throw ExitCode(code)
        }
    }
}
