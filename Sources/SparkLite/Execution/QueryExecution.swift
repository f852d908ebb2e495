/// The phases of one DataFrame's query: analyzed → optimized → physical plan (with exchanges inserted) →
/// executed rows and metrics.
public final class QueryExecution: @unchecked Sendable {
    public let analyzed: LogicalPlan
    public let conf: SQLConf
    let cacheManager: CacheManager?
    public private(set) lazy var optimized: LogicalPlan = Optimizer(conf: conf).execute(cacheManager?.useCachedData(analyzed) ?? analyzed)

    init(analyzed: LogicalPlan, conf: SQLConf, cacheManager: CacheManager? = nil) {
        self.analyzed = analyzed
        self.conf = conf
        self.cacheManager = cacheManager
    }

    /// The physical plan Spark would start with (AQE's initial plan).
    public func physicalPlan() throws -> SparkPlan {
        // The optimizer turns correlated scalar subqueries into joins when it can; a remaining one cannot run.
        let correlated = scalarSubqueries.contains { _, sub in
            sub.collect { p in p.expressions }.flatMap { $0 }.contains { e in e.exists { if case .outerReference = $0 { true } else { false } } }
        }
        if correlated {
            throw SparkError.unsupported("A correlated scalar subquery other than one aggregate correlated by equalities")
        }
        let physical = try plan(optimized)
        try attachSubqueries(to: physical)
        return physical
    }

    /// Hangs each scalar subquery's own physical plan under the operators that read its value, where
    /// explain prints it.
    private func attachSubqueries(to physical: SparkPlan) throws {
        let subqueries = scalarSubqueries
        guard !subqueries.isEmpty else { return }
        var plans: [ExprId: SparkPlan] = [:]
        for (id, sub) in subqueries where plans[id] == nil {
            plans[id] = try QueryExecution(analyzed: sub, conf: conf, cacheManager: cacheManager).physicalPlan()
        }
        for node in physical.collectNodes() {
            let ids = node.expressions.flatMap { e in
                e.collect { x -> ExprId? in if case .scalarSubquery(_, let id) = x { id } else { nil } }
            }
            var seen = Set<ExprId>()
            node.subqueries = ids.filter { seen.insert($0).inserted }.compactMap { id in plans[id].map { SubqueryExec(exprId: id, plan: $0) } }
        }
    }

    /// Physical planning plus the exchanges and sorts the operators require, then the aggregate rules
    /// that depend on where the exchanges went.
    func plan(_ logical: LogicalPlan) throws -> SparkPlan {
        let planned = EnsureRequirements(shufflePartitions: conf.shufflePartitions, nextPlanId: PlanIds.next)
            .apply(try SparkPlanner(conf: conf).plan(logical))
        return RemoveRedundantWindowGroupLimits.apply(RemoveRedundantSorts.apply(AggregatePhaseRules.apply(PushDownLocalSort.apply(planned))))
    }

    /// Uncorrelated scalar subqueries (`(SELECT max(x) FROM t)`), planned on their own as Spark does.
    var scalarSubqueries: [(ExprId, LogicalPlan)] {
        optimized.collect { p in p.expressions }.flatMap { $0 }.flatMap { e in
            e.collect { x -> (ExprId, LogicalPlan)? in
                if case .scalarSubquery(let plan, let id) = x { return (id, plan) }
                return nil
            }
        }
    }

    /// The physical plans of the scalar subqueries; their exchanges count as shuffles too.
    public func subqueryPlans() throws -> [SparkPlan] {
        // A subquery inside a subquery is a plan of its own too, each shown (and counted) once.
        try scalarSubqueries.flatMap { _, sub in
            let execution = QueryExecution(analyzed: sub, conf: conf, cacheManager: cacheManager)
            return [try execution.physicalPlan()] + (try execution.subqueryPlans())
        }
    }

    /// Runs the query and returns its rows in partition order.
    public func execute(_ context: ExecutionContext) throws -> (rows: [[Value]], plan: SparkPlan) {
        let (partitions, plan) = try executePartitions(context)
        return (partitions.flatMap { $0 }, plan)
    }

    /// Runs the query and returns the rows of each output partition (what `df.write` turns into files).
    public func executePartitions(_ context: ExecutionContext) throws -> (partitions: [[[Value]]], plan: SparkPlan) {
        let (runnable, initial) = try runnablePlan(context)
        let partitions = try runnable.execute(context)
        context.metrics.recordOutputPartitions(AdaptivePartitionCount.resultPartitions(runnable, conf: conf))
        return (partitions, initial)
    }

    /// Runs the query for its result: a columnar plan's rows stay in their batches until they are read.
    public func executeResult(_ context: ExecutionContext) throws -> (rows: ResultRows, plan: SparkPlan) {
        let (runnable, initial) = try runnablePlan(context)
        let rows: ResultRows
        if runnable.supportsColumnar {
            // Each task runs its partition through the last stage and keeps only what comes out.
            let producers = try runnable.producePartitions(context)
            let partitions = try context.parallelMap(producers.count) { p in try pieces(of: producers[p]) }
            rows = ResultRows(batches: partitions.flatMap { $0 })
        } else {
            rows = ResultRows(try runnable.execute(context).flatMap { $0 })
        }
        context.metrics.recordOutputPartitions(AdaptivePartitionCount.resultPartitions(runnable, conf: conf))
        return (rows, initial)
    }

    /// The plan to run, with each uncorrelated scalar subquery run first and its value in its place, and
    /// the plan as planned before that (the one explain and the shuffle count read).
    private func runnablePlan(_ context: ExecutionContext) throws -> (runnable: SparkPlan, initial: SparkPlan) {
        let initial = try physicalPlan()
        var values: [ExprId: Value] = [:]
        for (id, sub) in scalarSubqueries {
            let rows = try QueryExecution(analyzed: sub, conf: conf, cacheManager: cacheManager).execute(context).rows
            guard rows.count <= 1 else {
                throw SparkError("SCALAR_SUBQUERY_TOO_MANY_ROWS", "More than one row returned by a subquery used as an expression.", sqlState: "21000")
            }
            values[id] = rows.first?.first ?? .null
        }
        if values.isEmpty { return (initial, initial) }
        let substituted = optimized.transformUp { p in
            p.mapExpressions { e in
                e.transformUp { x -> Expression? in
                    guard case .scalarSubquery(let sub, let id) = x, let v = values[id] else { return nil }
                    return .literal(v, sub.output.first?.dataType ?? .null)
                }
            }
        }
        return (try plan(substituted), initial)
    }

    /// `df.explain()` text for a mode: simple, extended, formatted.
    public func explainString(_ mode: String = "simple") throws -> String {
        let physical = ExplainFormatter.physicalTree(try physicalPlan(), adaptive: conf.adaptiveEnabled, hasSubqueries: !scalarSubqueries.isEmpty)
        switch mode {
        case "extended":
            return "== Parsed Logical Plan ==\n\(ExplainFormatter.logicalTree(analyzed))\n\n== Analyzed Logical Plan ==\n\(ExplainFormatter.logicalTree(analyzed))\n\n== Optimized Logical Plan ==\n\(ExplainFormatter.logicalTree(optimized))\n\n== Physical Plan ==\n\(physical)\n"
        default:
            return "== Physical Plan ==\n\(physical)\n"
        }
    }

    /// Exchanges that move rows (not broadcasts), counted as Spark's initial plan shows them.
    /// A cached relation's exchanges count once however many branches read it.
    public static func shuffleCount(_ plan: SparkPlan) -> Int {
        var seen = Set<Int>()
        func count(_ p: SparkPlan) -> Int {
            if let r = p as? InMemoryRelationExec, !seen.insert(r.relation.id).inserted { return 0 }
            return (p is ShuffleExchangeExec ? 1 : 0) + p.children.reduce(0) { $0 + count($1) }
        }
        return count(plan)
    }

    public static func broadcastCount(_ plan: SparkPlan) -> Int {
        plan.collectNodes().filter { $0 is BroadcastExchangeExec }.count
    }
}
