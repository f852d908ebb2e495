import Foundation

/// The entry point of the RDD API and its scheduler (Spark's `SparkContext` and `DAGScheduler`).
///
/// A job runs the shuffle map stages its lineage still needs, parents first, then one result task per
/// requested partition. Map outputs stay available, so a later job over the same shuffle skips its stage,
/// as Spark does. Stages are cut at shuffle dependencies; narrow dependencies are pipelined in a task.
public final class SparkContext: @unchecked Sendable {
    public let conf: SQLConf
    public let metrics = RDDMetrics()

    private let lock = NSLock()
    private var nextRDDId = 0
    private var nextShuffleId = 0
    private var nextJobId = 0
    private var nextStageId = 0
    private var stageIdOfShuffle: [Int: Int] = [:]
    private var _limits = ExecutionLimits()
    private var _serial = false
    private var runningJobs = 0

    public init(conf: SQLConf = SQLConf()) {
        self.conf = conf
    }

    /// `sc.defaultParallelism`: `spark.default.parallelism`, else 2 as in `local[2]`.
    public var defaultParallelism: Int { conf.defaultParallelism }
    /// Whether `spark.default.parallelism` was set (to something other than `local[2]`'s 2): PySpark's shuffles
    /// then default to it rather than to the parent's partition count.
    public var defaultParallelismIsSet: Bool {
        conf.get("spark.default.parallelism") != SQLConf.defaults["spark.default.parallelism"]
    }

    /// `sc.defaultMinPartitions`: `min(defaultParallelism, 2)`.
    public var defaultMinPartitions: Int { min(defaultParallelism, 2) }

    /// The deadline and row budget of every job.
    public var limits: ExecutionLimits {
        get { lock.withLock { _limits } }
        set { lock.withLock { _limits = newValue } }
    }

    /// Runs tasks one at a time on the calling thread: needed when tasks call a single-threaded host (Python).
    public var runsTasksSerially: Bool {
        get { lock.withLock { _serial } }
        set { lock.withLock { _serial = newValue } }
    }

    /// True while a job runs (an action called from inside a task would run a job within a job).
    public var isRunningJob: Bool { lock.withLock { runningJobs > 0 } }

    func newRDDId() -> Int { lock.withLock { defer { nextRDDId += 1 }; return nextRDDId } }
    func newShuffleId() -> Int { lock.withLock { defer { nextShuffleId += 1 }; return nextShuffleId } }

    private func newStageId() -> Int { lock.withLock { defer { nextStageId += 1 }; return nextStageId } }

    private func stageId(of shuffle: AnyShuffleDependency) -> Int {
        if let id = lock.withLock({ stageIdOfShuffle[shuffle.shuffleId] }) { return id }
        let id = newStageId()
        lock.withLock { stageIdOfShuffle[shuffle.shuffleId] = id }
        return id
    }

    /// A budget checker for work done outside a job (a DataFrame built from an RDD, a Python partition function).
    public func executionContext() -> ExecutionContext {
        let limits = self.limits
        return ExecutionContext(conf: conf, deadline: limits.deadline, maxRows: limits.maxRows, serial: runsTasksSerially)
    }

    // MARK: Jobs

    /// Runs `function` on each requested partition of `rdd` (all by default) and returns the results in
    /// partition order. `callSite` names the job and its result stage (`collect at solution.py:9`).
    public func runJob<T, U>(_ rdd: RDD<T>, partitions: [Int]? = nil, callSite: String,
                             _ function: @escaping (Int, [T]) throws -> U) throws -> [U] {
        let requested = partitions ?? Array(0..<rdd.numPartitions)
        for p in requested where p < 0 || p >= rdd.numPartitions {
            throw SparkError("INDEX_OUT_OF_BOUNDS", "Partition \(p) does not exist: the RDD has \(rdd.numPartitions) partitions.")
        }
        lock.withLock { runningJobs += 1 }
        defer { lock.withLock { runningJobs -= 1 } }
        let jobId = lock.withLock { defer { nextJobId += 1 }; return nextJobId }
        let execution = executionContext()
        let shuffles = rdd.shuffleDependencies.filter { !$0.executedBySQL }
        let shuffleStageIds = shuffles.map { stageId(of: $0) }
        let resultStageId = newStageId()
        let missing = Set(missingShuffles(rdd).map { ObjectIdentifier($0) })
        var stages: [RDDMetrics.StageInfo] = []
        for (dependency, stageId) in zip(shuffles, shuffleStageIds) {
            var info = RDDMetrics.StageInfo(
                stageId: stageId, jobId: jobId, kind: .shuffleMap, name: dependency.rdd.creationSite,
                numTasks: dependency.rdd.numPartitions, skipped: true, shuffleId: dependency.shuffleId)
            if missing.contains(ObjectIdentifier(dependency)) && !dependency.isAvailable {
                let statuses = try runTasks(dependency.rdd.numPartitions, stageId: stageId, execution) { task in
                    try dependency.runMapTask(task.partition, task)
                }
                dependency.register(statuses)
                info.skipped = false
                info.shuffleWriteRecords = statuses.reduce(0) { $0 + $1.recordsWritten }
                info.shuffleWriteBytes = statuses.reduce(0) { $0 + $1.bytesWritten }
                info.elementsPerReducePartition = (0..<dependency.numReducePartitions).map { r in
                    statuses.reduce(0) { $0 + $1.elementsPerReducer[r] }
                }
            }
            stages.append(info)
        }
        let results = try runTasks(requested.count, stageId: resultStageId, execution, partitionOf: { requested[$0] }) { task in
            UncheckedBox(try function(task.partition, try rdd.iterator(task.partition, task)))
        }
        stages.append(RDDMetrics.StageInfo(stageId: resultStageId, jobId: jobId, kind: .result, name: callSite,
                                           numTasks: requested.count, skipped: false, shuffleId: nil))
        metrics.recordJob(RDDMetrics.JobInfo(jobId: jobId, callSite: callSite, stageIds: stages.map(\.stageId)), stages: stages)
        return results.map(\.value)
    }

    /// The shuffles a job must run: those without outputs, reachable from `rdd` without passing through a
    /// fully cached RDD (whose parents the job never reads), parents first.
    func missingShuffles(_ rdd: AnyRDD) -> [AnyShuffleDependency] {
        var visited = Set<Int>()
        var out: [AnyShuffleDependency] = []
        var seen = Set<ObjectIdentifier>()
        func visit(_ rdd: AnyRDD) {
            guard visited.insert(rdd.id).inserted, !rdd.isFullyCached else { return }
            for dependency in rdd.dependencies {
                if let shuffle = dependency as? AnyShuffleDependency {
                    if shuffle.isAvailable { continue }
                    visit(shuffle.rdd)
                    if seen.insert(ObjectIdentifier(shuffle)).inserted { out.append(shuffle) }
                } else {
                    visit(dependency.rdd)
                }
            }
        }
        visit(rdd)
        return out
    }

    private func runTasks<V>(_ count: Int, stageId: Int, _ execution: ExecutionContext, partitionOf: @escaping (Int) -> Int = { $0 },
                             _ body: @escaping (TaskContext) throws -> V) throws -> [V] {
        let boxed = UncheckedBox(body)
        let partitionBox = UncheckedBox(partitionOf)
        return try execution.parallelMap(count) { i in
            UncheckedBox(try boxed.value(TaskContext(partition: partitionBox.value(i), stageId: stageId, execution: execution)))
        }.map(\.value)
    }
}
