import PySparkBridge

/// Runs solutions on SparkLite through the PySpark bridge, with the runner's default limits.
/// `allowFileReads` is true only for `dojo run`, where users explore their own files; the judge
/// refuses Spark's readers, because a solution's only inputs are the problem's tables.
public struct EmbeddedExecutor: SolutionExecutor {
    public var allowFileReads: Bool

    public init(allowFileReads: Bool = false) {
        self.allowFileReads = allowFileReads
    }

    public func execute(source: String, fileName: String, dataset: Dataset) -> Result<ExecutedSolution, SolutionError> {
        let runner = SolutionRunner(allowFileReads: allowFileReads)
        do {
            let run = try runner.run(source: source, fileName: fileName, tables: dataset.tables, conf: dataset.conf)
            return .success(ExecutedSolution(run))
        } catch {
            return .failure(error)
        }
    }
}
