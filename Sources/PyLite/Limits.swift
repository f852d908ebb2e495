/// The budgets a sandboxed program runs under. Exceeding one ends the run with
/// `TIME_LIMIT` or `MEMORY_LIMIT` instead of a hang or a killed process.
public struct Limits: Sendable, Equatable {
    /// Interpreter steps (statements and expression evaluations) allowed in one run.
    public var maxSteps: Int
    /// Deepest allowed Python call stack.
    public var maxRecursionDepth: Int
    /// Longest string, list, tuple, dict or set a program may build.
    public var maxCollectionLength: Int
    /// Wall-clock budget of one run, in seconds.
    public var wallClockSeconds: Double
    /// Growth of the process's resident memory allowed during one run, in bytes (checked periodically, so many
    /// small collections cannot add up to an out-of-memory kill).
    public var maxMemoryGrowthBytes: Int

    public init(
        maxSteps: Int = 50_000_000,
        maxRecursionDepth: Int = 200,
        maxCollectionLength: Int = 10_000_000,
        wallClockSeconds: Double = 10,
        maxMemoryGrowthBytes: Int = 2 << 30
    ) {
        self.maxSteps = maxSteps
        self.maxRecursionDepth = maxRecursionDepth
        self.maxCollectionLength = maxCollectionLength
        self.wallClockSeconds = wallClockSeconds
        self.maxMemoryGrowthBytes = maxMemoryGrowthBytes
    }

    public static let `default` = Limits()
}
