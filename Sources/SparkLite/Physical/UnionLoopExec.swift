/// A recursive CTE (Spark's UnionLoopExec): runs the anchor, then the recursion over the rows the step
/// before produced, again and again until a step yields no rows; its output is every step's rows.
///
/// Like Spark's, the node keeps the anchor and the recursion as logical plans and plans each step when it
/// runs (a step reads the previous one's rows as a local relation), so their operators and exchanges are
/// not part of the query's plan. Spark's limits apply: `spark.sql.cteRecursionLevelLimit` steps (100, or
/// `MAX RECURSION LEVEL n`) and `spark.sql.cteRecursionRowLimit` rows (1,000,000) unless a LIMIT over the
/// CTE stops the loop first.
final class UnionLoopExec: SparkPlan, @unchecked Sendable {
    let loopId: Int
    let anchor: LogicalPlan
    let recursion: LogicalPlan
    let limit: Int?
    let maxLevel: Int?
    let conf: SQLConf

    init(loopId: Int, anchor: LogicalPlan, recursion: LogicalPlan, output: [AttributeReference], limit: Int?, maxLevel: Int?, conf: SQLConf) {
        self.loopId = loopId
        self.anchor = anchor
        self.recursion = recursion
        self.limit = limit
        self.maxLevel = maxLevel
        self.conf = conf
        super.init(children: [], output: output)
    }

    override var argumentString: String {
        "\(loopId), [\(output.map(\.explainName).joined(separator: ", "))]" + (limit.map { ", \($0)" } ?? "") + (maxLevel.map { ", \($0)" } ?? "")
    }

    /// Spark's UnionLoopExec declares no partitioning: an aggregate or limit above it needs an exchange.
    override var outputPartitioning: Partitioning { .unknown(0) }

    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] {
        let levelLimit = maxLevel ?? Int(conf.get("spark.sql.cteRecursionLevelLimit") ?? "") ?? 100
        let rowLimit = Int(conf.get("spark.sql.cteRecursionRowLimit") ?? "") ?? 1_000_000
        var step = try QueryExecution(analyzed: anchor, conf: conf).executePartitions(context).partitions
        var partitions = step
        var total = step.reduce(0) { $0 + $1.count }
        var level = 1
        while step.contains(where: { !$0.isEmpty }) {
            if let limit, total >= limit { break }
            if levelLimit >= 0 && level > levelLimit {
                throw SparkError("RECURSION_LEVEL_LIMIT_EXCEEDED", "Recursion level limit \(levelLimit) reached but query has not exhausted, try increasing it like 'WITH RECURSIVE t(col) MAX RECURSION LEVEL \(levelLimit * 2)'.", sqlState: "42836")
            }
            // As in Spark, reaching the row limit with rows still to recurse on fails, even if no more would come.
            if limit == nil, rowLimit >= 0, total >= rowLimit {
                throw SparkError("RECURSION_ROW_LIMIT_EXCEEDED", "Recursion row limit \(rowLimit) reached but query has not exhausted, try setting a larger LIMIT value when querying the CTE relation.", sqlState: "42836")
            }
            let previous = LocalData(partitions: [step.flatMap { $0 }], origin: .localTable)
            let substituted = recursion.transformUp { p -> LogicalPlan? in
                guard case .unionLoopRef(let id, let refOutput) = p, id == loopId else { return nil }
                return .localRelation(previous, output: refOutput)
            }
            step = try QueryExecution(analyzed: substituted, conf: conf).executePartitions(context).partitions
            total += step.reduce(0) { $0 + $1.count }
            partitions += step
            level += 1
        }
        if let limit {
            // The loop stops once enough rows exist; the LIMIT above it keeps the first ones.
            var remaining = limit
            partitions = partitions.map { rows in
                let kept = Array(rows.prefix(remaining))
                remaining -= kept.count
                return kept
            }
        }
        return partitions
    }
}
