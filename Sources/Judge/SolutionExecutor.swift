import PySparkBridge

/// Runs a solution file on one dataset. The embedded engine and real Spark both fit behind it,
/// and tests can stand in a hand-built one.
public protocol SolutionExecutor: Sendable {
    func execute(source: String, fileName: String, dataset: Dataset) -> Result<ExecutedSolution, SolutionError>
}
