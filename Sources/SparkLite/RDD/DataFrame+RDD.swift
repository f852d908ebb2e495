import Foundation

extension DataFrame {
    /// `df.rdd`: the rows of the DataFrame as an RDD, one element per row (its values in column order).
    ///
    /// Each stage that reads it runs the query (scanning its tables again, as Spark does). The partitions are
    /// the query's: a `createDataFrame` table keeps its slices. With AQE on, a query whose output comes out
    /// of a shuffle runs now, as Spark's adaptive execution materialises its shuffle stages when `df.rdd` is
    /// built; its small shuffle partitions are coalesced as adaptive execution does, and later jobs read the
    /// materialised result instead of scanning again.
    /// The lineage below `SQLExecutionRDD` mirrors the RDDs Spark's physical plan executes, so its
    /// `ShuffledRowRDD` shuffle dependencies count as the query's shuffles.
    public func toRDD(_ sc: SparkContext) throws -> RDD<[Value]> { try toRDD(sc) { $0 } }

    /// `df.rdd` with each row converted by `row` (a host's row objects) in the last RDD.
    public func toRDD<U>(_ sc: SparkContext, row: @escaping ([Value]) -> U) throws -> RDD<U> {
        let physical = try queryExecution.physicalPlan()
        let adaptive = session.conf.adaptiveEnabled
        var partitions = max(1, physical.outputPartitioning.numPartitions)
        var materialised: [[[Value]]]?
        if adaptive && Self.outputComesFromCoalescibleShuffle(physical) {
            let limits = sc.limits
            let context = ExecutionContext(conf: session.conf, deadline: limits.deadline, maxRows: limits.maxRows,
                                           serial: usesPythonUDFs || sc.runsTasksSerially)
            let result = try queryExecution.executePartitions(context)
            sc.metrics.recordSQL(context.metrics)
            partitions = max(1, context.metrics.outputPartitions ?? 1)
            materialised = Self.coalesce(result.partitions, into: partitions)
        }
        let hasShuffle = physical.collectNodes().contains { $0 is ShuffleExchangeExec }
        let site = adaptive && hasShuffle ? SQLLineage.adaptiveSite : SQLLineage.javaToPython
        let plan = SQLLineage.stage(physical, sc, site: site, partitions: partitions)
        let execution = SQLExecutionRDD(df: self, context: sc, plan: plan, partitions: partitions, materialised: materialised)
        let inner = MapPartitionsRDD<[Value], [Value]>(execution, creationSite: SQLLineage.javaToPython) { _, rows, _ in rows }
        return MapPartitionsRDD<[Value], U>(inner, creationSite: SQLLineage.javaToPython) { _, rows, _ in rows.map(row) }
    }

    var usesPythonUDFs: Bool {
        plan.collect { p in p.expressions.contains { $0.exists { if case .pythonUDF = $0 { true } else { false } } } ? p : nil }
            .isEmpty == false
    }

    /// Contiguous shuffle partitions merged into `n` (all into one for the small results adaptive execution
    /// coalesces to a single partition).
    static func coalesce(_ partitions: [[[Value]]], into n: Int) -> [[[Value]]] {
        guard n < partitions.count else { return partitions + Array(repeating: [], count: n - partitions.count) }
        return (0..<n).map { i in Array(partitions[(i * partitions.count / n)..<((i + 1) * partitions.count / n)].joined()) }
    }

    /// Whether AQE would coalesce the output partitions: they come out of an exchange the planner inserted
    /// (or `repartition(cols)`), not `repartition(n)`, reached through operators that keep partitions.
    static func outputComesFromCoalescibleShuffle(_ plan: SparkPlan) -> Bool {
        var node = plan
        while true {
            if let exchange = node as? ShuffleExchangeExec { return exchange.origin != "REPARTITION_BY_NUM" }
            if node is CoalesceExec || node is BroadcastExchangeExec || node is ScanExec { return false }
            let children = node.children.filter { !($0 is BroadcastExchangeExec) }
            guard let next = children.first else { return false }
            node = next
        }
    }
}

extension SparkSession {
    /// A DataFrame over rows already split into partitions (`createDataFrame(rdd, schema)`, `rdd.toDF()`):
    /// `Scan ExistingRDD`, never broadcast automatically, like a table made from a list.
    public func createDataFrame(partitions: [[[Value]]], fields: [StructField]) throws -> DataFrame {
        for partition in partitions {
            for row in partition where row.count != fields.count {
                throw SparkError("AXIS_LENGTH_MISMATCH", "A row has \(row.count) values but the schema has \(fields.count) fields.")
            }
        }
        let output = fields.map { AttributeReference(name: $0.name, dataType: $0.dataType, nullable: $0.nullable) }
        return DataFrame(session: self, plan: .localRelation(LocalData(partitions: partitions, origin: .existingRDD), output: output))
    }
}

/// Runs a DataFrame's query for the tasks of one stage and hands each task its partition
/// (Spark's `SQLExecutionRDD`).
final class SQLExecutionRDD: RDD<[Value]>, @unchecked Sendable {
    let df: DataFrame
    /// The result adaptive execution materialised when the RDD was built; read by every job.
    let materialised: [[[Value]]]?
    private var memo: (stage: Int, partitions: [[[Value]]])?
    /// Tasks of one stage wait for the one execution of the query.
    private let executionLock = NSLock()

    init(df: DataFrame, context: SparkContext, plan: AnyRDD, partitions: Int, materialised: [[[Value]]]?) {
        self.df = df
        self.materialised = materialised
        super.init(context: context, className: "SQLExecutionRDD", creationSite: SQLLineage.javaToPython,
                   numPartitions: partitions, dependencies: [NarrowDependency(plan)])
    }

    override func compute(_ partition: Int, _ task: TaskContext) throws -> [[Value]] {
        if let materialised { return partition < materialised.count ? materialised[partition] : [] }
        executionLock.lock()
        defer { executionLock.unlock() }
        if let memo = lock.withLock({ memo }), memo.stage == task.stageId { return memo.partitions[partition] }
        let execution = ExecutionContext(conf: df.session.conf, deadline: task.execution.deadline, maxRows: task.execution.maxRows,
                                         serial: df.usesPythonUDFs || task.execution.serial)
        var partitions = try df.queryExecution.executePartitions(execution).partitions
        context.metrics.recordSQL(execution.metrics)
        if partitions.count > numPartitions {
            partitions = DataFrame.coalesce(partitions, into: numPartitions)
        }
        while partitions.count < numPartitions { partitions.append([]) }
        lock.withLock { memo = (task.stageId, partitions) }
        return partitions[partition]
    }
}

/// A node that only shows in the lineage: an RDD Spark's SQL execution creates, which SparkLite's query
/// execution stands in for.
final class PlanLineageRDD: RDD<[Value]>, @unchecked Sendable {
    override func compute(_ partition: Int, _ task: TaskContext) throws -> [[Value]] {
        throw SparkError.internalError("\(className) is computed by its SQL execution.")
    }
}

/// The RDDs Spark builds for a physical plan, as `toDebugString` shows them under `SQLExecutionRDD`.
enum SQLLineage {
    static let javaToPython = "javaToPython at NativeMethodAccessorImpl.java:0"
    static let adaptiveSite = "$anonfun$withThreadLocalCaptured$1 at CompletableFuture.java:1768"

    /// One stage of the plan: a whole-stage node (when the stage has operators of its own) over its inputs —
    /// `ShuffledRowRDD`s of the exchanges it reads and the RDDs of the tables it scans.
    static func stage(_ plan: SparkPlan, _ sc: SparkContext, site: String, partitions: Int) -> AnyRDD {
        var inputs: [SparkPlan] = []
        var hasOperators = false
        func walk(_ node: SparkPlan) {
            if node is ShuffleExchangeExec || node is ScanExec || node.children.isEmpty {
                inputs.append(node)
                return
            }
            if node is BroadcastExchangeExec { return }
            hasOperators = true
            node.children.forEach(walk)
        }
        walk(plan)
        let below: [AnyRDD] = inputs.map { input in
            if let exchange = input as? ShuffleExchangeExec, let child = exchange.children.first {
                let mapSide = stage(child, sc, site: site, partitions: max(1, child.outputPartitioning.numPartitions))
                let dependency = AnyShuffleDependency(mapSide, shuffleId: sc.newShuffleId(), numReducePartitions: partitions, executedBySQL: true)
                return node("ShuffledRowRDD", sc, site, partitions, [dependency])
            }
            if let scan = input as? ScanExec { return scanChain(scan, sc, site: site) }
            return node("MapPartitionsRDD", sc, site, max(1, input.outputPartitioning.numPartitions), [])
        }
        let joined: AnyRDD
        switch below.count {
        case 0: joined = node("ParallelCollectionRDD", sc, site, partitions, [])
        case 1: joined = below[0]
        default:
            let className = plan.collectNodes().contains { $0 is UnionExec } ? "UnionRDD" : "ZippedPartitionsRDD2"
            joined = node(className, sc, site, partitions, below.map { NarrowDependency($0) })
        }
        return hasOperators ? node("MapPartitionsRDD", sc, site, partitions, [NarrowDependency(joined)]) : joined
    }

    /// The RDDs of a `createDataFrame` table: the Python list read into the JVM and turned into rows.
    static func scanChain(_ scan: ScanExec, _ sc: SparkContext, site: String) -> AnyRDD {
        let n = max(1, scan.data.partitions.count)
        guard case .existingRDD = scan.data.origin else { return node("MapPartitionsRDD", sc, site, n, []) }
        var rdd = node("ParallelCollectionRDD", sc, "readRDDFromFile at PythonRDD.scala:326", n, [])
        let chain = [("PythonRDD", "RDD at PythonRDD.scala:59"), ("MapPartitionsRDD", "mapPartitions at SerDeUtil.scala:119"),
                     ("MapPartitionsRDD", "map at SerDeUtil.scala:71"),
                     ("MapPartitionsRDD", "applySchemaToPythonRDD at " + (scan.data.tableName == nil ? "NativeMethodAccessorImpl.java:0" : "<unknown>:0")),
                     ("MapPartitionsRDD", site)]
        for (className, creationSite) in chain { rdd = node(className, sc, creationSite, n, [NarrowDependency(rdd)]) }
        return rdd
    }

    static func node(_ className: String, _ sc: SparkContext, _ site: String, _ partitions: Int, _ dependencies: [Dependency]) -> AnyRDD {
        PlanLineageRDD(context: sc, className: className, creationSite: site, numPartitions: partitions, dependencies: dependencies)
    }
}
