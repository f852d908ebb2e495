import Testing
@testable import SparkLite

/// The same physical plan run on batches and on rows: every leaf is wrapped in a node that only returns
/// rows, so the operators above it take their row path.
final class RowsOnlyExec: SparkPlan, @unchecked Sendable {
    init(_ child: SparkPlan) { super.init(children: [child], output: child.output) }
    override func execute(_ context: ExecutionContext) throws -> [[[Value]]] { try children[0].execute(context) }
}

func rowsOnly(_ plan: SparkPlan) -> SparkPlan {
    if plan.children.isEmpty { return RowsOnlyExec(plan) }
    return plan.withNewChildren(plan.children.map(rowsOnly))
}

/// Runs `query`'s physical plan on batches and, planned again, on rows, and expects the same rows partition
/// by partition, in order. Returns the plan for further expectations.
@discardableResult
func expectBatchesMatchRows(_ spark: SparkSession, _ query: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> SparkPlan {
    let plan = try spark.sql(query).queryExecution.physicalPlan()
    #expect(plan.supportsColumnar, "\(query)", sourceLocation: sourceLocation)
    let onBatches = try plan.executeColumnar(ExecutionContext(conf: spark.conf)).map { $0.rows() }
    let onRows = try rowsOnly(try spark.sql(query).queryExecution.physicalPlan()).execute(ExecutionContext(conf: spark.conf))
    #expect(onBatches == onRows, "\(query)", sourceLocation: sourceLocation)
    return plan
}
