import Foundation
import Synchronization

/// What one query execution shares across its operators: configuration, budgets and metrics.
public final class ExecutionContext: Sendable {
    public let conf: SQLConf
    public let metrics: QueryMetrics
    /// Stops runaway queries: the deadline and the most rows one operator may materialise.
    public let deadline: Date
    public let maxRows: Int
    /// Runs every task on the calling thread: needed when tasks call back into a single-threaded host
    /// (Python UDFs).
    public let serial: Bool
    /// About how many bytes of a file one scan piece reads (see `FileRelation.morsels`).
    let morselBytes: Int
    private let progressCounter = Atomic<Int>(0)

    public init(conf: SQLConf, deadline: Date = .distantFuture, maxRows: Int = 50_000_000, serial: Bool = false, morselBytes: Int = 4 << 20) {
        self.conf = conf
        self.morselBytes = morselBytes
        self.metrics = QueryMetrics()
        self.deadline = deadline
        self.maxRows = maxRows
        self.serial = serial
    }

    public var ansi: Bool { conf.ansiEnabled }

    /// Raises `TIME_LIMIT` or `MEMORY_LIMIT` when a budget is spent.
    func checkBudget(rows: Int) throws {
        if rows > maxRows {
            throw SparkError("MEMORY_LIMIT", "The query materialised more than \(maxRows) rows in one operator; a join without a selective condition or an exploding explode is the usual cause.")
        }
        if Date() > deadline {
            throw SparkError("TIME_LIMIT", "The query ran past its time limit.")
        }
    }

    /// A cheap check for long loops: the row budget every call, the clock every 1024 calls.
    func checkProgress(rows: Int) throws {
        if rows > maxRows { try checkBudget(rows: rows) }
        let n = progressCounter.add(1, ordering: .relaxed).newValue
        if n & 1023 == 0, Date() > deadline { try checkBudget(rows: 0) }
    }

    /// Runs `body` for each partition index on the machine's cores, keeping results in order.
    func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        if count <= 1 || serial { return try (0..<count).map(body) }
        let results = Mutex<[Int: Result<T, any Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let r = Result { try body(i) }
            results.withLock { $0[i] = r }
        }
        return try results.withLock { dict in try (0..<count).map { try dict[$0]!.get() } }
    }
}

/// Counters a judge reads after a query: shuffles, records moved, partition sizes, scans per table.
public final class QueryMetrics: Sendable {
    struct State {
        var shuffleRecordsWritten = 0
        var shufflePartitionSizes: [[Int]] = []
        var scans: [String: Int] = [:]
        var broadcastRows = 0
        var outputPartitions: Int?
    }

    private let state = Mutex(State())

    public init() {}

    func recordShuffle(partitionSizes: [Int]) {
        state.withLock {
            $0.shuffleRecordsWritten += partitionSizes.reduce(0, +)
            $0.shufflePartitionSizes.append(partitionSizes)
        }
    }

    func recordScan(_ table: String) { state.withLock { $0.scans[table, default: 0] += 1 } }

    func recordOutputPartitions(_ n: Int) { state.withLock { $0.outputPartitions = n } }

    /// Partitions of the result as real Spark reports them (`df.rdd.getNumPartitions()`), after
    /// adaptive coalescing; nil until the query has run.
    public var outputPartitions: Int? { state.withLock { $0.outputPartitions } }

    public var shuffleRecordsWritten: Int { state.withLock { $0.shuffleRecordsWritten } }
    /// Rows per output partition of each executed shuffle, in execution order.
    public var shufflePartitionSizes: [[Int]] { state.withLock { $0.shufflePartitionSizes } }
    public var scansPerTable: [String: Int] { state.withLock { $0.scans } }
}
