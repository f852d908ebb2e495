/// The phases of one DataFrame's query: analyzed → optimized → physical plan (with exchanges inserted) →
/// executed rows and metrics.
public final class QueryExecution: @unchecked Sendable {
    public let analyzed: LogicalPlan
    public let conf: SQLConf
    public private(set) lazy var optimized: LogicalPlan = Optimizer().execute(analyzed)

    init(analyzed: LogicalPlan, conf: SQLConf) {
        self.analyzed = analyzed
        self.conf = conf
    }

    /// The physical plan Spark would start with (AQE's initial plan).
    public func physicalPlan() throws -> SparkPlan {
        let planned = try SparkPlanner(conf: conf).plan(optimized)
        return EnsureRequirements(shufflePartitions: conf.shufflePartitions, nextPlanId: PlanIds.next).apply(planned)
    }

    /// Runs the query and returns its rows in partition order.
    public func execute(_ context: ExecutionContext) throws -> (rows: [[Value]], plan: SparkPlan) {
        let plan = try physicalPlan()
        let partitions = try plan.execute(context)
        return (partitions.flatMap { $0 }, plan)
    }

    /// `df.explain()` text for a mode: simple, extended, formatted.
    public func explainString(_ mode: String = "simple") throws -> String {
        let physical = ExplainFormatter.physicalTree(try physicalPlan(), adaptive: conf.adaptiveEnabled)
        switch mode {
        case "extended":
            return "== Parsed Logical Plan ==\n\(ExplainFormatter.logicalTree(analyzed))\n\n== Analyzed Logical Plan ==\n\(ExplainFormatter.logicalTree(analyzed))\n\n== Optimized Logical Plan ==\n\(ExplainFormatter.logicalTree(optimized))\n\n== Physical Plan ==\n\(physical)\n"
        default:
            return "== Physical Plan ==\n\(physical)\n"
        }
    }

    /// Exchanges that move rows (not broadcasts), counted as Spark's initial plan shows them.
    public static func shuffleCount(_ plan: SparkPlan) -> Int {
        plan.collectNodes().filter { $0 is ShuffleExchangeExec }.count
    }

    public static func broadcastCount(_ plan: SparkPlan) -> Int {
        plan.collectNodes().filter { $0 is BroadcastExchangeExec }.count
    }
}
