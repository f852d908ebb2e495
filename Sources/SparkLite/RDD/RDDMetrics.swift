import Synchronization

/// What the RDD scheduler did during a run, in the terms of Spark's UI: jobs, their stages (run or skipped),
/// the records and bytes each shuffle map stage wrote, and how often each RDD's partitions were computed.
public final class RDDMetrics: Sendable {
    public enum StageKind: String, Sendable { case shuffleMap = "ShuffleMapStage", result = "ResultStage" }

    public struct StageInfo: Sendable, Equatable {
        public var stageId: Int
        public var jobId: Int
        public var kind: StageKind
        /// Spark's stage name: the call site of the stage's last RDD (`reduceByKey at solution.py:7`) or, for a
        /// result stage, of the action (`collect at solution.py:9`).
        public var name: String
        public var numTasks: Int
        /// A shuffle map stage whose outputs an earlier job had already written: Spark skips it.
        public var skipped: Bool
        public var shuffleId: Int?
        /// Records and estimated bytes the stage's shuffle wrote (map stages that ran).
        public var shuffleWriteRecords = 0
        public var shuffleWriteBytes = 0
        /// Records the stage read from shuffles.
        public var shuffleReadRecords = 0
        /// Elements written to each reduce partition (map stages that ran): the skew of the shuffle.
        public var elementsPerReducePartition: [Int] = []
    }

    public struct JobInfo: Sendable, Equatable {
        public var jobId: Int
        /// The action's call site (`collect at solution.py:9`).
        public var callSite: String
        public var stageIds: [Int]
    }

    struct State {
        var jobs: [JobInfo] = []
        var stages: [StageInfo] = []
        var computations: [Int: Int] = [:]
        var computedRecords: [Int: Int] = [:]
        var cacheHits: [Int: Int] = [:]
        var shuffleReads: [Int: Int] = [:]
        var scans: [String: Int] = [:]
        var sqlShuffleRecords = 0
        var sqlShufflePartitionSizes: [[Int]] = []
    }

    private let state = Mutex(State())

    public init() {}

    func recordJob(_ job: JobInfo, stages: [StageInfo]) {
        state.withLock { s in
            var stages = stages
            for i in stages.indices { stages[i].shuffleReadRecords += s.shuffleReads.removeValue(forKey: stages[i].stageId) ?? 0 }
            s.jobs.append(job)
            s.stages.append(contentsOf: stages)
        }
    }

    func recordComputation(rdd: Int, records: Int) {
        state.withLock {
            $0.computations[rdd, default: 0] += 1
            $0.computedRecords[rdd, default: 0] += records
        }
    }

    func recordCacheHit(rdd: Int) { state.withLock { $0.cacheHits[rdd, default: 0] += 1 } }

    func recordShuffleRead(stageId: Int, records: Int) { state.withLock { $0.shuffleReads[stageId, default: 0] += records } }

    /// Merges what a DataFrame execution inside a job measured: table scans and SQL shuffles.
    func recordSQL(_ metrics: QueryMetrics) {
        state.withLock {
            for (table, n) in metrics.scansPerTable { $0.scans[table, default: 0] += n }
            $0.sqlShuffleRecords += metrics.shuffleRecordsWritten
            $0.sqlShufflePartitionSizes += metrics.shufflePartitionSizes
        }
    }

    public var jobs: [JobInfo] { state.withLock { $0.jobs } }
    public var stages: [StageInfo] { state.withLock { $0.stages } }

    /// Partition computations per RDD id (a cached partition read again is not a computation).
    public var computations: [Int: Int] { state.withLock { $0.computations } }
    /// Records produced by those computations, per RDD id.
    public var computedRecords: [Int: Int] { state.withLock { $0.computedRecords } }
    /// Partitions read from the cache, per RDD id.
    public var cacheHits: [Int: Int] { state.withLock { $0.cacheHits } }
    /// Table scans of DataFrames read through `df.rdd`.
    public var scansPerTable: [String: Int] { state.withLock { $0.scans } }

    /// Shuffle map stages that ran (not skipped): the shuffles the run executed.
    public var executedShuffleStages: [StageInfo] { stages.filter { $0.kind == .shuffleMap && !$0.skipped } }

    /// Records written by every executed shuffle, RDD shuffles and the SQL shuffles of DataFrames read as RDDs.
    public var shuffleRecordsWritten: Int {
        let sql = state.withLock { $0.sqlShuffleRecords }
        return executedShuffleStages.reduce(sql) { $0 + $1.shuffleWriteRecords }
    }

    public var shuffleBytesWritten: Int { executedShuffleStages.reduce(0) { $0 + $1.shuffleWriteBytes } }

    /// Elements per reduce partition of each executed shuffle, in execution order.
    public var shufflePartitionSizes: [[Int]] {
        let sql = state.withLock { $0.sqlShufflePartitionSizes }
        return sql + executedShuffleStages.map(\.elementsPerReducePartition)
    }
}
