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
