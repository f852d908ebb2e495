/// The DataFrame a column reference (`df.salary`) came from: its analyzed plan, and the column's position in
/// that plan's output. Spark keeps the same two facts in a column's metadata to detect ambiguous self-joins.
public final class DatasetReference: Sendable {
    public let plan: LogicalPlan
    public let position: Int

    public init(plan: LogicalPlan, position: Int) {
        self.plan = plan
        self.position = position
    }
}
