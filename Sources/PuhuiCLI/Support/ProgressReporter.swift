import Foundation
import PuhuiOutput
import Registry

#if canImport(Glibc)
    import Glibc
#endif

/// Draws a long operation's progress on one line of stderr — what, how many, how fast, about
/// how long is left — redrawn in place (`\r`) at most four times a second, and cleared at the
/// end. Made only when stderr is a terminal and `--quiet` is not given: a script or a pipe sees
/// nothing extra.
///
/// `@unchecked Sendable`: every mutable field is read and written under `lock`, and the verify
/// run reports from several threads at once.
final class ProgressReporter: @unchecked Sendable {
    private let language: Language
    private let lock = NSLock()
    private let minimumInterval: TimeInterval = 0.25
    private var phase: WorkProgress.Phase?
    private var phaseStart = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(language: Language) {
        self.language = language
    }

    /// A reporter when stderr is a terminal and the user did not ask for quiet.
    static func forTerminal(quiet: Bool, language: Language) -> ProgressReporter? {
        guard !quiet, isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressReporter(language: language)
    }

    /// The handler to give the registry.
    var handler: ProgressHandler { { [self] progress in report(progress) } }

    func report(_ progress: WorkProgress) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if progress.phase != phase {
            phase = progress.phase
            phaseStart = now
        } else if now.timeIntervalSince(lastDrawn) < minimumInterval {
            return
        }
        lastDrawn = now
        drawn = true
        let line = Self.line(progress, elapsed: now.timeIntervalSince(phaseStart), language: language)
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    }

    /// Clears the line, so what follows starts on a clean one.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }

    /// `检查：12,000 行（40%），每秒 8,400 行，约剩 3 秒` / `checking: 12,000 rows (40%), 8,400 rows/s, about 3 s left`.
    static func line(_ progress: WorkProgress, elapsed: TimeInterval, language: Language) -> String {
        let (whatZH, whatEN) = words(progress.phase)
        let (unitZH, unitEN) = units(progress.phase)
        let done = grouped(progress.done)
        var zh = "\(whatZH)：\(done)"
        var en = "\(whatEN): \(done)"
        if let total = progress.total {
            zh += " / \(grouped(total))"
            en += " of \(grouped(total))"
        }
        zh += " \(unitZH)"
        en += " \(unitEN)"
        let completed = progress.completed
        if let completed {
            let percent = Int((completed * 100).rounded(.down))
            zh += "（\(percent)%）"
            en += " (\(percent)%)"
        }
        if elapsed > 0.5 {
            let rate = Int((Double(progress.done) / elapsed).rounded())
            zh += "，每秒 \(grouped(rate)) \(unitZH)"
            en += ", \(grouped(rate)) \(unitEN)/s"
            if let completed, completed > 0.01, completed < 1 {
                let left = Int((elapsed * (1 - completed) / completed).rounded(.up))
                zh += "，约剩 \(duration(left, .zh))"
                en += ", about \(duration(left, .en)) left"
            }
        }
        return language.t(zh, en)
    }

    private static func grouped(_ value: Int) -> String { Formatting.grouped(UInt64(max(value, 0))) }

    private static func words(_ phase: WorkProgress.Phase) -> (String, String) {
        switch phase {
        case .checking: ("检查", "checking")
        case .writing: ("写入", "writing")
        case .exporting: ("导出", "exporting")
        case .verifying: ("核验", "verifying")
        case .computing: ("计算基准", "computing")
        case .auditing: ("核对审计日志", "checking the audit log")
        }
    }

    private static func units(_ phase: WorkProgress.Phase) -> (String, String) {
        switch phase {
        case .checking, .writing, .exporting: ("行", "rows")
        case .verifying: ("个网点", "outlets")
        case .computing: ("个基准格", "cells")
        case .auditing: ("条", "entries")
        }
    }

    /// `3 秒`, `2 分 5 秒` / `3 s`, `2 min 5 s`.
    static func duration(_ seconds: Int, _ language: Language) -> String {
        if seconds < 60 { return language.t("\(seconds) 秒", "\(seconds) s") }
        let minutes = seconds / 60
        let rest = seconds % 60
        if minutes >= 60 {
            return language.t("\(minutes / 60) 小时 \(minutes % 60) 分", "\(minutes / 60) h \(minutes % 60) min")
        }
        return language.t("\(minutes) 分 \(rest) 秒", "\(minutes) min \(rest) s")
    }
}
