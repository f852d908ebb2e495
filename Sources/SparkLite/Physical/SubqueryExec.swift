/// A scalar subquery's plan as the operator that reads its value shows it: Spark's `SubqueryExec`, printed
/// under that operator as an inner child (`:  +- Subquery subquery#12, [id=#40]`). Its plan was prepared on
/// its own and runs before the main plan (`QueryExecution`), so this node only describes it; its
/// exchanges are counted with the subquery's plan, never through the operator it hangs under.
final class SubqueryExec: SparkPlan, @unchecked Sendable {
    let exprId: ExprId
    let planId: Int

    init(exprId: ExprId, plan: SparkPlan) {
        self.exprId = exprId
        planId = PlanIds.next()
        super.init(children: [plan], output: plan.output)
    }

    override var nodeName: String { "Subquery" }
    override var argumentString: String { "subquery#\(exprId.id), [id=#\(planId)]" }
}
