import Foundation
import PyLite
import PySparkBridge

/// Runs solutions on SparkLite through the PySpark bridge, with the runner's default limits; the
/// wall-clock limit per run (10 s) can be raised with `DOJO_TIME_LIMIT` (seconds) on a slow machine.
/// `allowFileReads` is true only for `dojo run`, where users explore their own files; the judge
/// refuses Spark's readers, because a solution's only inputs are the problem's tables.
public struct EmbeddedExecutor: SolutionExecutor {
    /// The most rows one operator may materialise: 5 million when judging (the problems' tables are
    /// small, so more means a runaway join or explode), 50 million when reading the user's own files.
    /// `DOJO_MAX_ROWS` sets it.
    public static let judgingMaxRows = 5_000_000
    public static let fileReadingMaxRows = 50_000_000

    public var allowFileReads: Bool
    public var limits: Limits
    public var maxRows: Int

    public init(allowFileReads: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.allowFileReads = allowFileReads
        var limits = Limits.default
        if let seconds = environment["DOJO_TIME_LIMIT"].flatMap(Double.init), seconds > 0 { limits.wallClockSeconds = seconds }
        self.limits = limits
        maxRows = environment["DOJO_MAX_ROWS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
            ?? (allowFileReads ? Self.fileReadingMaxRows : Self.judgingMaxRows)
    }

    public func execute(source: String, fileName: String, dataset: Dataset) -> Result<ExecutedSolution, SolutionError> {
        let runner = SolutionRunner(limits: limits, allowFileReads: allowFileReads, maxRows: maxRows)
        do {
            let run = try runner.run(source: source, fileName: fileName, tables: dataset.tables, conf: dataset.conf)
            return .success(ExecutedSolution(run))
        } catch {
            return .failure(error)
        }
    }
}
